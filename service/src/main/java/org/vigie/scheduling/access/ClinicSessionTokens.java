package org.vigie.scheduling.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.vigie.web.Caller;
import org.vigie.web.Role;
import org.vigie.web.SessionTokens;
import org.vigie.web.Sha256;
import org.vigie.scheduling.Clinic;
import org.vigie.scheduling.SchedulingRules;

/**
 * What a clinic session's token is worth, asked by the security chain on every {@code Authorization: Bearer} request. A
 * session ends when the user signs out, after {@code session.idle.minutes} without a request in a mode where the pack says
 * an idle session ends (R5; in the appointment-edit mode it never ends by itself, R6), or when its user is no longer an
 * active employee of its enterprise (R2, R10).
 */
@Component
class ClinicSessionTokens implements SessionTokens {
    /** Last-seen is written at most this often: a burst of requests costs one update, the idle rule still holds to the minute. */
    private static final Duration TOUCH_EVERY = Duration.ofSeconds(30);

    private final ClinicSessions sessions;
    private final SchedulingRules rules;
    private final Clinic clinic;
    private final Clock clock;

    ClinicSessionTokens(ClinicSessions sessions, SchedulingRules rules, Clinic clinic, Clock clock) {
        this.sessions = sessions;
        this.rules = rules;
        this.clinic = clinic;
        this.clock = clock;
    }

    @Override
    public Outcome check(String token) {
        Optional<ClinicSessions.Session> found = sessions.byTokenHash(Sha256.hex(token));
        if (found.isEmpty() || found.get().endedAt() != null) {
            return new Refused(rules.text("session.ended"));
        }
        ClinicSessions.Session session = found.get();
        Instant now = clock.instant();
        long idleMinutes = (long) rules.today().number("session.idle.minutes");
        boolean endsWhenIdle = rules.pack().parameters().item("sessionModes", session.mode())
                .map(m -> !"false".equals(m.attribute("idleLogout"))).orElse(true);
        if (endsWhenIdle && session.lastSeenAt().plus(Duration.ofMinutes(idleMinutes)).isBefore(now)) {
            sessions.end(session.id(), "IDLE", now);
            return new Refused(rules.text("session.ended.idle", Map.of("minutes", String.valueOf(idleMinutes))));
        }
        if (clinic.activeEmployee(session.ramqId(), session.enterpriseId()).isEmpty()) {
            sessions.end(session.id(), "INACTIVE", now);
            return new Refused(rules.message("M2"));
        }
        if (session.lastSeenAt().plus(TOUCH_EVERY).isBefore(now)) {
            sessions.seen(session.id(), now);
        }
        return new Live(new Caller(session.accountId(), session.ramqId(), Role.CLINIC, null, null), session.id(), session.enterpriseId());
    }
}
