package org.vigie.scheduling.access;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigie.scheduling.people.EmployeeBecameSuperUser;
import org.vigie.scheduling.people.EmployeeDeleted;
import org.vigie.scheduling.people.EmployeeWorkLocationsChanged;

/** Permission rows follow the employee records they name: listened to synchronously, inside the writer's transaction. */
@Component
class PermissionsFollowEmployees {
    private final JdbcClient jdbc;

    PermissionsFollowEmployees(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(EmployeeDeleted deleted) {
        jdbc.sql("DELETE FROM clinic_agenda_permission WHERE employee_id = ? OR professional_id = ?")
                .params(deleted.employeeId(), deleted.employeeId()).update();
    }

    /** Rows whose location is no longer a work location of their grantee or of their professional go (R59, R60). */
    @EventListener
    void on(EmployeeWorkLocationsChanged changed) {
        var rows = jdbc.sql("SELECT id, location_id FROM clinic_agenda_permission WHERE employee_id = ? OR professional_id = ?")
                .params(changed.employeeId(), changed.employeeId()).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        for (long[] row : rows) {
            if (!changed.workLocations().contains(row[1])) {
                jdbc.sql("DELETE FROM clinic_agenda_permission WHERE id = ?").param(row[0]).update();
            }
        }
    }

    @EventListener
    void on(EmployeeBecameSuperUser promoted) {
        jdbc.sql("DELETE FROM clinic_agenda_permission WHERE employee_id = ?").param(promoted.employeeId()).update();
    }
}
