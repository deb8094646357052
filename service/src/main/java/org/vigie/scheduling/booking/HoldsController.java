package org.vigie.scheduling.booking;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.booking.HoldKeeping.HoldForm;
import org.vigie.scheduling.booking.HoldKeeping.HoldView;
import org.vigie.web.Bodies;

/** A staff member's holds on the period they are booking over HTTP; the rules are {@link HoldKeeping}'s. */
@RestController
@Tag(name = "Appointment holds", description = "The period a staff member holds for 5 minutes while they book it (RVSQ §3.5.2)")
class HoldsController {
    private static final String HOLDS = "/api/clinic/enterprises/{enterpriseId}/holds";

    private final HoldKeeping holds;

    HoldsController(HoldKeeping holds) {
        this.holds = holds;
    }

    @PostMapping(HOLDS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "holdPeriod", summary = "Holds a professional's period while the caller books it (R172: the pack's "
            + "hold.duration, database time); a colleague's hold on it is a warning M16, not a refusal; for whoever may book there (R61)")
    HoldView hold(@PathVariable long enterpriseId, @RequestBody HoldForm body, Actor actor) {
        return holds.place(actor, Bodies.required(body));
    }

    @PostMapping(HOLDS + "/{holdId}/extension")
    @Operation(operationId = "extendHold", summary = "Extends the caller's hold (R173, M16b): only its holder, only in its last "
            + "hold.extension.window seconds, at most hold.extension.maximum times (409 with a code otherwise)")
    HoldView extend(@PathVariable long enterpriseId, @PathVariable long holdId, Actor actor) {
        return holds.extend(actor, holdId);
    }

    @DeleteMapping(HOLDS + "/{holdId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "releaseHold", summary = "Releases the caller's hold (its holder only)")
    void release(@PathVariable long enterpriseId, @PathVariable long holdId, Actor actor) {
        holds.release(actor, holdId);
    }
}
