package org.vigie.scheduling.availability;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.scheduling.Actor;
import org.vigie.web.Bodies;

/** Availabilities removed inside a professional's slots over HTTP; the rules are {@link RangeRemovals}'. */
@RestController
@Tag(name = "Availability removals", description = "A range of time cut out of a professional's slots on one date: whole slots or "
        + "parts of slots (RVSQ §3.4.9)")
class AvailabilityRemovalsController {
    private final RangeRemovals removals;

    AvailabilityRemovalsController(RangeRemovals removals) {
        this.removals = removals;
    }

    @PostMapping("/api/clinic/enterprises/{enterpriseId}/professionals/{professionalId}/availability-removals")
    @Operation(operationId = "removeAvailabilities", summary = "Cuts the local range [startTime, endTime) on the date out of every slot of "
            + "the professional that date (at one location when given): a slot it covers is deleted, one it overlaps at an end shrinks, "
            + "one it lies inside is split in two with the same attributes (R163); refused when the range starts in the past (R165, "
            + "R166, 400); appointments are kept (R164); dryRun lists the changes and saves nothing")
    RangeRemoval remove(@PathVariable long enterpriseId, @PathVariable long professionalId, @RequestParam(defaultValue = "false") boolean dryRun,
                        @RequestBody RangeRemovalForm body, Actor actor) {
        return removals.remove(actor, professionalId, Bodies.required(body), dryRun);
    }
}
