package org.vigie.scheduling.access;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.Bodies;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Permitted;
import org.vigie.scheduling.access.EmployeePermissions.NewPermission;
import org.vigie.scheduling.access.EmployeePermissions.PermissionRow;

/** A user's permission rows on the professionals' agendas, through {@link EmployeePermissions}. */
@RestController
@Tag(name = "Agenda permissions", description = "Which professionals' agendas a user may read or write, at which of their work locations")
class AgendaPermissionsController {
    private static final String PERMISSIONS = "/api/clinic/enterprises/{enterpriseId}/employees/{employeeId}/permissions";

    private final EmployeePermissions permissions;

    AgendaPermissionsController(EmployeePermissions permissions) {
        this.permissions = permissions;
    }

    @GetMapping(PERMISSIONS)
    @Operation(operationId = "listAgendaPermissions",
            summary = "The employee's permission rows (location, professional, READ or READ_WRITE); a user reads their own")
    List<PermissionRow> permissions(@PathVariable long enterpriseId, @PathVariable long employeeId, Actor actor) {
        return permissions.of(actor, employeeId);
    }

    @PostMapping(PERMISSIONS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "grantAgendaPermission",
            summary = "A local administrator or super user gives a user READ or READ_WRITE on a professional's agenda at one of the "
                    + "user's work locations, or at all of them (\"ALL\": one row per location where both work, §9 A34) (R57-R60); a user "
                    + "cannot grant; local administrators and super users need no rows (R56)")
    List<PermissionRow> grant(@PathVariable long enterpriseId, @PathVariable long employeeId, @RequestBody NewPermission body,
                              @Permitted("permissions.manage") Actor actor) {
        return permissions.grant(actor, employeeId, Bodies.required(body));
    }

    @DeleteMapping(PERMISSIONS + "/{permissionId}")
    @Operation(operationId = "revokeAgendaPermission", summary = "A local administrator or super user removes a permission row (R57)")
    List<PermissionRow> revoke(@PathVariable long enterpriseId, @PathVariable long employeeId, @PathVariable long permissionId,
                               @Permitted("permissions.manage") Actor actor) {
        return permissions.revoke(actor, employeeId, permissionId);
    }
}
