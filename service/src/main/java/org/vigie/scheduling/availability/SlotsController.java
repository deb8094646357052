package org.vigie.scheduling.availability;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.scheduling.Actor;
import org.vigie.web.Bodies;

/** A professional's single availability slots over HTTP; the rules are {@link SlotPlanning}'s. */
@RestController
@Tag(name = "Availability slots", description = "The time intervals a professional opens for appointments at a location, "
        + "public or private (RVSQ §3.4)")
class SlotsController {
    private static final String SLOTS = "/api/clinic/enterprises/{enterpriseId}/professionals/{professionalId}/slots";

    private final SlotPlanning planning;

    SlotsController(SlotPlanning planning) {
        this.planning = planning;
    }

    @GetMapping(SLOTS + "/proposal")
    @Operation(operationId = "proposeSlot", summary = "The slot a click in the agenda proposes: a 4-hour block (R99, the pack's "
            + "slot.proposal.hours) with the single work location (R100) and the single service (R101) preselected; nothing is saved")
    SlotProposal propose(@PathVariable long enterpriseId, @PathVariable long professionalId,
                         @Parameter(example = "2026-12-14") @RequestParam(required = false) LocalDate date,
                         @Parameter(example = "08:00") @RequestParam(required = false) LocalTime start, Actor actor) {
        return planning.propose(actor, professionalId, date, start);
    }

    @PostMapping(SLOTS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createSlot", summary = "Opens a slot on the professional's agenda: complete (location, services and "
            + "type together, R96) or incomplete (none of them, « Plage incomplète », R97); not ending in the past (R98)")
    SlotView create(@PathVariable long enterpriseId, @PathVariable long professionalId, @RequestBody SlotForm body, Actor actor) {
        return planning.create(actor, professionalId, Bodies.required(body));
    }

    @GetMapping(SLOTS)
    @Operation(operationId = "listSlots", summary = "The professional's slots on the local dates from..to (at most 366 days), of the "
            + "agendas the caller may view, optionally at one location; each with its local date and times, zone and UTC instants")
    List<SlotView> list(@PathVariable long enterpriseId, @PathVariable long professionalId,
                        @Parameter(example = "2026-12-13") @RequestParam(required = false) LocalDate from,
                        @Parameter(example = "2026-12-19") @RequestParam(required = false) LocalDate to,
                        @RequestParam(required = false) Long locationId, Actor actor) {
        return planning.list(actor, professionalId, from, to, locationId);
    }

    @PutMapping(SLOTS + "/{slotId}")
    @Operation(operationId = "changeSlot", summary = "Changes a slot's date, times, location, services, type and « À partir de » (R118) "
            + "under the creation rules; a complete slot whose end is past is not changed (R115, 409)")
    SlotView change(@PathVariable long enterpriseId, @PathVariable long professionalId, @PathVariable long slotId,
                    @RequestBody SlotForm body, Actor actor) {
        return planning.change(actor, professionalId, slotId, Bodies.required(body));
    }

    @DeleteMapping(SLOTS + "/{slotId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteSlot", summary = "Deletes a slot; refused for a complete slot whose end is past (R116, 409), "
            + "allowed for an incomplete one at any time")
    void delete(@PathVariable long enterpriseId, @PathVariable long professionalId, @PathVariable long slotId, Actor actor) {
        planning.delete(actor, professionalId, slotId);
    }
}
