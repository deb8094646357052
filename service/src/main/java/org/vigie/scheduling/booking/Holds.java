package org.vigie.scheduling.booking;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Staff holds on a period ({@code clinic_hold}, R172, R173, §9 A35), and a location's LCGA's (held by its link, R255).
 * Expiry is database time: a hold is written with
 * {@code TIMESTAMPADD(SECOND, n, UTC_TIMESTAMP(3))} (UTC_TIMESTAMP(3) + INTERVAL n SECOND, in a form the embedded H2 reads too,
 * where {@code UTC_TIMESTAMP} is {@link org.vigie.H2Functions}) and every read compares it with {@code UTC_TIMESTAMP(3)}, so an expired hold is
 * released by the predicate and no job has to run; instances whose clocks drift still agree.
 */
@Repository
class Holds {
    /** Active: neither released nor used up, and not expired by the database's clock. */
    static final String ACTIVE = "released_at IS NULL AND consumed_at IS NULL AND expires_at > UTC_TIMESTAMP(3)";

    private final JdbcClient jdbc;

    Holds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A hold as stored, with the database's judgement of it: active, and seconds left (negative once expired). */
    record Hold(long id, long enterpriseId, Long locationId, long professionalId, LocalDate date, LocalTime time, int durationMinutes,
                Instant startsAt, Instant endsAt, Long holderEmployeeId, Long holderLcgaLinkId, Instant expiresAt, int extensions,
                boolean active, double secondsLeft) {
    }

    long insert(long enterpriseId, Long locationId, long professionalId, LocalDate date, LocalTime time, int durationMinutes,
                Instant startsAt, Instant endsAt, Long holder, Long lcgaLink, long seconds) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO clinic_hold (enterprise_id, location_id, professional_id, local_date, local_start, duration_minutes, starts_at,"
                        + " ends_at, holder_employee_id, holder_lcga_link_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " UTC_TIMESTAMP(3), TIMESTAMPADD(SECOND, ?, UTC_TIMESTAMP(3)))")
                .params(enterpriseId, locationId, professionalId, date, time, durationMinutes, Timestamp.from(startsAt), Timestamp.from(endsAt),
                        holder, lcgaLink, seconds)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Whose agenda the hold is on (a plain read, to take that agenda's lock before the hold is judged). */
    Optional<Long> professionalOf(long enterpriseId, long id) {
        return jdbc.sql("SELECT professional_id FROM clinic_hold WHERE id = ? AND enterprise_id = ?").params(id, enterpriseId)
                .query(Long.class).optional();
    }

    /** The hold, locked for the transaction (an extension, a release or a booking that uses it). */
    Optional<Hold> lock(long enterpriseId, long id) {
        return jdbc.sql("SELECT id, enterprise_id, location_id, professional_id, local_date, local_start, duration_minutes, starts_at, ends_at,"
                        + " holder_employee_id, holder_lcga_link_id, expires_at, extensions, " + ACTIVE
                        + ", TIMESTAMPDIFF(MICROSECOND, UTC_TIMESTAMP(3), expires_at)"
                        + " FROM clinic_hold WHERE id = ? AND enterprise_id = ? FOR UPDATE")
                .params(id, enterpriseId)
                .query((rs, n) -> new Hold(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3, Long.class), rs.getLong(4),
                        rs.getDate(5).toLocalDate(), rs.getTime(6).toLocalTime(), rs.getInt(7), rs.getTimestamp(8).toInstant(),
                        rs.getTimestamp(9).toInstant(), (Long) rs.getObject(10, Long.class), (Long) rs.getObject(11, Long.class),
                        rs.getTimestamp(12).toInstant(), rs.getInt(13), rs.getBoolean(14), rs.getLong(15) / 1_000_000.0))
                .optional();
    }

    /**
     * Who else actively holds a period of the professional overlapping [start, end): the holds' ids, for M16, whoever holds them
     * (an employee or a location's LCGA) but the caller, named by their employee id or LCGA link id (-1 for neither). A locking read,
     * after the professional's agenda lock: it sees the holds committed since the transaction's first read.
     */
    List<Long> othersHolding(long professionalId, Instant start, Instant end, long exceptEmployee, long exceptLcgaLink) {
        return jdbc.sql("SELECT id FROM clinic_hold WHERE professional_id = ? AND starts_at < ? AND ends_at > ?"
                        + " AND (holder_employee_id IS NULL OR holder_employee_id <> ?)"
                        + " AND (holder_lcga_link_id IS NULL OR holder_lcga_link_id <> ?)"
                        + " AND " + ACTIVE + " FOR UPDATE")
                .params(professionalId, Timestamp.from(end), Timestamp.from(start), exceptEmployee, exceptLcgaLink).query(Long.class).list();
    }

    void extend(long id, long seconds) {
        jdbc.sql("UPDATE clinic_hold SET expires_at = TIMESTAMPADD(SECOND, ?, UTC_TIMESTAMP(3)), extensions = extensions + 1 WHERE id = ?")
                .params(seconds, id).update();
    }

    void release(long id) {
        jdbc.sql("UPDATE clinic_hold SET released_at = UTC_TIMESTAMP(3) WHERE id = ? AND released_at IS NULL AND consumed_at IS NULL")
                .param(id).update();
    }

    /** The holder's booking used it up, in the booking's transaction. */
    void consume(long id, long appointmentId) {
        jdbc.sql("UPDATE clinic_hold SET consumed_at = UTC_TIMESTAMP(3), appointment_id = ? WHERE id = ?").params(appointmentId, id).update();
    }
}
