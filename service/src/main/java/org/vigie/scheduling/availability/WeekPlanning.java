package org.vigie.scheduling.availability;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.ClinicAudit;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.Weeks;
import org.vigie.scheduling.people.ClinicDirectory;
import org.vigie.scheduling.people.EmployeeView;
import org.vigie.web.ConflictException;
import org.vigie.web.InvalidRequestException;

/**
 * A professional's whole week of slots (guide §3.4.1, §3.4.7): quick created as incomplete slots (R122-R127) or cleared
 * (R137-R140), Sunday to Saturday (§9 A1). Each is all or nothing in one transaction, audited once, and taken under the
 * professional's {@link AgendaLocks} row, so two of them on one professional run one after the other; a dry run checks
 * the same and saves nothing. Incomplete slots have no location: the action is checked at any of the professional's work
 * locations, as {@link AgendaAccess} does for single slots.
 */
@Component
class WeekPlanning {
    static final String QUICK_CREATE = "agenda.week.quickCreate";
    static final String CLEAR = "agenda.week.clear";

    private final Slots slots;
    private final AgendaLocks locks;
    private final WeekChecks checks;
    private final AgendaAccess access;
    private final ClinicDirectory people;
    private final SchedulingRules rules;
    private final ClinicAudit audit;
    private final Clock clock;

    WeekPlanning(Slots slots, AgendaLocks locks, WeekChecks checks, AgendaAccess access, ClinicDirectory people, SchedulingRules rules,
                 ClinicAudit audit, Clock clock) {
        this.slots = slots;
        this.locks = locks;
        this.checks = checks;
        this.access = access;
        this.people = people;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * R123: one incomplete slot (R127, with the M3 notice) per range of the form, in the week of {@code sunday}; refused when a
     * range starts in the past (R126, 400) or when the week already holds a slot, complete or not (R124, 409).
     */
    @Transactional
    WeekPlan quickCreate(Actor actor, long professionalId, LocalDate sunday, WeekForm form, boolean dryRun) {
        EmployeeView professional = access.professional(actor, professionalId);
        access.require(actor, QUICK_CREATE, null, professional); // R122
        Weeks.Week week = Weeks.Week.named(sunday);
        List<Placement> placed = checks.placements(week, form, clock.instant());
        if (!dryRun) {
            locks.lock(professionalId);
        }
        if (!week(actor, professionalId, week, dryRun).isEmpty()) {
            throw new ConflictException(rules.text("week.quickCreate.notEmpty", Map.of("sunday", week.sunday().toString())));
        }
        List<WeekSlot> created = new ArrayList<>();
        for (Placement p : placed) {
            Long id = dryRun ? null : slots.add(actor.enterpriseId(), professionalId, p, actor.username(), clock.instant());
            created.add(new WeekSlot(id, p.date(), p.startTime(), p.endTime(), p.zone().getId(), p.startsAt(), p.endsAt(), null, false,
                    rules.message("M4"), rules.message("M3")));
        }
        if (!dryRun) {
            audit.record(actor, "week.quickCreate", "professional:" + professionalId, week.sunday() + ": " + created.size() + " slots");
        }
        return new WeekPlan(week.sunday(), dryRun, created.size(), created);
    }

    /**
     * R139: deletes the week's incomplete slots and those not ended yet, keeps the complete slots already ended (nothing to do
     * is a count of 0); R140: only once confirmed (a dry run needs no confirmation). R138: appointments are not touched.
     */
    @Transactional
    WeekPlan clear(Actor actor, long professionalId, LocalDate sunday, Boolean confirmed, boolean dryRun) {
        EmployeeView professional = access.professional(actor, professionalId);
        access.require(actor, CLEAR, null, professional); // R137
        Weeks.Week week = Weeks.Week.named(sunday);
        if (!dryRun && !Boolean.TRUE.equals(confirmed)) {
            throw new InvalidRequestException("confirmed", rules.text("week.clear.confirm"));
        }
        if (!dryRun) {
            locks.lock(professionalId);
        }
        Instant now = clock.instant();
        List<Slot> doomed = week(actor, professionalId, week, dryRun).stream()
                .filter(s -> !(s.complete() && s.pastAt(now))).toList();
        if (!dryRun) {
            doomed.forEach(s -> slots.delete(s.id()));
            audit.record(actor, "week.clear", "professional:" + professionalId, week.sunday() + ": " + doomed.size() + " slots deleted");
        }
        return new WeekPlan(week.sunday(), dryRun, doomed.size(), doomed.stream().map(this::view).toList());
    }

    /** The week's slots: as last committed and locked once the professional's row is held, a plain read in a dry run. */
    private List<Slot> week(Actor actor, long professionalId, Weeks.Week week, boolean dryRun) {
        return dryRun ? slots.of(actor.enterpriseId(), professionalId, week.sunday(), week.saturday())
                : slots.lockAll(actor.enterpriseId(), professionalId, week.sunday(), week.saturday());
    }

    private WeekSlot view(Slot s) {
        ZoneId zone = checks.zone(s.locationId());
        String label = s.complete() ? people.locationLabel(s.locationId()).orElse(null) : rules.message("M4");
        return new WeekSlot(s.id(), s.date(), s.startTime(), s.endTime(), zone.getId(), s.startsAt(), s.endsAt(), s.locationId(), s.complete(),
                label, null);
    }
}
