package org.vigie.scheduling.access;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.NotFoundException;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Clinic;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.people.ClinicDirectory;
import org.vigie.scheduling.people.ClinicDirectory.ProfessionalAtLocation;

/**
 * The agendas a clinic user may open: one per (location, professional) pair, a professional having one agenda at each of
 * their work locations (spec §3.5 note 1), read from people's active professionals. Who sees which agenda, and what they may
 * do in it, is the permission matrix of rules/scheduling read for the caller's column on that pair (LA, SU, HP_OWN, RW, RO,
 * NONE); nothing here decides it. Slots and appointments come later.
 */
@Service
class AgendaCatalogue {
    private final Clinic clinic;
    private final SchedulingRules rules;
    private final ClinicDirectory people;
    private final AgendaPermissions permissions;

    AgendaCatalogue(Clinic clinic, SchedulingRules rules, ClinicDirectory people, AgendaPermissions permissions) {
        this.clinic = clinic;
        this.rules = rules;
        this.people = people;
        this.permissions = permissions;
    }

    record AgendaPage(int page, int pageSize, long totalItems, int totalPages, List<AgendaView> items) {
    }

    /**
     * R11, R56, R62-R64, §3.5 notes 1, 4, 5: the agendas the caller's column may view, ordered by professional then location,
     * paged by the pack's agenda.page.size; a user's candidates are their own and those their rows name, each at the row's
     * location only. Departed (R10) and deleted professionals are left out.
     */
    AgendaPage list(Actor actor, int page, Long locationId) {
        if (page < 0) {
            throw new InvalidRequestException("page", rules.text("access.agendas.page"));
        }
        if (locationId != null && !people.locationInEnterprise(locationId, actor.enterpriseId())) {
            throw new InvalidRequestException("locationId", rules.text("location.unknown", Map.of("id", String.valueOf(locationId))));
        }
        int size = (int) rules.today().number("agenda.page.size");
        List<AgendaView> visible = agendas(actor.enterpriseId()).stream()
                .filter(a -> locationId == null || a.locationId() == locationId)
                .filter(candidateFor(actor))
                .map(a -> withAccess(actor, a))
                .filter(a -> a.access().canView())
                .toList();
        int from = (int) Math.min((long) page * size, visible.size());
        return new AgendaPage(page, size, visible.size(), (visible.size() + size - 1) / size,
                List.copyOf(visible.subList(from, Math.min(from + size, visible.size()))));
    }

    /** R62-R64: one agenda's header; 404 unless it is an active professional's at one of their work locations, 403 unless viewable. */
    AgendaView one(Actor actor, long locationId, long professionalId) {
        people.requireLocation(actor.enterpriseId(), locationId);
        AgendaView agenda = agendas(actor.enterpriseId()).stream()
                .filter(a -> a.employeeId() == professionalId && a.locationId() == locationId).findFirst()
                .map(a -> withAccess(actor, a))
                .orElseThrow(() -> new NotFoundException(rules.text("access.agenda.notFound", Map.of("id", String.valueOf(professionalId)))));
        clinic.require("agenda.view", agenda.access().column());
        return agenda;
    }

    /** R9: a professional's own agenda at their first work location (by identifier); none for anyone else. */
    Optional<AgendaView> byDefault(Actor actor) {
        if (actor.employeeId() == null) {
            return Optional.empty();
        }
        return agendas(actor.enterpriseId()).stream().filter(a -> a.employeeId() == actor.employeeId()).findFirst()
                .map(a -> withAccess(actor, a));
    }

    /** Every active health professional at each of their work locations, by last name, first name, employee and location. */
    private List<ProfessionalAtLocation> agendas(long enterpriseId) {
        return people.activeProfessionalsAtTheirLocations(enterpriseId, clinic.today());
    }

    /** Everyone's agendas are candidates unless the caller's column is NONE and NONE may not view: then their own and their rows'. */
    private Predicate<ProfessionalAtLocation> candidateFor(Actor actor) {
        if (!clinic.column(actor).equals("NONE") || rules.allows("agenda.view", "NONE")) {
            return a -> true;
        }
        Set<List<Long>> rows = permissions.heldBy(actor.employeeId()).stream()
                .map(g -> List.of(g.locationId(), g.professionalId())).collect(Collectors.toSet());
        return a -> a.employeeId() == actor.employeeId() || rows.contains(List.of(a.locationId(), a.employeeId()));
    }

    private AgendaView withAccess(Actor actor, ProfessionalAtLocation agenda) {
        String column = clinic.column(actor, agenda.locationId(), agenda.employeeId());
        return new AgendaView(AgendaView.AgendaLocation.of(agenda.locationId(), agenda.locationName(), agenda.locationAbbreviation()),
                new AgendaView.AgendaProfessional(agenda.employeeId(), agenda.firstName(), agenda.lastName(),
                        rules.professionalClass(agenda.practiceNumber())),
                new AgendaView.AgendaAccess(column, rules.allows("agenda.view", column), rules.allows("agenda.slot.edit", column),
                        rules.allows("agenda.week.quickCreate", column), rules.allows("agenda.week.copy", column),
                        rules.allows("agenda.week.clear", column), rules.allows("agenda.template.apply", column),
                        rules.allows("appointment.manage", column)));
    }
}
