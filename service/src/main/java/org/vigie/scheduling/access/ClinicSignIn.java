package org.vigie.scheduling.access;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Clinic;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.people.ClinicDirectory;
import org.vigie.web.Caller;
import org.vigie.web.ForbiddenException;
import org.vigie.web.Role;
import org.vigie.web.Secrets;
import org.vigie.web.SessionPrincipal;
import org.vigie.web.Sha256;
import org.vigie.web.Validation;

/**
 * Signing in to a clinic: the user proves who they are (HTTP Basic with their RAMQ identifier, until RAMQ's identity
 * provider is wired), chooses one of their enterprises (R7) and gets a session token for every later request
 * ({@code Authorization: Bearer}, checked by {@link ClinicSessionTokens}). The client says which screen the user is on,
 * since that decides whether an idle session ends (R5, R6).
 */
@Service
class ClinicSignIn {

    private final ClinicSessions sessions;
    private final Clinic clinic;
    private final SchedulingRules rules;
    private final ClinicDirectory people;
    private final Clock clock;

    ClinicSignIn(ClinicSessions sessions, Clinic clinic, SchedulingRules rules, ClinicDirectory people, Clock clock) {
        this.sessions = sessions;
        this.clinic = clinic;
        this.rules = rules;
        this.people = people;
        this.clock = clock;
    }

    /** A session as its user reads it; the token only in the answer that opens it (only its hash is kept). */
    record SessionView(String token, long enterpriseId, String enterpriseName, long employeeId, String mode, long idleMinutes,
                       Instant startedAt, Instant lastSeenAt) {
    }

    /** R7: a session in the enterprise chosen, which the user must choose when they are active in several; in the pack's first mode. */
    SessionView open(Long chosen) {
        Caller caller = Caller.current();
        if (caller.role() != Role.CLINIC) {
            throw new ForbiddenException(rules.text("session.open.clinicOnly"));
        }
        if (chosen == null) {
            List<Long> enterprises = clinic.activeEnterprises(caller.username());
            if (enterprises.isEmpty()) {
                throw new ForbiddenException(rules.message("M2"));
            }
            new Validation().require(enterprises.size() == 1, "enterpriseId", rules.text("session.chooseEnterprise")).throwIfAny();
            chosen = enterprises.get(0);
        }
        Actor actor = clinic.actor(chosen);
        String token = Secrets.token();
        sessions.open(Sha256.hex(token), caller.accountId(), actor.username(), actor.enterpriseId(), rules.defaultCode("sessionModes"),
                clock.instant());
        return view(sessions.byTokenHash(Sha256.hex(token)).orElseThrow(), token, actor.employeeId());
    }

    SessionView current() {
        SessionPrincipal session = requireSession();
        return view(sessions.byId(session.sessionId()).orElseThrow(), null, clinic.actor(session.scope()).employeeId());
    }

    /** R5, R6: the screen the user is on, a mode of the pack's sessionModes. */
    SessionView changeMode(String mode) {
        SessionPrincipal session = requireSession();
        rules.requireInList(new Validation(), "mode", "sessionModes", mode, "session.mode.unknown").throwIfAny();
        sessions.mode(session.sessionId(), mode, clock.instant());
        return current();
    }

    void signOut() {
        sessions.end(requireSession().sessionId(), "SIGNED_OUT", clock.instant());
    }

    private SessionPrincipal requireSession() {
        if (Caller.current().role() != Role.CLINIC) {
            throw new ForbiddenException(rules.text("session.clinicOnly"));
        }
        return SessionPrincipal.current().orElseThrow(() -> {
            new Validation().refuse("Authorization", rules.text("session.required")).throwIfAny();
            return new IllegalStateException();
        });
    }

    private SessionView view(ClinicSessions.Session session, String token, long employeeId) {
        return new SessionView(token, session.enterpriseId(), people.enterpriseName(session.enterpriseId()).orElseThrow(), employeeId,
                session.mode(), (long) rules.today().number("session.idle.minutes"), session.startedAt(), session.lastSeenAt());
    }
}
