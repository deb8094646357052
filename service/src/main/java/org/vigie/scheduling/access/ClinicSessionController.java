package org.vigie.scheduling.access;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.Caller;
import org.vigie.web.ForbiddenException;
import org.vigie.web.Role;
import org.vigie.web.SessionPrincipal;
import org.vigie.web.Validation;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Clinic;
import org.vigie.scheduling.SchedulingRules;

/**
 * Signing in to a clinic: the user proves who they are (HTTP Basic with their RAMQ identifier, until
 * RAMQ's identity provider is wired), chooses one of their enterprises (R7) and gets a session token
 * for every later request ({@code Authorization: Bearer}). The client says which screen the user is
 * on, since that decides whether an idle session ends (R5, R6).
 */
@RestController
@Tag(name = "Clinic scheduling")
class ClinicSessionController {
    private final JdbcClient jdbc;
    private final Clinic clinic;
    private final ClinicSessions sessions;
    private final SchedulingRules rules;

    ClinicSessionController(JdbcClient jdbc, Clinic clinic, ClinicSessions sessions, SchedulingRules rules) {
        this.jdbc = jdbc;
        this.clinic = clinic;
        this.sessions = sessions;
        this.rules = rules;
    }

    record NewSession(Long enterpriseId) {
    }

    record SessionView(String token, long enterpriseId, String enterpriseName, long employeeId, String mode, long idleMinutes,
                       Instant startedAt, Instant lastSeenAt) {
    }

    @PostMapping("/api/clinic/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A clinic user opens a session in one of their enterprises (enterpriseId; required when they work in several, "
            + "R7): the token (shown once) signs every later request in as Authorization: Bearer, in that enterprise only")
    SessionView open(@RequestBody(required = false) NewSession body) {
        Caller caller = Caller.current();
        if (caller.role() != Role.CLINIC) {
            throw new ForbiddenException("Seuls les employés des cliniques ouvrent une session de clinique.");
        }
        Long chosen = body == null ? null : body.enterpriseId();
        if (chosen == null) {
            List<Long> enterprises = clinic.activeEnterprises(caller.username());
            if (enterprises.isEmpty()) {
                throw new ForbiddenException(rules.message("M2"));
            }
            new Validation().require(enterprises.size() == 1, "enterpriseId", rules.text("session.chooseEnterprise")).throwIfAny();
            chosen = enterprises.get(0);
        }
        Actor actor = clinic.actor(chosen);
        ClinicSessions.Opened opened = sessions.open(caller.accountId(), actor);
        return view(opened.session(), opened.token(), actor.employeeId());
    }

    @GetMapping("/api/clinic/sessions/current")
    @Operation(summary = "The session of this request: its enterprise, the screen (mode) the user is on, the idle minutes after which it "
            + "ends there, and when it was last used")
    SessionView current() {
        SessionPrincipal session = requireSession();
        return view(sessions.byId(session.sessionId()), null, clinic.actor(session.scope()).employeeId());
    }

    record ModeChange(String mode) {
    }

    @PutMapping("/api/clinic/sessions/current")
    @Operation(summary = "The client tells which screen the user is on (a mode of the pack's sessionModes): in the appointment-edit mode an "
            + "idle session does not end (R6); on the Enterprise, Employees or Communications tab or in Horaire mode it ends after "
            + "session.idle.minutes (R5)")
    SessionView mode(@RequestBody(required = false) ModeChange body) {
        SessionPrincipal session = requireSession();
        String mode = body == null ? null : body.mode();
        rules.requireKnown(new Validation(), "mode", "sessionModes", mode, "Mode inconnu").throwIfAny();
        sessions.mode(session.sessionId(), mode);
        return current();
    }

    @DeleteMapping("/api/clinic/sessions/current")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Signs out: the token no longer signs anything in")
    void close() {
        sessions.end(requireSession().sessionId(), "SIGNED_OUT");
    }

    private SessionPrincipal requireSession() {
        if (Caller.current().role() != Role.CLINIC) {
            throw new ForbiddenException("Seuls les employés des cliniques ont une session de clinique.");
        }
        return SessionPrincipal.current().orElseThrow(() -> {
            new Validation().refuse("Authorization", "Cette requête n'a pas de session de clinique : ouvrez-en une (POST /api/clinic/sessions)"
                    + " et envoyez son jeton (Authorization: Bearer).").throwIfAny();
            return new IllegalStateException();
        });
    }

    private SessionView view(ClinicSessions.Session session, String token, long employeeId) {
        String name = jdbc.sql("SELECT name FROM clinic_enterprise WHERE id = ?").param(session.enterpriseId()).query(String.class).single();
        return new SessionView(token, session.enterpriseId(), name, employeeId, session.mode(),
                (long) rules.today().number("session.idle.minutes"), session.startedAt(), session.lastSeenAt());
    }
}
