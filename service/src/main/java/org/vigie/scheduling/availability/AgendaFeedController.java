package org.vigie.scheduling.availability;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.availability.AgendaFeeds.FeedCalendar;
import org.vigie.scheduling.availability.AgendaFeeds.FeedView;

/** A professional's agenda as a read-only iCalendar feed over HTTP; the rules are {@link AgendaFeeds}'. */
@RestController
@Tag(name = "Agenda feeds", description = "A professional's agenda as a read-only iCalendar feed (RFC 5545) behind a secret URL, "
        + "for a calendar application to subscribe to: slots and appointments, never a patient's name; revocable")
class AgendaFeedController {
    private static final String FEEDS = "/api/clinic/enterprises/{enterpriseId}/professionals/{professionalId}/agenda-feeds";
    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final AgendaFeeds feeds;

    AgendaFeedController(AgendaFeeds feeds) {
        this.feeds = feeds;
    }

    @Schema(description = "Every field is optional: without a location, the feed covers every work location of the professional, "
            + "and its creator must be allowed to view the agenda at each of them")
    record NewFeed(@Schema(example = "3", description = "One of the professional's work locations: the feed shows only its agenda")
                   Long locationId) {
    }

    /** A feed; its token and URLs only in the answer to its creation, shown once. */
    record FeedAnswer(long id, long professionalId, Long locationId, String locationLabel, String createdBy, Instant createdAt,
                      @Schema(description = "The secret, shown once: only its SHA-256 is kept") String token,
                      @Schema(description = "The feed's path, /api/public/agenda-feeds/{token}.ics") String path,
                      @Schema(description = "The feed's address to subscribe to in a calendar application") String url) {
        static FeedAnswer of(FeedView view) {
            String url = view.path() == null ? null : ServletUriComponentsBuilder.fromCurrentContextPath().path(view.path()).toUriString();
            return new FeedAnswer(view.id(), view.professionalId(), view.locationId(), view.locationLabel(), view.createdBy(), view.createdAt(),
                    view.token(), view.path(), url);
        }
    }

    @PostMapping(FEEDS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createAgendaFeed", summary = "Makes a secret iCalendar URL of the professional's agenda, at one location "
            + "or at all of them, for whoever may view that agenda (agenda.view at each location covered); the token is shown once")
    FeedAnswer create(@PathVariable long enterpriseId, @PathVariable long professionalId, @RequestBody(required = false) NewFeed body,
                      Actor actor) {
        return FeedAnswer.of(feeds.create(actor, professionalId, body == null ? null : body.locationId()));
    }

    @GetMapping(FEEDS)
    @Operation(operationId = "listAgendaFeeds", summary = "The caller's feeds of the professional's agenda not revoked (a local "
            + "administrator or super user sees everyone's), without their tokens")
    List<FeedAnswer> list(@PathVariable long enterpriseId, @PathVariable long professionalId, Actor actor) {
        return feeds.list(actor, professionalId).stream().map(FeedAnswer::of).toList();
    }

    @DeleteMapping(FEEDS + "/{feedId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "revokeAgendaFeed", summary = "Revokes a feed, by its creator, a local administrator or a super user: "
            + "its URL answers 404 from then on")
    void revoke(@PathVariable long enterpriseId, @PathVariable long professionalId, @PathVariable long feedId, Actor actor) {
        feeds.revoke(actor, professionalId, feedId);
    }

    @GetMapping(AgendaFeeds.PATH + "{token}.ics")
    @SecurityRequirements
    @Operation(operationId = "readAgendaFeed", summary = "Public, no login: the feed behind a secret token, as text/calendar; 404 once "
            + "revoked, or when its creator may no longer view the agenda; an ETag for conditional reads",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/calendar")))
    ResponseEntity<String> read(@PathVariable String token) {
        FeedCalendar calendar = feeds.calendar(token);
        // an If-None-Match naming this ETag gets 304 from Spring's HttpEntityMethodProcessor, with no body
        return ResponseEntity.ok().contentType(CALENDAR).eTag(calendar.etag())
                .cacheControl(CacheControl.noCache().cachePrivate()).body(calendar.text());
    }
}
