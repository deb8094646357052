package org.vigie.scheduling.booking;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The appointments ({@code clinic_appointment}). */
@Repository
class Appointments implements AgendaAppointments {
    private final JdbcClient jdbc;

    Appointments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AgendaAppointment> of(long enterpriseId, long professionalId, Long locationId, Instant from, Instant until) {
        return jdbc.sql("SELECT id, professional_id, location_id, service_id, local_date, local_start, duration_minutes, starts_at, ends_at,"
                        + " status FROM clinic_appointment WHERE professional_id = ? AND starts_at >= ? AND starts_at < ? AND enterprise_id = ?"
                        + " AND status = 'ACTIVE' AND (? IS NULL OR location_id = ?) ORDER BY starts_at, id")
                .params(professionalId, Timestamp.from(from), Timestamp.from(until), enterpriseId, locationId, locationId)
                .query((rs, n) -> new AgendaAppointment(rs.getLong("id"), rs.getLong("professional_id"), rs.getLong("location_id"),
                        (Long) rs.getObject("service_id", Long.class), rs.getDate("local_date").toLocalDate(),
                        rs.getTime("local_start").toLocalTime(), rs.getInt("duration_minutes"), rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("ends_at").toInstant(), rs.getString("status")))
                .list();
    }
}
