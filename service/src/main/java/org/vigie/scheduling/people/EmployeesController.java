package org.vigie.scheduling.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Permitted;
import org.vigie.web.Bodies;
import org.vigie.web.Paged;

@RestController
@Tag(name = "Employees", description = "An enterprise's employees: health professionals (a practice number) and clinic staff, their "
        + "records and work locations (RVSQ, clinic side)")
class EmployeesController {
    private static final String EMPLOYEES = "/api/clinic/enterprises/{enterpriseId}/employees";

    private final EmployeeRecords records;
    private final EmployeeLookup lookup;

    EmployeesController(EmployeeRecords records, EmployeeLookup lookup) {
        this.records = records;
        this.lookup = lookup;
    }

    @PostMapping(EMPLOYEES)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "addEmployee", summary = "A local administrator or super user adds an employee by RAMQ identifier, practice "
            + "number or pseudonym (R35): refused with M10 when already an employee (R36), M11 when not registered with RAMQ online "
            + "services (R37); start date defaults to today (R39); at least one work location (R40); a filled e-mail sends the welcome "
            + "e-mail (R42). Someone whose record was deleted gets a fresh one, with none of the old profiles, permissions, work groups, "
            + "services or options")
    EmployeeView add(@PathVariable long enterpriseId, @RequestBody NewEmployee body, @Permitted("employee.edit") Actor actor) {
        return records.add(actor, Bodies.required(body));
    }

    @GetMapping(EMPLOYEES)
    @Operation(operationId = "listEmployees", summary = "The employees: every one for a local administrator or super user (deleted ones "
            + "with includeDeleted=true, R49); a user reads only their own record (R65); paged")
    Paged<EmployeeView> list(@PathVariable long enterpriseId, @RequestParam(defaultValue = "false") boolean includeDeleted,
                             @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Actor actor) {
        return lookup.list(actor, includeDeleted, Paged.request(page, size));
    }

    @GetMapping(EMPLOYEES + "/{employeeId}")
    @Operation(operationId = "getEmployee", summary = "An employee's record: a local administrator or super user reads any, a user only "
            + "their own (R65); a health professional's record has services and options, a staff member's does not (R44)")
    EmployeeView get(@PathVariable long enterpriseId, @PathVariable long employeeId, Actor actor) {
        return lookup.get(actor, employeeId);
    }

    @PutMapping(EMPLOYEES + "/{employeeId}")
    @Operation(operationId = "changeEmployee", summary = "A local administrator or super user changes an employee's record (R34); names, "
            + "RAMQ identifier, pseudonym and practice number come from RAMQ and cannot be changed (R38); the start date is required "
            + "(R39); a departure date deactivates the employee (R45); a deleted record is not changed (409)")
    EmployeeView change(@PathVariable long enterpriseId, @PathVariable long employeeId, @RequestBody EmployeeChange body,
                        @Permitted("employee.edit") Actor actor) {
        return records.change(actor, employeeId, Bodies.required(body));
    }

    @DeleteMapping(EMPLOYEES + "/{employeeId}")
    @Operation(operationId = "deleteEmployee", summary = "A local administrator or super user deletes an employee, for good in the "
            + "clinic's screens (R46) but kept for reports (R49); never the last local administrator, never oneself. The employee leaves "
            + "every work group and relay team; a group they are the only member of is deleted too, once confirmed (confirmed=true, M25, "
            + "R47); refused while it would leave two identical groups (R48)")
    EmployeeView delete(@PathVariable long enterpriseId, @PathVariable long employeeId, @RequestParam(required = false) Boolean confirmed,
                        @Permitted("employee.edit") Actor actor) {
        return records.delete(actor, employeeId, confirmed);
    }
}
