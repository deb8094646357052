package org.vigie.scheduling.lcga;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.ConnectedSoftware;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.people.ClinicDirectory;
import org.vigie.web.Caller;
import org.vigie.web.Role;
import org.vigie.web.SessionTokens;
import org.vigie.web.Sha256;

/**
 * What a connected agenda software's token is worth (R255), asked by the security chain on every {@code Authorization: Bearer}
 * request whose token has this module's prefix. A session ends when the software signs out, after
 * {@code lcga.session.idle.minutes} without a request, when its link is revoked or a new secret is issued for the location, and
 * when RAMQ records another machine identifier on the location than the one the link was issued for.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class LcgaSessionTokens implements SessionTokens, ConnectedSoftware {
    /** The tokens this module issues: a clinic user's token (base64url) never holds a dot, so never starts with this. */
    static final String PREFIX = "lcga.";
    /** Last-seen is written at most this often: a burst of requests costs one update, the idle rule still holds to the minute. */
    private static final Duration TOUCH_EVERY = Duration.ofSeconds(30);
    private static final String KNOWN = LcgaSessionTokens.class.getName() + ".actor|";

    private final LcgaSessions sessions;
    private final LcgaLinks links;
    private final ClinicDirectory people;
    private final SchedulingRules rules;
    private final Clock clock;

    LcgaSessionTokens(LcgaSessions sessions, LcgaLinks links, ClinicDirectory people, SchedulingRules rules, Clock clock) {
        this.sessions = sessions;
        this.links = links;
        this.people = people;
        this.rules = rules;
        this.clock = clock;
    }

    private sealed interface Judgement permits Acting, Ended {
    }

    private record Acting(Actor actor) implements Judgement {
    }

    private record Ended(String detail) implements Judgement {
    }

    @Override
    public boolean issues(String token) {
        return token.startsWith(PREFIX);
    }

    @Override
    public Outcome check(String token) {
        Optional<LcgaSessions.LcgaSession> found = sessions.byTokenHash(Sha256.hex(token));
        if (found.isEmpty()) {
            return new Refused(rules.text("lcga.session.ended"));
        }
        Judgement judgement = judge(found.get(), true);
        if (judgement instanceof Acting acting) {
            remember(found.get().id(), acting.actor());
            return new Live(new Caller(0, acting.actor().username(), Role.LCGA, null, null), found.get().id(), acting.actor().enterpriseId());
        }
        return new Refused(((Ended) judgement).detail());
    }

    @Override
    public Optional<Actor> actor(long sessionId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Actor known = request == null ? null : (Actor) request.getAttribute(KNOWN + sessionId, RequestAttributes.SCOPE_REQUEST);
        if (known != null) {
            return Optional.of(known);
        }
        return sessions.byId(sessionId).map(session -> judge(session, false))
                .filter(Acting.class::isInstance).map(acting -> ((Acting) acting).actor());
    }

    /** The session as its request finds it; an ending it meets is written (once) when {@code writes}. */
    private Judgement judge(LcgaSessions.LcgaSession session, boolean writes) {
        if (session.endedAt() != null) {
            return new Ended(rules.text("lcga.session.ended"));
        }
        Instant now = clock.instant();
        LcgaLinks.Link link = links.byId(session.linkId()).orElseThrow();
        Optional<String> ending = Optional.empty();
        if (!link.live()) {
            ending = Optional.of("REVOKED");
        } else if (people.lcgaLocation(link.enterpriseId(), link.locationId()).map(ClinicDirectory.LcgaLocation::machineId)
                .filter(link.machineId()::equals).isEmpty()) {
            ending = Optional.of("MACHINE_ID");
        }
        long idleMinutes = (long) rules.today().number("lcga.session.idle.minutes");
        boolean idle = session.lastSeenAt().plus(Duration.ofMinutes(idleMinutes)).isBefore(now);
        if (ending.isEmpty() && idle) {
            ending = Optional.of("IDLE");
        }
        if (ending.isPresent()) {
            if (writes) {
                sessions.end(session.id(), ending.get(), now);
            }
            return new Ended(ending.get().equals("IDLE")
                    ? rules.text("lcga.session.ended.idle", Map.of("minutes", String.valueOf(idleMinutes)))
                    : rules.text("lcga.session.ended"));
        }
        if (writes && session.lastSeenAt().plus(TOUCH_EVERY).isBefore(now)) {
            sessions.seen(session.id(), now);
        }
        return new Acting(Actor.lcga(link.enterpriseId(), new Actor.Lcga(link.id(), link.locationId(), link.machineId())));
    }

    private static void remember(long sessionId, Actor actor) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(KNOWN + sessionId, actor, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
