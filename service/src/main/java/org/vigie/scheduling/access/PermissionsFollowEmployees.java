package org.vigie.scheduling.access;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.vigie.scheduling.people.EmployeeBecameSuperUser;
import org.vigie.scheduling.people.EmployeeDeleted;
import org.vigie.scheduling.people.EmployeeWorkLocationsChanged;

/** Permission rows follow the employee records they name: listened to synchronously, inside the writer's transaction. */
@Component
class PermissionsFollowEmployees {
    private final AgendaPermissions rows;

    PermissionsFollowEmployees(AgendaPermissions rows) {
        this.rows = rows;
    }

    @EventListener
    void on(EmployeeDeleted deleted) {
        rows.deleteHoldingOrNaming(deleted.employeeId());
    }

    /** Rows whose location is no longer a work location of their grantee or of their professional go (R59, R60). */
    @EventListener
    void on(EmployeeWorkLocationsChanged changed) {
        for (AgendaPermissions.Grant row : rows.holdingOrNaming(changed.employeeId())) {
            if (!changed.workLocations().contains(row.locationId())) {
                rows.delete(row.id());
            }
        }
    }

    /** Local administrators and super users need no rows (R56). */
    @EventListener
    void on(EmployeeBecameSuperUser promoted) {
        rows.deleteHeldBy(promoted.employeeId());
    }
}
