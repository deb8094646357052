package org.vigie.scheduling.lcga;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.ClinicAudit;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.people.ClinicDirectory;
import org.vigie.scheduling.people.ClinicDirectory.LcgaLocation;
import org.vigie.scheduling.people.LocationMachineIdChanged;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.NotFoundException;
import org.vigie.web.Secrets;
import org.vigie.web.Sha256;

/**
 * A location's link to its connected agenda software (R21, R255; our reading of mechanics the guide leaves open): the local
 * administrator (or RAMQ) issues a connection secret for the location, shown once; it is bound to the machine identifier RAMQ
 * recorded on the location, so a location without one cannot be linked. Issuing again revokes the previous secret and ends its
 * sessions; so does revoking, and so does RAMQ recording another machine identifier ({@link LocationMachineIdChanged}).
 */
@Service
class LcgaLinking {

    private final LcgaLinks links;
    private final LcgaSessions sessions;
    private final ClinicDirectory people;
    private final SchedulingRules rules;
    private final ClinicAudit audit;
    private final Clock clock;

    LcgaLinking(LcgaLinks links, LcgaSessions sessions, ClinicDirectory people, SchedulingRules rules, ClinicAudit audit, Clock clock) {
        this.links = links;
        this.sessions = sessions;
        this.people = people;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** The link as the clinic reads it; the secret only in the answer that issues it (only its hash is kept). */
    record LinkView(String secret, long locationId, String locationUid, String machineId, Instant issuedAt, String issuedBy) {
    }

    @Transactional
    LinkView issue(Actor actor, long locationId) {
        LcgaLocation location = lockedLocation(actor, locationId);
        if (!location.hasMachineId()) {
            throw new InvalidRequestException("machineId", rules.text("lcga.link.noMachineId"));
        }
        Instant now = clock.instant();
        Optional<LcgaLinks.Link> previous = links.liveOf(locationId);
        if (previous.isPresent()) {
            end(locationId, actor.username(), "REISSUED", now);
        }
        String secret = Secrets.token();
        long id = links.insert(actor.enterpriseId(), locationId, location.machineId(), Sha256.hex(secret), actor.username(), now);
        audit.record(actor, "lcga.link.issue", "location:" + locationId, "machineId=" + location.machineId()
                + previous.map(p -> "; revoked link " + p.id()).orElse(""));
        return view(links.byId(id).orElseThrow(), location, secret);
    }

    LinkView current(Actor actor, long locationId) {
        LcgaLocation location = location(actor, locationId);
        return view(live(locationId), location, null);
    }

    @Transactional
    void revoke(Actor actor, long locationId) {
        lockedLocation(actor, locationId);
        LcgaLinks.Link link = live(locationId);
        end(locationId, actor.username(), "REVOKED", clock.instant());
        audit.record(actor, "lcga.link.revoke", "location:" + locationId, "link " + link.id() + "; machineId=" + link.machineId());
    }

    /** R255: the secrets issued for the previous machine identifier stop, with their sessions, in RAMQ's transaction. */
    @EventListener
    void on(LocationMachineIdChanged changed) {
        links.liveOf(changed.locationId()).ifPresent(link -> {
            end(changed.locationId(), changed.by(), "MACHINE_ID", clock.instant());
            audit.record(changed.by(), changed.enterpriseId(), "lcga.link.revoke", "location:" + changed.locationId(),
                    "link " + link.id() + "; machineId " + link.machineId() + " replaced by " + changed.machineId());
        });
    }

    private void end(long locationId, String by, String reason, Instant now) {
        links.revoke(locationId, by, now);
        sessions.endAllOfLocation(locationId, reason, now);
    }

    private LcgaLinks.Link live(long locationId) {
        return links.liveOf(locationId).orElseThrow(() -> new NotFoundException(rules.text("lcga.link.none")));
    }

    private LcgaLocation location(Actor actor, long locationId) {
        return people.lcgaLocation(actor.enterpriseId(), locationId).orElseThrow(() -> notInEnterprise(locationId));
    }

    private LcgaLocation lockedLocation(Actor actor, long locationId) {
        return people.lockedLcgaLocation(actor.enterpriseId(), locationId).orElseThrow(() -> notInEnterprise(locationId));
    }

    private NotFoundException notInEnterprise(long locationId) {
        return new NotFoundException(rules.text("location.notInEnterprise", Map.of("id", String.valueOf(locationId))));
    }

    private static LinkView view(LcgaLinks.Link link, LcgaLocation location, String secret) {
        return new LinkView(secret, location.id(), location.locationUid(), link.machineId(), link.issuedAt(), link.issuedBy());
    }
}
