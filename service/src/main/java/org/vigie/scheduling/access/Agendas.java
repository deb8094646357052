package org.vigie.scheduling.access;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.NotFoundException;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Clinic;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.people.ClinicDirectory;

/**
 * The agendas a clinic user may open: one per (location, professional) pair, a professional having
 * one agenda at each of their work locations (spec §3.5 note 1). Who sees which agenda, and what
 * they may do in it, is the permission matrix of rules/scheduling read for the caller's column on
 * that pair (LA, SU, HP_OWN, RW, RO, NONE); nothing here decides it. Slots and appointments come later.
 */
@RestController
@Tag(name = "Clinic scheduling", description = "Enterprises, locations, employees, profiles, permissions, services (RVSQ, clinic side)")
class Agendas {
    private static final String AGENDAS = "/api/clinic/enterprises/{enterpriseId}/agendas";

    private final JdbcClient jdbc;
    private final Clinic clinic;
    private final SchedulingRules rules;
    private final ClinicDirectory people;

    Agendas(JdbcClient jdbc, Clinic clinic, SchedulingRules rules, ClinicDirectory people) {
        this.jdbc = jdbc;
        this.clinic = clinic;
        this.rules = rules;
        this.people = people;
    }

    /** The location, labelled by its abbreviation when it has one, else its name (R22). */
    record AgendaLocation(long id, String label, String name, String abbreviation) {
    }

    record AgendaProfessional(long id, String firstName, String lastName, String professionalClass) {
    }

    /** The caller's column of the matrix on this agenda, and what the matrix lets it do there. */
    record AgendaAccess(String column, boolean canView, boolean canEditSlots, boolean canQuickCreate, boolean canCopyWeek,
                        boolean canClearWeek, boolean canApplyTemplate, boolean canBook) {
    }

    record AgendaView(AgendaLocation location, AgendaProfessional professional, AgendaAccess access) {
    }

    record AgendaPage(int page, int pageSize, long totalItems, int totalPages, List<AgendaView> items) {
    }

    /** The default agenda after sign-in; agenda is null, and written so, when there is none (R9). */
    record DefaultAgenda(@JsonInclude(JsonInclude.Include.ALWAYS) AgendaView agenda) {
    }

    @GetMapping(AGENDAS)
    @Operation(summary = "The agendas (location, professional) the caller may view (matrix action agenda.view): a local administrator or "
            + "super user every active health professional at each of their work locations; a user their own agenda when a professional "
            + "(R64) and those their permission rows grant, each row for one location only (R56, R63, §3.5 notes 1, 4, 5). Departed (R10) "
            + "and deleted professionals are left out. Each item has the caller's column and what it allows (canView, canEditSlots, "
            + "canQuickCreate, canCopyWeek, canClearWeek, canApplyTemplate, canBook), from the matrix of rules/scheduling (R62). Ordered by "
            + "professional then location; paged by the pack's agenda.page.size (6, R11), page from 0; optionally one location")
    AgendaPage list(@PathVariable long enterpriseId, @RequestParam(defaultValue = "0") int page,
                    @RequestParam(required = false) Long locationId) {
        Actor actor = clinic.actor(enterpriseId);
        if (page < 0) {
            throw new InvalidRequestException("page", "Les pages se comptent à partir de 0.");
        }
        if (locationId != null && jdbc.sql("SELECT COUNT(*) FROM clinic_location WHERE id = ? AND enterprise_id = ?")
                .params(locationId, enterpriseId).query(Long.class).single() == 0) {
            throw new InvalidRequestException("locationId", "Lieu inconnu dans cette entreprise : " + locationId + ".");
        }
        int size = (int) rules.today().number("agenda.page.size");
        List<AgendaView> visible = new ArrayList<>();
        for (AgendaView agenda : candidates(actor, locationId)) {
            if (agenda.access().canView()) {
                visible.add(agenda);
            }
        }
        int from = (int) Math.min((long) page * size, visible.size());
        return new AgendaPage(page, size, visible.size(), (visible.size() + size - 1) / size,
                List.copyOf(visible.subList(from, Math.min(from + size, visible.size()))));
    }

