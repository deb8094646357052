package org.vigie.scheduling.people;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Clinic;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.web.ForbiddenException;
import org.vigie.web.NotFoundException;
import org.vigie.web.Paged;

/** Reading employee records: who may read which (R65), the deleted ones for reports (R49), as the API shows them (R43, R44). */
@Component
class EmployeeLookup {
    private final Employees employees;
    private final Clinic clinic;
    private final SchedulingRules rules;

    EmployeeLookup(Employees employees, Clinic clinic, SchedulingRules rules) {
        this.employees = employees;
        this.clinic = clinic;
        this.rules = rules;
    }

    /** R49: every record for a local administrator or super user, the deleted ones when asked; a user reads only their own (R65). */
    Paged<EmployeeView> list(Actor actor, boolean includeDeleted, PageRequest page) {
        if (!rules.allows("employees.read.all", clinic.column(actor))) {
            if (actor.employeeId() == null) {
                clinic.require(actor, "employees.read.all"); // a connected agenda software has no record of its own (R255): 403
            }
            return Paged.of(List.of(view(actor.enterpriseId(), actor.employeeId())), page);
        }
        return Paged.of(employees.of(actor.enterpriseId(), includeDeleted), page).map(this::view);
    }

    /** R65: a local administrator or super user reads any record, a user only their own. */
    EmployeeView get(Actor actor, long employeeId) {
        requireReadable(actor, employeeId);
        return view(actor.enterpriseId(), employeeId);
    }

    void requireReadable(Actor actor, long employeeId) {
        if (!rules.allows("employees.read.all", clinic.column(actor)) && (actor.employeeId() == null || actor.employeeId() != employeeId)) {
            throw new ForbiddenException(rules.text("employee.readOwnOnly"));
        }
    }

    /** The record whatever its state; 404 when it is not one of the enterprise's. */
    EmployeeView view(long enterpriseId, long employeeId) {
        return view(stored(enterpriseId, employeeId));
    }

    /** The record, 404 when deleted. */
    EmployeeView active(long enterpriseId, long employeeId) {
        Employee employee = stored(enterpriseId, employeeId);
        if (employee.deleted()) {
            throw notFound(employeeId);
        }
        return view(employee);
    }

    Employee stored(long enterpriseId, long employeeId) {
        return employees.find(enterpriseId, employeeId).orElseThrow(() -> notFound(employeeId));
    }

    private EmployeeView view(Employee employee) {
        return employee.view(rules.professionalClass(employee.practiceNumber()));
    }

    private NotFoundException notFound(long employeeId) {
        return new NotFoundException(rules.text("employee.notFound", Map.of("id", String.valueOf(employeeId))));
    }
}
