package org.vigie.scheduling.booking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reports' reads of {@code clinic_appointment} ({@link ReportedAppointments}). The period is the appointments' local dates;
 * the UTC start bounds it too, a day wider on each side (no zone is a day off UTC), so that the enterprise's start index serves.
 */
@Repository
class ReportQueries implements ReportedAppointments {
    private static final String COLUMNS = "id, location_id, professional_id, local_date, local_start, duration_minutes, status,"
            + " attendance, reference_number, patient_nam, patient_first_name, patient_last_name, patient_sex, patient_birth_date, mobile_phone,"
            + " home_phone, email, reason_code, appointment_type, author_kind, author_name, created_at, clinic_note, cancelled_at, cancelled_by_name";

    private final JdbcClient jdbc;

    ReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ReportAgenda> agendasIn(long enterpriseId, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT DISTINCT location_id, professional_id FROM clinic_appointment WHERE enterprise_id = ? AND starts_at >= ?"
                        + " AND starts_at < ? AND local_date BETWEEN ? AND ? ORDER BY location_id, professional_id")
                .params(enterpriseId, utc(from.minusDays(1)), utc(to.plusDays(2)), from, to)
                .query((rs, n) -> new ReportAgenda(rs.getLong(1), rs.getLong(2))).list();
    }

    @Override
    public long count(ReportCriteria criteria) {
        if (criteria.agendas().isEmpty() || criteria.attendance().isEmpty()) {
            return 0;
        }
        List<Object> params = new ArrayList<>();
        return jdbc.sql("SELECT COUNT(*) FROM clinic_appointment WHERE " + where(criteria, params)).params(params).query(Long.class).single();
    }

    @Override
    public List<ReportedAppointment> rows(ReportCriteria criteria, int limit) {
        if (criteria.agendas().isEmpty() || criteria.attendance().isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        String where = where(criteria, params);
        params.add(limit);
        return jdbc.sql("SELECT " + COLUMNS + " FROM clinic_appointment WHERE " + where + " ORDER BY local_date, local_start, id LIMIT ?")
                .params(params).query((rs, n) -> row(rs)).list();
    }

    private static String where(ReportCriteria c, List<Object> params) {
        StringBuilder sql = new StringBuilder("enterprise_id = ? AND starts_at >= ? AND starts_at < ? AND local_date BETWEEN ? AND ? AND status = ?");
        params.addAll(List.of(c.enterpriseId(), utc(c.from().minusDays(1)), utc(c.to().plusDays(2)), c.from(), c.to(), c.status()));
        sql.append(" AND attendance IN (").append(String.join(", ", c.attendance().stream().map(a -> "?").toList())).append(')');
        params.addAll(c.attendance());
        sql.append(" AND (location_id, professional_id) IN (")
                .append(String.join(", ", c.agendas().stream().map(a -> "(?, ?)").toList())).append(')');
        c.agendas().forEach(a -> {
            params.add(a.locationId());
            params.add(a.professionalId());
        });
        if (c.reasonCode() != null) {
            sql.append(" AND reason_code = ?");
            params.add(c.reasonCode());
        }
        if (c.patientNam() != null) {
            sql.append(" AND patient_nam = ?");
            params.add(c.patientNam());
        }
        if (c.patientName() != null) {
            String like = "%" + c.patientName().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            sql.append(" AND (CONCAT_WS(' ', patient_first_name, patient_last_name) LIKE ? OR CONCAT_WS(' ', patient_last_name, patient_first_name) LIKE ?)");
            params.add(like);
            params.add(like);
        }
        return sql.toString();
    }

    private static Timestamp utc(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static ReportedAppointment row(ResultSet rs) throws SQLException {
        java.sql.Date birth = rs.getDate("patient_birth_date");
        return new ReportedAppointment(rs.getLong("id"), rs.getLong("location_id"), rs.getLong("professional_id"),
                rs.getDate("local_date").toLocalDate(), rs.getTime("local_start").toLocalTime(), rs.getInt("duration_minutes"),
                rs.getString("status"), rs.getString("attendance"), rs.getString("reference_number"),
                rs.getString("patient_nam"), rs.getString("patient_first_name"), rs.getString("patient_last_name"), rs.getString("patient_sex"),
                birth == null ? null : birth.toLocalDate(), rs.getString("mobile_phone"), rs.getString("home_phone"), rs.getString("email"),
                rs.getString("reason_code"), rs.getString("appointment_type"), rs.getString("author_kind"), rs.getString("author_name"),
                instant(rs, "created_at"), rs.getString("clinic_note"), instant(rs, "cancelled_at"), rs.getString("cancelled_by_name"));
    }
}
