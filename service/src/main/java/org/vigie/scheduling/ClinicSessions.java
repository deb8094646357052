package org.vigie.scheduling;

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

    /** Opens a session of the actor's in their enterprise; the token is returned once and only its hash is kept. */
    String open(long accountId, Clinic.Actor actor) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("INSERT INTO clinic_session (token_hash, account_id, ramq_id, enterprise_id, mode, started_at, last_seen_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(Sha256.hex(token), accountId, actor.username(), actor.enterpriseId(), rules.codes("sessionModes").get(0), now, now)
                .update();
        return token;
    }

    Optional<Session> byToken(String token) {
        return jdbc.sql("SELECT id, account_id, ramq_id, enterprise_id, mode, started_at, last_seen_at, ended_at FROM clinic_session"
                        + " WHERE token_hash = ?")
                .param(Sha256.hex(token))
                .query((rs, n) -> new Session(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant(),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()))
                .optional();
    }

    Session byId(long id) {
        return jdbc.sql("SELECT id, account_id, ramq_id, enterprise_id, mode, started_at, last_seen_at, ended_at FROM clinic_session WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Session(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant(),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()))
                .single();
    }

    @Override
    public Outcome check(String token) {
        Optional<Session> found = byToken(token);
        if (found.isEmpty() || found.get().endedAt() != null) {
            return new Refused(rules.text("session.ended", Map.of()));
        }
        Session session = found.get();
        Instant now = clock.instant();
        long idleMinutes = (long) rules.today().number("session.idle.minutes");
        boolean endsWhenIdle = rules.pack().parameters().item("sessionModes", session.mode())
                .map(m -> !"false".equals(m.attribute("idleLogout"))).orElse(true);
        if (endsWhenIdle && session.lastSeenAt().plus(Duration.ofMinutes(idleMinutes)).isBefore(now)) {
            end(session.id(), "IDLE");
            return new Refused(rules.text("session.ended.idle", Map.of("minutes", String.valueOf(idleMinutes))));
        }
        if (clinic.activeEmployee(session.ramqId(), session.enterpriseId()).isEmpty()) {
            end(session.id(), "INACTIVE");
            return new Refused(rules.message("M2"));
        }
        if (session.lastSeenAt().plus(TOUCH_EVERY).isBefore(now)) {
            jdbc.sql("UPDATE clinic_session SET last_seen_at = ? WHERE id = ? AND ended_at IS NULL").params(Timestamp.from(now), session.id()).update();
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
