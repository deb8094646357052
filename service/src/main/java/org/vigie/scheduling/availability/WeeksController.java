package org.vigie.scheduling.availability;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.scheduling.Actor;
import org.vigie.web.Bodies;

/** A professional's week of slots over HTTP, quick created, cleared or copied; the rules are {@link WeekPlanning}'s and {@link WeekCopies}'. */
@RestController
@Tag(name = "Agenda weeks", description = "A professional's slots a whole week at a time, Sunday to Saturday: quick create, clear "
        + "and copy to following weeks (RVSQ §3.4.1, §3.4.6, §3.4.7)")
class WeeksController {
    private static final String WEEK = "/api/clinic/enterprises/{enterpriseId}/professionals/{professionalId}/weeks/{sunday}";

    private final WeekPlanning planning;
    private final WeekCopies copies;

    WeeksController(WeekPlanning planning, WeekCopies copies) {
        this.planning = planning;
        this.copies = copies;
    }

    @PostMapping(WEEK + "/quick-create")
    @Operation(operationId = "quickCreateWeek", summary = "Opens the given days' time ranges of an empty week as incomplete slots, "
            + "all or none (R123, R127: « Vos patients ne peuvent voir cette plage de disponibilité »); refused when the week holds a "
            + "slot (R124, 409) or a range starts in the past (R126, 400); dryRun lists them and saves nothing")
    ResponseEntity<WeekPlan> quickCreate(@PathVariable long enterpriseId, @PathVariable long professionalId,
                                         @Parameter(description = "The week's Sunday", example = "2026-12-13") @PathVariable LocalDate sunday,
                                         @RequestParam(defaultValue = "false") boolean dryRun, @RequestBody WeekForm body, Actor actor) {
        WeekPlan plan = planning.quickCreate(actor, professionalId, sunday, Bodies.required(body), dryRun);
        return ResponseEntity.status(dryRun ? HttpStatus.OK : HttpStatus.CREATED).body(plan);
    }

    @PostMapping(WEEK + "/clear")
    @Operation(operationId = "clearWeek", summary = "Deletes the week's incomplete slots and its slots not ended yet, keeps the complete "
            + "slots already ended (R139; 0 when nothing to do); needs confirmed=true (R140); appointments are kept (R138); dryRun lists "
            + "them and deletes nothing")
    WeekPlan clear(@PathVariable long enterpriseId, @PathVariable long professionalId,
                   @Parameter(description = "The week's Sunday", example = "2026-12-13") @PathVariable LocalDate sunday,
                   @RequestParam(required = false) Boolean confirmed, @RequestParam(defaultValue = "false") boolean dryRun, Actor actor) {
        return planning.clear(actor, professionalId, sunday, confirmed, dryRun);
    }

    @PostMapping(WEEK + "/copy")
    @Operation(operationId = "copyWeek", summary = "Copies every slot of the week, with its location, services, type and « À partir de » "
            + "(R129, R132: shifted by the same weeks, M13), onto the weeks sunday + k·interval while k·interval ≤ nextWeeks (R136; "
            + "nextWeeks ≤ 52, interval ≤ 8, nextWeeks ≥ interval: R134), all or none; refused when a copy would already have ended "
            + "(R131), a slot's reason is inactive (R133, M12) or incomplete slots are copied unconfirmed (R135, M14), 400; an "
            + "identical slot already there is a 409 (§9 A7); appointments are kept (R130); dryRun lists them and saves nothing")
    ResponseEntity<WeekCopy> copy(@PathVariable long enterpriseId, @PathVariable long professionalId,
                                  @Parameter(description = "The source week's Sunday", example = "2026-12-13") @PathVariable LocalDate sunday,
                                  @RequestParam(defaultValue = "false") boolean dryRun, @RequestBody WeekCopyForm body, Actor actor) {
        WeekCopy copy = copies.copy(actor, professionalId, sunday, Bodies.required(body), dryRun);
        return ResponseEntity.status(dryRun ? HttpStatus.OK : HttpStatus.CREATED).body(copy);
    }
}
