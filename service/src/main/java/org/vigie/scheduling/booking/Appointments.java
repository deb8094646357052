package org.vigie.scheduling.booking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.vigie.scheduling.DatabaseKind;
import org.vigie.scheduling.booking.Appointment.Contact;
import org.vigie.scheduling.booking.Appointment.PatientDetails;

/**
 * The appointments ({@code clinic_appointment}) and their reference counter ({@code appointment_reference}). Every change is
 * conditional on the version the writer read ({@code WHERE id = ? AND version = ?}): no row changed means someone else
 * changed it first (409).
 */
@Repository
class Appointments implements AgendaAppointments {
    static final String COLUMNS = "id, reference_number, version, enterprise_id, professional_id, location_id, service_id, local_date,"
            + " local_start, duration_minutes, starts_at, ends_at, status, attendance, patient_nam, patient_first_name, patient_last_name,"
            + " patient_sex, patient_birth_date, mobile_phone, home_phone, email, notify_email, notify_sms, notify_call, language,"
            + " reason_code, clinic_note, patient_note, appointment_type, author_kind, author_name, created_at, name_hidden,"
            + " cancel_cutoff_value, cancel_cutoff_unit, cancelled_at, cancelled_by_name";

    private final JdbcClient jdbc;
    private final boolean mysql;

    Appointments(JdbcClient jdbc, DatabaseKind database) {
        this.jdbc = jdbc;
        this.mysql = database.mysql();
    }

    @Override
    public List<AgendaAppointment> of(long enterpriseId, long professionalId, Long locationId, Instant from, Instant until) {
        return jdbc.sql("SELECT id, professional_id, location_id, service_id, local_date, local_start, duration_minutes, starts_at, ends_at,"
                        + " status, reference_number, patient_first_name, patient_last_name, attendance FROM clinic_appointment"
                        + " WHERE professional_id = ? AND starts_at >= ? AND starts_at < ? AND enterprise_id = ?"
                        + " AND status = 'ACTIVE' AND (? IS NULL OR location_id = ?) ORDER BY starts_at, id")
                .params(professionalId, Timestamp.from(from), Timestamp.from(until), enterpriseId, locationId, locationId)
                .query((rs, n) -> new AgendaAppointment(rs.getLong("id"), rs.getLong("professional_id"), rs.getLong("location_id"),
                        (Long) rs.getObject("service_id", Long.class), rs.getDate("local_date").toLocalDate(),
                        rs.getTime("local_start").toLocalTime(), rs.getInt("duration_minutes"), rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("ends_at").toInstant(), rs.getString("status"), rs.getString("reference_number"),
                        rs.getString("patient_first_name"), rs.getString("patient_last_name"), rs.getString("attendance")))
                .list();
    }

