package org.vigie.scheduling.access;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigie.web.Caller;
import org.vigie.web.Role;
import org.vigie.web.SessionTokens;
import org.vigie.web.Sha256;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Clinic;
import org.vigie.scheduling.SchedulingRules;

/**
 * The clinic users' sessions, kept in the database so that every instance of the service knows
 * them. A session is opened in one enterprise (R7) and its token stands for the user in every
 * later request. It ends when the user signs out, when they are no longer active there (R2, R10),
 * or after {@code session.idle.minutes} without a request in a mode where the pack says an idle
 * session ends (R5); in the appointment-edit mode it never ends by itself (R6).
 */
@Component
class ClinicSessions implements SessionTokens {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Last-seen is written at most this often: a burst of requests costs one update, the idle rule still holds to the minute. */
    private static final Duration TOUCH_EVERY = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final SchedulingRules rules;
    private final Clinic clinic;
    private final Clock clock;

    ClinicSessions(JdbcClient jdbc, SchedulingRules rules, Clinic clinic, Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.clinic = clinic;
        this.clock = clock;
    }

    record Session(long id, long accountId, String ramqId, long enterpriseId, String mode, Instant startedAt, Instant lastSeenAt,
                   Instant endedAt) {
    }

    /** A session, and whether its user is still an active employee of its enterprise (R2, R10). */
    private record Found(Session session, boolean active) {
    }

    private static final String SELECT = "SELECT s.id, s.account_id, s.ramq_id, s.enterprise_id, s.mode, s.started_at, s.last_seen_at,"
            + " s.ended_at, (SELECT COUNT(*) FROM clinic_employee e JOIN ramq_person p ON p.id = e.person_id WHERE p.ramq_id = s.ramq_id"
            + " AND e.enterprise_id = s.enterprise_id AND e.deleted_at IS NULL AND (e.departure_date IS NULL OR e.departure_date >= ?))"
            + " FROM clinic_session s WHERE ";

    private Optional<Found> find(String where, Object key) {
        return jdbc.sql(SELECT + where).params(clinic.today(), key)
                .query((rs, n) -> new Found(new Session(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant(),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()), rs.getLong(9) > 0))
                .optional();
    }

    /** A new session of the actor's in their enterprise, in the pack's first mode; the token is returned once, only its hash is kept. */
    record Opened(String token, Session session) {
    }

    Opened open(long accountId, Actor actor) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("INSERT INTO clinic_session (token_hash, account_id, ramq_id, enterprise_id, mode, started_at, last_seen_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(Sha256.hex(token), accountId, actor.username(), actor.enterpriseId(), rules.defaultCode("sessionModes"), now, now)
                .update();
        return new Opened(token, find("s.token_hash = ?", Sha256.hex(token)).orElseThrow().session());
    }

    Session byId(long id) {
        return find("s.id = ?", id).orElseThrow().session();
    }

    @Override
    public Outcome check(String token) {
        Optional<Found> found = find("s.token_hash = ?", Sha256.hex(token));
        if (found.isEmpty() || found.get().session().endedAt() != null) {
            return new Refused(rules.text("session.ended"));
        }
        Session session = found.get().session();
        Instant now = clock.instant();
        long idleMinutes = (long) rules.today().number("session.idle.minutes");
        boolean endsWhenIdle = rules.pack().parameters().item("sessionModes", session.mode())
                .map(m -> !"false".equals(m.attribute("idleLogout"))).orElse(true);
        if (endsWhenIdle && session.lastSeenAt().plus(Duration.ofMinutes(idleMinutes)).isBefore(now)) {
            end(session.id(), "IDLE");
            return new Refused(rules.text("session.ended.idle", Map.of("minutes", String.valueOf(idleMinutes))));
        }
        if (!found.get().active()) {
            end(session.id(), "INACTIVE");
            return new Refused(rules.message("M2"));
        }
        if (session.lastSeenAt().plus(TOUCH_EVERY).isBefore(now)) {
            jdbc.sql("UPDATE clinic_session SET last_seen_at = ? WHERE id = ? AND ended_at IS NULL").params(Timestamp.from(now), session.id())
                    .update();
        }
        return new Live(new Caller(session.accountId(), session.ramqId(), Role.CLINIC, null, null), session.id(), session.enterpriseId());
    }

    void mode(long sessionId, String mode) {
        jdbc.sql("UPDATE clinic_session SET mode = ?, last_seen_at = ? WHERE id = ?").params(mode, Timestamp.from(clock.instant()), sessionId).update();
    }

    void end(long sessionId, String reason) {
        jdbc.sql("UPDATE clinic_session SET ended_at = ?, end_reason = ? WHERE id = ? AND ended_at IS NULL")
                .params(Timestamp.from(clock.instant()), reason, sessionId).update();
    }
}
