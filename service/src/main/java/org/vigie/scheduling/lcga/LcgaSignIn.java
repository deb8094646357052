package org.vigie.scheduling.lcga;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Clinic;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.people.ClinicDirectory;
import org.vigie.scheduling.people.ClinicDirectory.LcgaLocation;
import org.vigie.web.Caller;
import org.vigie.web.ForbiddenException;
import org.vigie.web.Role;
import org.vigie.web.Secrets;
import org.vigie.web.SessionPrincipal;
import org.vigie.web.Sha256;
import org.vigie.web.UnauthorizedException;
import org.vigie.web.Validation;

/**
 * A connected agenda software signs in (R255) with the three things that link it to its location: the location's unique
 * identifier, the machine identifier RAMQ recorded on it and the location's live connection secret. Any of them wrong is one
 * and the same 401, which says not which; the token it gets signs every later request in ({@code Authorization: Bearer},
 * checked by {@link LcgaSessionTokens}), acting for that location only.
 */
@Service
class LcgaSignIn {
    private final LcgaLinks links;
    private final LcgaSessions sessions;
    private final ClinicDirectory people;
    private final SchedulingRules rules;
    private final Clinic clinic;
    private final Clock clock;

    LcgaSignIn(LcgaLinks links, LcgaSessions sessions, ClinicDirectory people, SchedulingRules rules, Clinic clinic, Clock clock) {
        this.links = links;
        this.sessions = sessions;
        this.people = people;
        this.rules = rules;
        this.clinic = clinic;
        this.clock = clock;
    }

    /** The session as the software reads it; the token only in the answer that opens it (only its hash is kept). */
    record LcgaSessionView(String token, long enterpriseId, long locationId, String locationUid, String machineId, long idleMinutes,
                       Instant startedAt, Instant lastSeenAt) {
    }

    LcgaSessionView open(String locationUid, String machineId, String secret) {
        new Validation().require(present(locationUid), "locationUid", rules.text("lcga.signIn.locationUid"))
                .require(present(machineId), "machineId", rules.text("lcga.signIn.machineId"))
                .require(present(secret), "secret", rules.text("lcga.signIn.secret"))
                .throwIfAny();
        Optional<LcgaLinks.Link> link = links.bySecretHash(Sha256.hex(secret)).filter(LcgaLinks.Link::live);
        Optional<LcgaLocation> location = link.flatMap(l -> people.lcgaLocation(l.enterpriseId(), l.locationId()));
        boolean proven = link.isPresent() && location.isPresent() && location.get().locationUid().equals(locationUid)
                && machineId.equals(location.get().machineId()) && machineId.equals(link.get().machineId());
        if (!proven) {
            throw new UnauthorizedException(rules.text("lcga.signIn.refused"));
        }
        String token = LcgaSessionTokens.PREFIX + Secrets.token();
        sessions.open(Sha256.hex(token), link.get().id(), clock.instant());
        return view(sessions.byTokenHash(Sha256.hex(token)).orElseThrow(), token, location.get());
    }

    LcgaSessionView current() {
        Actor actor = software();
        LcgaSessions.LcgaSession session = sessions.byId(SessionPrincipal.current().orElseThrow().sessionId()).orElseThrow();
        return view(session, null, people.lcgaLocation(actor.enterpriseId(), actor.lcga().locationId()).orElseThrow());
    }

    void signOut() {
        software();
        sessions.end(SessionPrincipal.current().orElseThrow().sessionId(), "SIGNED_OUT", clock.instant());
    }

    /** The software of this request's session: 403 for any other caller. */
    private Actor software() {
        if (Caller.current().role() != Role.LCGA || SessionPrincipal.current().isEmpty()) {
            throw new ForbiddenException(rules.text("lcga.session.required"));
        }
        SessionPrincipal session = SessionPrincipal.current().get();
        return clinic.actor(session.scope());
    }

    private LcgaSessionView view(LcgaSessions.LcgaSession session, String token, LcgaLocation location) {
        return new LcgaSessionView(token, location.enterpriseId(), location.id(), location.locationUid(), location.machineId(),
                (long) rules.today().number("lcga.session.idle.minutes"), session.startedAt(), session.lastSeenAt());
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
