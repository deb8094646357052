package org.vigie.scheduling.availability;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Clinic;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.Weeks;
import org.vigie.scheduling.access.GridPreference;
import org.vigie.scheduling.people.ClinicDirectory;
import org.vigie.scheduling.people.ClinicDirectory.ProfessionalAtLocation;
import org.vigie.scheduling.people.EmployeeView;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.Validation;

/**
 * The agenda's content as the caller may read it (R9, R11, R94, R121; matrix action agenda.view on each (location,
 * professional) pair, §3.5 notes 1, 4, 5): a slot or appointment is shown only at a location whose agenda the caller may
 * view, so a row at L1 never shows the professional's slots at L2. Its reads run in no database transaction (SUPPORTS): each
 * statement reads what is committed when it runs, and the three statements a read-only transaction costs on MariaDB
 * ({@code SET autocommit=0}, {@code COMMIT}, {@code SET autocommit=1}) are saved; the slots come with their services in one
 * statement, so a slot never shows half of a change.
 */
@Component
class AgendaReads {
    private final AgendaAssembly assembly;
    private final AgendaAccess access;
    private final ClinicDirectory people;
    private final GridPreference grid;
    private final SchedulingRules rules;
    private final Clinic clinic;
    private final Clock clock;

    AgendaReads(AgendaAssembly assembly, AgendaAccess access, ClinicDirectory people, GridPreference grid, SchedulingRules rules,
                Clinic clinic, Clock clock) {
        this.assembly = assembly;
        this.access = access;
        this.people = people;
        this.grid = grid;
        this.rules = rules;
        this.clinic = clinic;
        this.clock = clock;
    }

    /** R9: both null, and written so, when the caller is no health professional. */
    record DefaultAgendaContent(@JsonInclude(JsonInclude.Include.ALWAYS) Long professionalId,
                                @JsonInclude(JsonInclude.Include.ALWAYS) AgendaContent agenda) {
    }

    record ProfessionalDay(long professionalId, String firstName, String lastName, List<Long> locationIds, AgendaContent agenda) {
    }

    record AgendaDay(LocalDate date, int page, int pageSize, long totalItems, int totalPages, List<ProfessionalDay> items, Instant generatedAt) {
    }

    /** R94: one professional's agenda at a location, or at every location the caller may view, on the local dates from..to. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    AgendaContent content(Actor actor, long professionalId, Long locationId, LocalDate from, LocalDate to) {
        EmployeeView professional = people.employee(actor.enterpriseId(), professionalId);
        if (!professional.healthProfessional()) {
            throw new InvalidRequestException("professionalId", rules.text("agenda.notAProfessional"));
        }
        if (locationId != null) {
            people.requireLocation(actor.enterpriseId(), locationId);
        }
        access.require(actor, SlotPlanning.VIEW, locationId, professional);
        requireRange(from, to);
        return assembly.content(actor, professional, locationId, from, to, viewable(actor, professional, locationId),
                grid.minutes(actor), clock.instant());
    }

    /**
     * R9: a health professional's own agenda, at every location, on from..to (the current Sunday-to-Saturday week by default,
     * §9 A1); anyone else has no professional chosen and an empty agenda (null).
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    DefaultAgendaContent byDefault(Actor actor, LocalDate from, LocalDate to) {
        Weeks.Week week = Weeks.Week.containing(clinic.today());
        LocalDate first = from != null ? from : week.sunday();
        LocalDate last = to != null ? to : from != null ? from.plusDays(6) : week.saturday();
        requireRange(first, last);
        if (actor.employeeId() == null || !people.employee(actor.enterpriseId(), actor.employeeId()).healthProfessional()) {
            return new DefaultAgendaContent(null, null);
        }
        return new DefaultAgendaContent(actor.employeeId(), content(actor, actor.employeeId(), null, first, last));
    }

    /**
     * R11, §3.5 note 5: the agendas of one date of every active professional the caller may view at one location at least, by
     * last name, first name and id, paged by the pack's agenda.page.size; each at the locations the caller may view.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    AgendaDay day(Actor actor, LocalDate date, int page) {
        new Validation().require(date != null, "date", rules.text("agenda.date.required"))
                .require(page >= 0, "page", rules.text("agenda.page.negative")).throwIfAny();
        Map<Long, List<Long>> locations = new LinkedHashMap<>();
        Map<Long, ProfessionalAtLocation> names = new HashMap<>();
        for (ProfessionalAtLocation at : people.activeProfessionalsAtTheirLocations(actor.enterpriseId(), clinic.today())) {
            names.putIfAbsent(at.employeeId(), at);
            if (rules.allows(SlotPlanning.VIEW, clinic.column(actor, at.locationId(), at.employeeId()))) {
                locations.computeIfAbsent(at.employeeId(), id -> new ArrayList<>()).add(at.locationId());
            }
        }
        // people's list is ordered by last name, first name and employee (the database's collation): the professionals keep that order
        List<Long> order = new ArrayList<>(locations.keySet());
        int size = (int) rules.today().number("agenda.page.size");
        int start = (int) Math.min((long) page * size, order.size());
        int cell = grid.minutes(actor);
        Instant now = clock.instant();
        List<ProfessionalDay> items = order.subList(start, Math.min(start + size, order.size())).stream().map(id -> {
            EmployeeView professional = people.employee(actor.enterpriseId(), id);
            List<Long> at = List.copyOf(locations.get(id));
            Predicate<Long> viewable = location -> location == null || at.contains(location);
            ProfessionalAtLocation name = names.get(id);
            return new ProfessionalDay(id, name.firstName(), name.lastName(), at,
                    assembly.content(actor, professional, null, date, date, viewable, cell, now));
        }).toList();
        return new AgendaDay(date, page, size, order.size(), (order.size() + size - 1) / size, items, now);
    }

    /** Which locations' slots the caller sees: the one asked for, else each one the matrix lets them view (cached per read). */
    private Predicate<Long> viewable(Actor actor, EmployeeView professional, Long locationId) {
        Map<Long, Boolean> allowed = new HashMap<>();
        return location -> (locationId == null || locationId.equals(location))
                && allowed.computeIfAbsent(location, l -> access.allows(actor, SlotPlanning.VIEW, l, professional));
    }

    private void requireRange(LocalDate from, LocalDate to) {
        int longest = (int) rules.today().number("agenda.range.days.maximum");
        new Validation().require(from != null, "from", rules.text("agenda.from.required"))
                .require(to != null, "to", rules.text("agenda.to.required"))
                .throwIfAny();
        new Validation().require(!to.isBefore(from), "to", rules.text("agenda.to.beforeFrom"))
                .require(!to.isAfter(from.plusDays(longest - 1L)), "to", rules.text("agenda.range.tooLong", Map.of("days", longest)))
                .throwIfAny();
    }
}
