package org.vigie.scheduling.availability;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Clinic;
import org.vigie.scheduling.ClinicAudit;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.availability.FeedTokens.Feed;
import org.vigie.scheduling.people.ClinicDirectory;
import org.vigie.scheduling.people.EmployeeView;
import org.vigie.web.ForbiddenException;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.NotFoundException;
import org.vigie.web.Secrets;
import org.vigie.web.Sha256;

/**
 * A professional's agenda as an iCalendar feed behind a secret URL (issue 16): made by an employee who may view that agenda
 * ({@code agenda.view}) at the feed's location, or at every one of the professional's work locations for a feed of all of
 * them; listed and revoked. Each read of the feed checks again, as its creator, what it checked at its creation, so a feed
 * whose creator left or lost the agenda answers 404 as a revoked one does. Only the token's SHA-256 is stored.
 */
@Component
class AgendaFeeds {
    static final String PATH = "/api/public/agenda-feeds/";
    /** The key of the one answer to a feed that is unknown, revoked or no longer its creator's to read. */
    private static final String NO_FEED = "feed.unknown";

    private final FeedTokens feeds;
    private final FeedEvents events;
    private final AgendaAccess access;
    private final ClinicDirectory people;
    private final Clinic clinic;
    private final SchedulingRules rules;
    private final ClinicAudit audit;
    private final Clock clock;

    AgendaFeeds(FeedTokens feeds, FeedEvents events, AgendaAccess access, ClinicDirectory people, Clinic clinic, SchedulingRules rules,
                ClinicAudit audit, Clock clock) {
        this.feeds = feeds;
        this.events = events;
        this.access = access;
        this.people = people;
        this.clinic = clinic;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** A feed as its list shows it; {@code token} and {@code path} only in the answer to its creation (shown once). */
    record FeedView(long id, long professionalId, Long locationId, String locationLabel, String createdBy, Instant createdAt, String token,
                    String path) {
    }

    /** The calendar text and its weak entity tag (the same while its name and events are). */
    record FeedCalendar(String text, String etag) {
    }

    @Transactional
    FeedView create(Actor actor, long professionalId, Long locationId) {
        EmployeeView professional = professional(actor, professionalId);
        if (locationId != null) {
            people.requireLocation(actor.enterpriseId(), locationId);
            if (!professional.workLocations().contains(locationId)) {
                throw new InvalidRequestException("locationId",
                        rules.text("slot.location.notAWorkLocation", Map.of("location", String.valueOf(locationId))));
            }
        }
        for (Long location : scope(professional, locationId)) {
            access.require(actor, SlotPlanning.VIEW, location, professional);
        }
        String token = Secrets.token();
        Instant now = clock.instant();
        long id = feeds.add(Sha256.hex(token), actor.enterpriseId(), professionalId, locationId, actor.username(), now);
        audit.record(actor, "agenda.feed.create", "agendaFeed:" + id,
                "professional=" + professionalId + " location=" + (locationId == null ? "ALL" : locationId));
        Feed feed = new Feed(id, actor.enterpriseId(), professionalId, locationId, actor.username(), now);
        FeedView view = view(feed);
        return new FeedView(view.id(), view.professionalId(), view.locationId(), view.locationLabel(), view.createdBy(), view.createdAt(),
                token, PATH + token + ".ics");
    }

    /** The caller's feeds on the professional's agenda not revoked; a local administrator or super user sees everyone's. */
    @Transactional(readOnly = true)
    List<FeedView> list(Actor actor, long professionalId) {
        EmployeeView professional = professional(actor, professionalId);
        access.require(actor, SlotPlanning.VIEW, null, professional);
        return feeds.activeOf(actor.enterpriseId(), professionalId, manager(actor) ? null : actor.username()).stream().map(this::view).toList();
    }

    /** Revoked by its creator, or by a local administrator or super user (a leaked URL, an employee gone); its URL then answers 404. */
    @Transactional
    void revoke(Actor actor, long professionalId, long feedId) {
        professional(actor, professionalId);
        Feed feed = feeds.lockActive(actor.enterpriseId(), professionalId, feedId)
                .orElseThrow(() -> new NotFoundException(rules.text("feed.notFound", Map.of("feed", String.valueOf(feedId)))));
        if (!feed.createdBy().equals(actor.username()) && !manager(actor)) {
            throw new ForbiddenException(rules.text("feed.revoke.notAllowed"));
        }
        feeds.revoke(feedId, actor.username(), clock.instant());
        audit.record(actor, "agenda.feed.revoke", "agendaFeed:" + feedId, "professional=" + professionalId + " createdBy=" + feed.createdBy());
    }

    /** The feed behind a token, read as its creator; 404 when revoked, unknown, or no longer theirs to read. */
    @Transactional(readOnly = true)
    FeedCalendar calendar(String token) {
        Feed feed = feeds.active(Sha256.hex(token)).orElseThrow(() -> new NotFoundException(rules.text(NO_FEED)));
        Actor creator = clinic.activeEmployee(feed.createdBy(), feed.enterpriseId()).orElseThrow(() -> new NotFoundException(rules.text(NO_FEED)));
        EmployeeView professional = people.employee(feed.enterpriseId(), feed.professionalId());
        boolean readable = scope(professional, feed.locationId()).stream()
                .allMatch(location -> access.allows(creator, SlotPlanning.VIEW, location, professional));
        if (!readable) {
            throw new NotFoundException(rules.text(NO_FEED));
        }
        List<AgendaCalendar.FeedEvent> list = events.of(creator, professional, feed.locationId());
        String name = rules.text("feed.name", Map.of("professional", professional.firstName() + " " + professional.lastName(),
                "locations", (feed.locationId() == null ? professional.workLocations() : List.of(feed.locationId())).stream()
                        .map(this::label).toList()));
        // weak: the same events, but each answer stamps them anew (DTSTAMP)
        String etag = "W/\"" + Sha256.hex(name + "\n" + list) + "\"";
        return new FeedCalendar(AgendaCalendar.write(name, list, clock.instant()), etag);
    }

    /**
     * The locations where the agenda must be viewable: the feed's, or each of the professional's work locations (a null
     * element when they have none, which {@link AgendaAccess} checks on the actor's profile alone).
     */
    private static List<Long> scope(EmployeeView professional, Long locationId) {
        if (locationId != null) {
            return List.of(locationId);
        }
        return professional.workLocations().isEmpty() ? Collections.singletonList(null) : professional.workLocations();
    }

    /**
     * A health professional of the enterprise, for an employee of the clinic: the operator reads agendas, it subscribes to none; a
     * location's LCGA (R255) reads them through the API.
     */
    private EmployeeView professional(Actor actor, long professionalId) {
        if (actor.operator() || actor.isLcga()) {
            throw new ForbiddenException(rules.text("feed.employeesOnly"));
        }
        return access.professional(actor, professionalId);
    }

    private static boolean manager(Actor actor) {
        return actor.localAdmin() || actor.superUser();
    }

    private FeedView view(Feed feed) {
        return new FeedView(feed.id(), feed.professionalId(), feed.locationId(), feed.locationId() == null ? null : label(feed.locationId()),
                feed.createdBy(), feed.createdAt(), null, null);
    }

    private String label(long locationId) {
        return people.locationLabel(locationId).orElse(String.valueOf(locationId));
    }
}