    /** A new appointment, version 0, with its reference number ({@link #nextReference}). */
    long insert(Appointment a, Long authorEmployeeId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO clinic_appointment (reference_number, enterprise_id, location_id, professional_id, service_id, local_date,"
                        + " local_start, duration_minutes, starts_at, ends_at, status, attendance, patient_nam, patient_first_name,"
                        + " patient_last_name, patient_sex, patient_birth_date, mobile_phone, home_phone, email, notify_email, notify_sms,"
                        + " notify_call, language, reason_code, clinic_note, appointment_type, author_kind, author_employee_id, author_name,"
                        + " created_at, name_hidden, cancel_cutoff_value, cancel_cutoff_unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(a.referenceNumber(), a.enterpriseId(), a.locationId(), a.professionalId(), a.serviceId(), a.date(), a.time(),
                        a.durationMinutes(), Timestamp.from(a.startsAt()), Timestamp.from(a.endsAt()), a.status(), a.attendance(),
                        a.patient().nam(), a.patient().firstName(), a.patient().lastName(), a.patient().sex(), a.patient().dateOfBirth(),
                        a.contact().mobilePhone(), a.contact().homePhone(), a.contact().email(), a.contact().channels().contains("EMAIL"),
                        a.contact().channels().contains("SMS"), a.contact().channels().contains("VOICE_CALL"), a.contact().language(),
                        a.reasonCode(), a.clinicNote(), a.type(), a.authorKind(), authorEmployeeId, a.authorName(),
                        Timestamp.from(a.createdAt()), a.nameHidden(), a.cancelCutoffValue(), a.cancelCutoffUnit())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * R188: the next number of the one counter row, for the appointment about to be written. The counter's row lock is held from
     * here to the commit, so it is taken once everything is checked, just before the writes: gapless (a rollback gives the number
     * back) and never repeated across instances, at the price of serialising the bookings' writes. On MySQL and MariaDB one
     * statement both increments and answers (LAST_INSERT_ID(expr), the manual's sequence idiom: the driver returns the value as the
     * statement's generated key); elsewhere (H2, the run command's database) the transaction reads its own write.
     */
    String nextReference() {
        long next;
        if (mysql) {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("UPDATE appointment_reference SET last_value = LAST_INSERT_ID(last_value + 1) WHERE name = 'appointment'").update(keys);
            next = keys.getKey().longValue();
        } else {
            jdbc.sql("UPDATE appointment_reference SET last_value = last_value + 1 WHERE name = 'appointment'").update();
            next = jdbc.sql("SELECT last_value FROM appointment_reference WHERE name = 'appointment'").query(Long.class).single();
        }
        return String.format("%010d", next);
    }

    Optional<Appointment> find(long enterpriseId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM clinic_appointment WHERE id = ? AND enterprise_id = ?").params(id, enterpriseId)
                .query(Appointments::row).optional();
    }

    /** Writes every field a modification or a move may change, if the row is still at {@code version} and active. */
    boolean change(Appointment a, int version, Instant at) {
        return jdbc.sql("UPDATE clinic_appointment SET version = version + 1, professional_id = ?, location_id = ?, service_id = ?,"
                        + " local_date = ?, local_start = ?, duration_minutes = ?, starts_at = ?, ends_at = ?, attendance = ?, patient_nam = ?,"
                        + " patient_first_name = ?, patient_last_name = ?, patient_sex = ?, patient_birth_date = ?, mobile_phone = ?,"
                        + " home_phone = ?, email = ?, notify_email = ?, notify_sms = ?, notify_call = ?, language = ?, reason_code = ?,"
                        + " clinic_note = ?, appointment_type = ?, updated_at = ?"
                        + " WHERE id = ? AND version = ? AND status = 'ACTIVE'")
                .params(a.professionalId(), a.locationId(), a.serviceId(), a.date(), a.time(), a.durationMinutes(),
                        Timestamp.from(a.startsAt()), Timestamp.from(a.endsAt()), a.attendance(), a.patient().nam(), a.patient().firstName(),
                        a.patient().lastName(), a.patient().sex(), a.patient().dateOfBirth(), a.contact().mobilePhone(),
                        a.contact().homePhone(), a.contact().email(), a.contact().channels().contains("EMAIL"),
                        a.contact().channels().contains("SMS"), a.contact().channels().contains("VOICE_CALL"), a.contact().language(),
                        a.reasonCode(), a.clinicNote(), a.type(), Timestamp.from(at), a.id(), version)
                .update() == 1;
    }

    boolean cancel(long id, int version, Instant at, Long employeeId, String name) {
        return jdbc.sql("UPDATE clinic_appointment SET version = version + 1, status = 'CANCELLED', cancelled_at = ?, cancelled_by_employee_id = ?,"
                        + " cancelled_by_name = ?, updated_at = ? WHERE id = ? AND version = ? AND status = 'ACTIVE'")
                .params(Timestamp.from(at), employeeId, name, Timestamp.from(at), id, version).update() == 1;
    }

    boolean attendance(long id, int version, String attendance, Instant at) {
        return jdbc.sql("UPDATE clinic_appointment SET version = version + 1, attendance = ?, attendance_set_at = ?, updated_at = ?"
                        + " WHERE id = ? AND version = ? AND status = 'ACTIVE'")
                .params(attendance, Timestamp.from(at), Timestamp.from(at), id, version).update() == 1;
    }

    /** The professional's other active appointments overlapping [start, end), with who booked them (R214, R207). */
    List<String> authorsOverlapping(long enterpriseId, long professionalId, Instant start, Instant end, long exceptId) {
        return jdbc.sql("SELECT author_kind FROM clinic_appointment WHERE professional_id = ? AND enterprise_id = ? AND status = 'ACTIVE'"
                        + " AND starts_at < ? AND ends_at > ? AND id <> ?")
                .params(professionalId, enterpriseId, Timestamp.from(end), Timestamp.from(start), exceptId).query(String.class).list();
    }

    /**
     * The enterprise's appointments matching the criteria in order of start then id, at most {@code limit} of them, after
     * {@code after} (the last row of the previous chunk) when given.
     */
    List<Appointment> search(long enterpriseId, AppointmentCriteria c, Appointment after, int limit) {
        StringBuilder where = new StringBuilder("enterprise_id = ?");
        List<Object> params = new java.util.ArrayList<>(List.of(enterpriseId));
        c.append(where, params);
        if (after != null) {
            where.append(" AND (starts_at > ? OR starts_at = ? AND id > ?)");
            params.addAll(List.of(Timestamp.from(after.startsAt()), Timestamp.from(after.startsAt()), after.id()));
        }
        params.add(limit);
        return jdbc.sql("SELECT " + COLUMNS + " FROM clinic_appointment WHERE " + where + " ORDER BY starts_at, id LIMIT ?")
                .params(params).query(Appointments::row).list();
    }

    /** R185: the appointments of patients under 18 on the day whose notes are still there, on local dates up to {@code until}. */
    List<Appointment> minorsNotesUntil(LocalDate until) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM clinic_appointment WHERE notes_purged_at IS NULL AND local_date <= ?"
                        + " AND TIMESTAMPADD(YEAR, 18, patient_birth_date) > local_date"
                        + " AND (reason_code IS NOT NULL OR patient_note IS NOT NULL) ORDER BY local_date, id")
                .param(until).query(Appointments::row).list();
    }

    /** Clears the notes once, whichever instance gets there first (a conditional update). */
    boolean purgeNotes(long id, Instant at) {
        return jdbc.sql("UPDATE clinic_appointment SET reason_code = NULL, patient_note = NULL, notes_purged_at = ? WHERE id = ?"
                + " AND notes_purged_at IS NULL").params(Timestamp.from(at), id).update() == 1;
    }

    private static Appointment row(ResultSet rs, int n) throws SQLException {
        Set<String> channels = new LinkedHashSet<>();
        if (rs.getBoolean("notify_email")) {
            channels.add("EMAIL");
        }
        if (rs.getBoolean("notify_sms")) {
            channels.add("SMS");
        }
        if (rs.getBoolean("notify_call")) {
            channels.add("VOICE_CALL");
        }
        java.sql.Date birth = rs.getDate("patient_birth_date");
        return new Appointment(rs.getLong("id"), rs.getString("reference_number"), rs.getInt("version"), rs.getLong("enterprise_id"),
                rs.getLong("professional_id"), rs.getLong("location_id"), (Long) rs.getObject("service_id", Long.class),
                rs.getDate("local_date").toLocalDate(), rs.getTime("local_start").toLocalTime(), rs.getInt("duration_minutes"),
                rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(), rs.getString("status"),
                rs.getString("attendance"),
                new PatientDetails(rs.getString("patient_nam"), rs.getString("patient_first_name"), rs.getString("patient_last_name"),
                        rs.getString("patient_sex"), birth == null ? null : birth.toLocalDate()),
                new Contact(rs.getString("mobile_phone"), rs.getString("home_phone"), rs.getString("email"), java.util.Collections.unmodifiableSet(channels),
                        rs.getString("language")),
                rs.getString("reason_code"), rs.getString("clinic_note"), rs.getString("patient_note"), rs.getString("appointment_type"),
                rs.getString("author_kind"), rs.getString("author_name"), rs.getTimestamp("created_at").toInstant(),
                rs.getBoolean("name_hidden"), (Integer) rs.getObject("cancel_cutoff_value", Integer.class), rs.getString("cancel_cutoff_unit"),
                instant(rs.getTimestamp("cancelled_at")), rs.getString("cancelled_by_name"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
