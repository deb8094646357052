package org.vigie.scheduling.people;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.web.ConflictException;
import org.vigie.web.ForbiddenException;
import org.vigie.web.InvalidRequestException;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Clinic;
import org.vigie.scheduling.ClinicAudit;
import org.vigie.scheduling.SchedulingRules;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * An employee's profiles (spec §3.2.5, §3.2.6): a local administrator or super user switches another employee's
 * super-user profile, saved at once (R52, R54, R55), and a local administrator removes another's local-administrator
 * profile after confirming (R51); granting that one is RAMQ's ({@link RamqRegistry}, §9 A12). Nobody changes their own
 * profile (§9 A15) and the enterprise keeps at least one local administrator (§9 A14). Every change is audited.
 */
@Service
class EmployeeProfiles {
    private final Employees employees;
    private final EmployeeLookup lookup;
    private final EmployeeRecords records;
    private final Enterprises enterprises;
    private final Clinic clinic;
    private final ClinicAudit audit;
    private final ApplicationEventPublisher events;
    private final SchedulingRules rules;

    EmployeeProfiles(Employees employees, EmployeeLookup lookup, EmployeeRecords records, Enterprises enterprises, Clinic clinic,
                     ClinicAudit audit, ApplicationEventPublisher events, SchedulingRules rules) {
        this.employees = employees;
        this.lookup = lookup;
        this.records = records;
        this.enterprises = enterprises;
        this.clinic = clinic;
        this.audit = audit;
        this.events = events;
        this.rules = rules;
    }

    record SuperUserSwitch(@Schema(requiredMode = REQUIRED, example = "true", description = "true (Oui) or false (Non)") Boolean superUser) {
    }

    /**
     * R52, R54, R55: Yes also sets local administrator No and user Yes, and ends the employee's permission rows
     * ({@link EmployeeBecameSuperUser}); a super user cannot do it to a local administrator, and the last one stays (§9 A14).
     */
    @Transactional
    EmployeeView switchSuperUser(Actor actor, long employeeId, SuperUserSwitch request) {
        long enterpriseId = actor.enterpriseId();
        enterprises.lock(enterpriseId);
        if (request.superUser() == null) {
            throw new InvalidRequestException("superUser", rules.text("employee.superUser.required"));
        }
        requireOther(actor, employeeId);
        EmployeeView target = lookup.active(enterpriseId, employeeId);
        if (request.superUser() && target.localAdmin()) {
            if (!"LA".equals(clinic.column(actor))) {
                throw new ForbiddenException(rules.text("employee.superUser.localAdminOnly"));
            }
            records.requireAnotherLocalAdmin(enterpriseId, employeeId);
        }
        if (request.superUser()) {
            employees.makeSuperUser(employeeId);
            events.publishEvent(new EmployeeBecameSuperUser(enterpriseId, employeeId));
        } else {
            employees.withdrawSuperUser(employeeId);
        }
        audit.record(actor, "profile.superUser.set", "employee:" + employeeId, "superUser=" + request.superUser() + " (was "
                + target.superUser() + ", localAdmin " + target.localAdmin() + ")");
        return lookup.view(enterpriseId, employeeId);
    }

    /** R51: after confirming « Retirer la permission »; never one's own (§9 A15), never the last one (§9 A14). */
    @Transactional
    EmployeeView removeLocalAdmin(Actor actor, long employeeId, Boolean confirmed) {
        long enterpriseId = actor.enterpriseId();
        enterprises.lock(enterpriseId);
        requireOther(actor, employeeId);
        if (!Boolean.TRUE.equals(confirmed)) {
            throw new InvalidRequestException("confirmed", rules.message("M21"));
        }
        EmployeeView target = lookup.active(enterpriseId, employeeId);
        if (!target.localAdmin()) {
            throw new ConflictException(rules.text("employee.notLocalAdmin"));
        }
        records.requireAnotherLocalAdmin(enterpriseId, employeeId);
        employees.withdrawLocalAdmin(employeeId);
        audit.record(actor, "profile.localAdmin.remove", "employee:" + employeeId, null);
        return lookup.view(enterpriseId, employeeId);
    }

    private void requireOther(Actor actor, long employeeId) {
        if (actor.employeeId() != null && actor.employeeId() == employeeId) {
            throw new ConflictException(rules.text("employee.profile.own"));
        }
    }
}