    @GetMapping(AGENDAS + "/{locationId}/{professionalId}")
    @Operation(summary = "One agenda's header: the location, the professional and what the caller may do there (same flags as the list, "
            + "R62, R64). 404 when the location or the professional is not the enterprise's, is not an active health professional (R10) "
            + "or does not work at the location; 403 when the caller's column may not view it (R63: a professional needs a row on "
            + "another professional's agenda; a row at one location does not open the agenda at another)")
    AgendaView get(@PathVariable long enterpriseId, @PathVariable long locationId, @PathVariable long professionalId) {
        Actor actor = clinic.actor(enterpriseId);
        people.requireLocation(enterpriseId, locationId);
        AgendaView agenda = agendas("AND e.id = ? AND l.id = ?", enterpriseId, professionalId, locationId).stream().findFirst()
                .map(a -> withAccess(actor, a))
                .orElseThrow(() -> new NotFoundException("Aucun professionnel de la santé actif n'a l'identifiant " + professionalId
                        + " à ce lieu dans cette entreprise."));
        clinic.require("agenda.view", agenda.access().column());
        return agenda;
    }

    @GetMapping(AGENDAS + "/default")
    @Operation(summary = "The agenda shown after sign-in (R9): a health professional's own agenda at their first work location (by "
            + "identifier), with the same flags as the list; anyone else (staff, the provincial operator) gets {\"agenda\": null}, an empty "
            + "agenda until they choose a professional")
    DefaultAgenda defaultAgenda(@PathVariable long enterpriseId) {
        Actor actor = clinic.actor(enterpriseId);
        if (actor.employeeId() == null) {
            return new DefaultAgenda(null);
        }
        return new DefaultAgenda(agendas("AND e.id = ?", enterpriseId, actor.employeeId()).stream().findFirst()
                .map(a -> withAccess(actor, a)).orElse(null));
    }

    /** The agendas the caller might see, with their access; a user's narrowed to their own and their rows unless NONE may view. */
    private List<AgendaView> candidates(Actor actor, Long locationId) {
        String narrowing = locationId == null ? "" : " AND l.id = ?";
        List<Object> params = new ArrayList<>();
        if (locationId != null) {
            params.add(locationId);
        }
        if (clinic.column(actor).equals("NONE") && !rules.allows("agenda.view", "NONE")) {
            narrowing += " AND (e.id = ? OR EXISTS (SELECT 1 FROM clinic_agenda_permission a WHERE a.employee_id = ?"
                    + " AND a.location_id = l.id AND a.professional_id = e.id))";
            params.add(actor.employeeId());
            params.add(actor.employeeId());
        }
        return agendas(narrowing, actor.enterpriseId(), params.toArray()).stream().map(a -> withAccess(actor, a)).toList();
    }

    /** Every active health professional's agenda at each of their work locations, optionally narrowed, without access. */
    private List<AgendaView> agendas(String narrowing, long enterpriseId, Object... more) {
        List<Object> params = new ArrayList<>(List.of(enterpriseId, clinic.today()));
        params.addAll(List.of(more));
        return jdbc.sql("SELECT l.id, l.name, l.abbreviation, e.id, p.first_name, p.last_name, p.practice_number"
                        + " FROM clinic_employee e JOIN ramq_person p ON p.id = e.person_id"
                        + " JOIN clinic_employee_location w ON w.employee_id = e.id JOIN clinic_location l ON l.id = w.location_id"
                        + " WHERE e.enterprise_id = ? AND l.enterprise_id = e.enterprise_id AND p.practice_number IS NOT NULL"
                        + " AND e.deleted_at IS NULL AND (e.departure_date IS NULL OR e.departure_date >= ?) " + narrowing
                        + " ORDER BY p.last_name, p.first_name, e.id, l.id")
                .params(params)
                .query((rs, n) -> {
                    String abbreviation = rs.getString(3);
                    return new AgendaView(new AgendaLocation(rs.getLong(1),
                            abbreviation == null || abbreviation.isBlank() ? rs.getString(2) : abbreviation, rs.getString(2), abbreviation),
                            new AgendaProfessional(rs.getLong(4), rs.getString(5), rs.getString(6), rules.professionalClass(rs.getString(7))),
                            null);
                })
                .list();
    }

    private AgendaView withAccess(Actor actor, AgendaView agenda) {
        String column = clinic.column(actor, agenda.location().id(), agenda.professional().id());
        return new AgendaView(agenda.location(), agenda.professional(), new AgendaAccess(column, rules.allows("agenda.view", column),
                rules.allows("agenda.slot.edit", column), rules.allows("agenda.week.quickCreate", column),
                rules.allows("agenda.week.copy", column), rules.allows("agenda.week.clear", column),
                rules.allows("agenda.template.apply", column), rules.allows("appointment.manage", column)));
    }
}
