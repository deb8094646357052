package org.vigie.scheduling.access;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.access.AgendaCatalogue.AgendaPage;

/** The agendas a clinic user may open, and what they may do in each, through {@link AgendaCatalogue}. */
@RestController
@Tag(name = "Agendas", description = "The professionals' agendas a clinic user may open, and what the permission matrix lets them do there")
class AgendasController {
    private static final String AGENDAS = "/api/clinic/enterprises/{enterpriseId}/agendas";

    private final AgendaCatalogue agendas;

    AgendasController(AgendaCatalogue agendas) {
        this.agendas = agendas;
    }

    /** The default agenda after sign-in; agenda is null, and written so, when there is none (R9). */
    record DefaultAgenda(@JsonInclude(JsonInclude.Include.ALWAYS) AgendaView agenda) {
    }

    @GetMapping(AGENDAS)
    @Operation(operationId = "listAgendas",
            summary = "The agendas (location, professional) the caller may view (matrix action agenda.view): a local administrator or "
            + "super user every active health professional at each of their work locations; a user their own agenda when a professional "
            + "(R64) and those their permission rows grant, each row for one location only (R56, R63, §3.5 notes 1, 4, 5). Departed (R10) "
            + "and deleted professionals are left out. Each item has the caller's column and what it allows (canView, canEditSlots, "
            + "canQuickCreate, canCopyWeek, canClearWeek, canApplyTemplate, canBook), from the matrix of rules/scheduling (R62). Ordered by "
            + "professional then location; paged by the pack's agenda.page.size (6, R11), page from 0; optionally one location")
    AgendaPage list(@PathVariable long enterpriseId, @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Long locationId,
                    Actor actor) {
        return agendas.list(actor, page, locationId);
    }

    @GetMapping(AGENDAS + "/{locationId}/{professionalId}")
    @Operation(operationId = "getAgenda",
            summary = "One agenda's header: the location, the professional and what the caller may do there (same flags as the list, "
            + "R62, R64). 404 when the location or the professional is not the enterprise's, is not an active health professional (R10) "
            + "or does not work at the location; 403 when the caller's column may not view it (R63: a professional needs a row on "
            + "another professional's agenda; a row at one location does not open the agenda at another)")
    AgendaView get(@PathVariable long enterpriseId, @PathVariable long locationId, @PathVariable long professionalId, Actor actor) {
        return agendas.one(actor, locationId, professionalId);
    }

    @GetMapping(AGENDAS + "/default")
    @Operation(operationId = "getDefaultAgenda",
            summary = "The agenda shown after sign-in (R9): a health professional's own agenda at their first work location (by "
            + "identifier), with the same flags as the list; anyone else (staff, the provincial operator) gets {\"agenda\": null}, an empty "
            + "agenda until they choose a professional")
    DefaultAgenda defaultAgenda(@PathVariable long enterpriseId, Actor actor) {
        return new DefaultAgenda(agendas.byDefault(actor).orElse(null));
    }
}
