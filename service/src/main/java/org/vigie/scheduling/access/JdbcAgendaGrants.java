package org.vigie.scheduling.access;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.vigie.scheduling.AgendaGrants;

/** The permission rows, read for the root's matrix lookup. */
@Repository
class JdbcAgendaGrants implements AgendaGrants {
    private final JdbcClient jdbc;

    JdbcAgendaGrants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> grants(long employeeId, long locationId, long professionalId) {
        return jdbc.sql("SELECT access FROM clinic_agenda_permission WHERE employee_id = ? AND location_id = ? AND professional_id = ?")
                .params(employeeId, locationId, professionalId).query(String.class).list();
    }
}
