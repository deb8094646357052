package org.vigie.scheduling.access;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.vigie.scheduling.AgendaGrants;

/**
 * The permission rows (table {@code clinic_agenda_permission}): each gives one employee {@link Access} to one professional's
 * agenda at one location, at most one row per (employee, location, professional). Read for the root's matrix lookup
 * ({@link AgendaGrants}), for the agendas list and for the rows' screen; written by {@link EmployeePermissions} and
 * {@link PermissionsFollowEmployees}. Public only because people's documentation links here; its methods stay the module's.
 */
@Repository
public class AgendaPermissions implements AgendaGrants {
    private final JdbcClient jdbc;

    AgendaPermissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row as stored. */
    record Grant(long id, long employeeId, long locationId, long professionalId, Access access) {
    }

    @Override
    public List<String> grants(long employeeId, long locationId, long professionalId) {
        return jdbc.sql("SELECT access FROM clinic_agenda_permission WHERE employee_id = ? AND location_id = ? AND professional_id = ?")
                .params(employeeId, locationId, professionalId).query(String.class).list();
    }

    @Override
    public List<String> accessesHeldBy(long employeeId) {
        return jdbc.sql("SELECT DISTINCT access FROM clinic_agenda_permission WHERE employee_id = ?").param(employeeId).query(String.class).list();
    }

    /** The rows an employee holds, in the order they were given. */
    List<Grant> heldBy(long employeeId) {
        return select("employee_id = ?", employeeId);
    }

    /** The rows an employee holds or that name them as the professional. */
    List<Grant> holdingOrNaming(long employeeId) {
        return select("employee_id = ? OR professional_id = ?", employeeId, employeeId);
    }

    /** Gives the access, or changes the access of the row already there (one row per employee, location and professional). */
    void grant(long enterpriseId, long employeeId, long locationId, long professionalId, Access access) {
        int updated = jdbc.sql("UPDATE clinic_agenda_permission SET access = ? WHERE employee_id = ? AND location_id = ? AND professional_id = ?")
                .params(access.name(), employeeId, locationId, professionalId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO clinic_agenda_permission (enterprise_id, employee_id, location_id, professional_id, access) VALUES (?, ?, ?, ?, ?)")
                    .params(enterpriseId, employeeId, locationId, professionalId, access.name()).update();
        }
    }

    /** Removes the employee's row in the enterprise; false when they have no such row. */
    boolean revoke(long enterpriseId, long employeeId, long permissionId) {
        return jdbc.sql("DELETE FROM clinic_agenda_permission WHERE id = ? AND employee_id = ? AND enterprise_id = ?")
                .params(permissionId, employeeId, enterpriseId).update() > 0;
    }

    void delete(long permissionId) {
        jdbc.sql("DELETE FROM clinic_agenda_permission WHERE id = ?").param(permissionId).update();
    }

    void deleteHeldBy(long employeeId) {
        jdbc.sql("DELETE FROM clinic_agenda_permission WHERE employee_id = ?").param(employeeId).update();
    }

    void deleteHoldingOrNaming(long employeeId) {
        jdbc.sql("DELETE FROM clinic_agenda_permission WHERE employee_id = ? OR professional_id = ?").params(employeeId, employeeId).update();
    }

    private List<Grant> select(String where, Object... params) {
        return jdbc.sql("SELECT id, employee_id, location_id, professional_id, access FROM clinic_agenda_permission WHERE " + where + " ORDER BY id")
                .params(params)
                .query((rs, n) -> new Grant(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), Access.valueOf(rs.getString(5))))
                .list();
    }
}
