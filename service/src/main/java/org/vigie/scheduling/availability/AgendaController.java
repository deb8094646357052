package org.vigie.scheduling.availability;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.availability.AgendaReads.AgendaDay;
import org.vigie.scheduling.availability.AgendaReads.DefaultAgendaContent;

/** The agenda's content over HTTP: slots, appointments and overlapping cells, read through {@link AgendaReads}. */
@RestController
@Tag(name = "Agenda content", description = "What a professional's agenda shows: slots with their online visibility, appointments, "
        + "overlapping cells (RVSQ §3.4, §3.5.1)")
class AgendaController {
    private final AgendaReads reads;

    AgendaController(AgendaReads reads) {
        this.reads = reads;
    }

    @GetMapping("/api/clinic/enterprises/{enterpriseId}/professionals/{professionalId}/agenda")
    @Operation(operationId = "getAgendaContent", summary = "One professional's agenda (R94) at a location, or at every location whose "
            + "agenda the caller may view (matrix action agenda.view per location and professional, §3.5 note 1), on the local dates "
            + "from..to (at most the pack's agenda.range.days.maximum, 42 days): each slot with its local times, zone and instants, "
            + "« Plage incomplète » (M4), public flag, location label, type, duration, reasons and services (« inactif », M5, R78, R121), "
            + "and whether and from when patients see it online (R97, R109-R113, R119, R120); the appointments; the display cells, of "
            + "the caller's grid interval, where several slots overlap (R121); generatedAt, the moment it was read (R12)")
    AgendaContent content(@PathVariable long enterpriseId, @PathVariable long professionalId,
                          @RequestParam(required = false) Long locationId,
                          @Parameter(example = "2026-12-13") @RequestParam(required = false) LocalDate from,
                          @Parameter(example = "2026-12-19") @RequestParam(required = false) LocalDate to, Actor actor) {
        return reads.content(actor, professionalId, locationId, from, to);
    }

    @GetMapping("/api/clinic/enterprises/{enterpriseId}/agenda/default")
    @Operation(operationId = "getDefaultAgendaContent", summary = "What the agenda opens on after sign-in (R9): a health professional's "
            + "own agenda at all their locations, on from..to (the current Sunday-to-Saturday week by default; 7 days from « from » "
            + "when only it is given); anyone else gets {\"professionalId\": null, \"agenda\": null}, an empty agenda until they choose a "
            + "professional")
    DefaultAgendaContent byDefault(@PathVariable long enterpriseId,
                                   @Parameter(example = "2026-12-13") @RequestParam(required = false) LocalDate from,
                                   @Parameter(example = "2026-12-19") @RequestParam(required = false) LocalDate to, Actor actor) {
        return reads.byDefault(actor, from, to);
    }

    @GetMapping("/api/clinic/enterprises/{enterpriseId}/agendas/day")
    @Operation(operationId = "getAgendaDay", summary = "The « all professionals » view of one date (R11): the agenda of that date of "
            + "every active professional the caller may view at one location at least (a local administrator or super user: all; a "
            + "user: their own and their rows', each at the rows' locations only, §3.5 notes 4, 5), ordered by last name, first name "
            + "and id, paged by the pack's agenda.page.size (6), page from 0")
    AgendaDay day(@PathVariable long enterpriseId, @Parameter(example = "2026-12-14") @RequestParam(required = false) LocalDate date,
                  @RequestParam(defaultValue = "0") int page, Actor actor) {
        return reads.day(actor, date, page);
    }
}
