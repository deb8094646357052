package org.vigie.scheduling.availability;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.rules.facts.Parameters;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.Weeks;
import org.vigie.scheduling.offering.OfferedServices;
import org.vigie.scheduling.offering.OfferedServices.OfferedService;
import org.vigie.scheduling.people.ClinicDirectory;
import org.vigie.scheduling.people.EmployeeView;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.Validation;

/**
 * Copies a professional's week to following weeks (guide §3.4.6, R128-R136): every slot of the source week, with its location,
 * services, type and « À partir de » (R129), onto the weeks source + k·interval while k·interval ≤ nextWeeks (R136, §9 A8).
 * Each copy is built from the source slot's local date plus 7·k days and its local times, in its location's zone, never from
 * instants (so 09:00 stays 09:00 across a clock change); its « À partir de » is the source's local date and time shifted by the
 * same weeks (R132, §9 A9). {@link SlotBatches} writes them all or none under the professional's lock, refusing a copy that
 * would already have ended (R131) and a second identical copy (409, §9 A7); appointments are never touched (R130).
 */
@Component
class WeekCopies {
    static final String COPY = "agenda.week.copy";

    private final Slots slots;
    private final AgendaLocks locks;
    private final SlotBatches batches;
    private final SlotChecks checks;
    private final AgendaAccess access;
    private final ClinicDirectory people;
    private final OfferedServices offering;
    private final SchedulingRules rules;

    WeekCopies(Slots slots, AgendaLocks locks, SlotBatches batches, SlotChecks checks, AgendaAccess access, ClinicDirectory people,
               OfferedServices offering, SchedulingRules rules) {
        this.slots = slots;
        this.locks = locks;
        this.batches = batches;
        this.checks = checks;
        this.access = access;
        this.people = people;
        this.offering = offering;
        this.rules = rules;
    }

    @Transactional
    WeekCopy copy(Actor actor, long professionalId, LocalDate sunday, WeekCopyForm form, boolean dryRun) {
        EmployeeView professional = access.professional(actor, professionalId);
        access.require(actor, COPY, null, professional); // R128
        Weeks.Week source = Weeks.Week.named(sunday);
        List<LocalDate> targets = targets(source, form);
        if (!dryRun) {
            locks.lock(professionalId); // the source read as last committed, and the copies written, under one lock
        }
        List<Slot> week = dryRun ? slots.of(actor.enterpriseId(), professionalId, source.sunday(), source.saturday())
                : slots.lockAll(actor.enterpriseId(), professionalId, source.sunday(), source.saturday());
        if (week.isEmpty()) {
            throw new InvalidRequestException("sunday", rules.text("weeks.copy.empty", Map.of("sunday", source.sunday())));
        }
        week.stream().map(Slot::locationId).filter(Objects::nonNull).distinct()
                .forEach(location -> access.require(actor, COPY, location, professional));
        checkServicesAndLocations(actor, professional, week);
        List<String> warnings = new ArrayList<>();
        if (week.stream().anyMatch(s -> !s.complete())) { // R135
            if (!dryRun && !Boolean.TRUE.equals(form.confirmed())) {
                throw new InvalidRequestException("confirmed", rules.message("M14"));
            }
            warnings.add(rules.message("M14"));
        }
        List<String> information = week.stream().anyMatch(s -> s.publishFrom() != null) ? List.of(rules.message("M13")) : List.of(); // R132
        List<SlotBatches.NewSlot> copies = new ArrayList<>();
        for (LocalDate target : targets) {
            long weeks = ChronoUnit.WEEKS.between(source.sunday(), target);
            week.forEach(s -> copies.add(copy(s, weeks)));
        }
        var batch = batches.create(actor, professionalId, copies, dryRun, "week.copy", "professional " + professionalId + " week "
                + source.sunday() + " to " + targets, "interval");
        return new WeekCopy(source.sunday(), targets, dryRun, batch.count(), batch.created(), batch.duplicates(), batch.overlaps(),
                information, warnings);
    }

    /** R134 (N ≤ copy.weeks.maximum, K ≤ copy.interval.maximum, N ≥ K), then R136: source + k·K while k·K ≤ N. */
    private List<LocalDate> targets(Weeks.Week source, WeekCopyForm form) {
        Parameters today = rules.today();
        int maxWeeks = (int) today.number("copy.weeks.maximum");
        int maxInterval = (int) today.number("copy.interval.maximum");
        Integer next = form.nextWeeks();
        Integer interval = form.interval();
        Validation v = new Validation()
                .require(next != null, "nextWeeks", rules.text("week.copy.nextWeeksRequired"))
                .require(interval != null, "interval", rules.text("week.copy.intervalRequired"));
        v.throwIfAny();
        v.require(next >= 1 && next <= maxWeeks, "nextWeeks", rules.text("weeks.copy.nextWeeks", Map.of("maximum", maxWeeks, "value", next)))
                .require(interval >= 1 && interval <= maxInterval, "interval",
                        rules.text("weeks.copy.interval", Map.of("maximum", maxInterval, "value", interval)));
        if (!v.has("nextWeeks") && !v.has("interval")) {
            v.require(next >= interval, "nextWeeks", rules.text("weeks.copy.belowInterval", Map.of("nextWeeks", next, "interval", interval)));
        }
        v.throwIfAny();
        List<LocalDate> targets = new ArrayList<>();
        for (int k = 1; k * interval <= next; k++) {
            targets.add(source.plusWeeks((long) k * interval).sunday());
        }
        return targets;
    }

    /**
     * R133 (M12): no source slot may offer a service whose consultation reason is inactive, the pack's question of
     * services.drl's ReasonStillActive (reasons/active = "false"). Nor may a copy offer a deleted service or sit at a location
     * the professional no longer works at (R103, R102: what a slot created by hand could not hold).
     */
    private void checkServicesAndLocations(Actor actor, EmployeeView professional, List<Slot> week) {
        Map<Long, OfferedService> services = offering.all(actor.enterpriseId(), professional.id()).stream()
                .collect(Collectors.toMap(OfferedService::id, Function.identity()));
        Set<String> inactive = rules.today().codesWhere("reasons", "active", "false");
        for (Slot s : week) {
            for (Long id : s.serviceIds()) {
                OfferedService service = services.get(id);
                if (service != null && inactive.contains(service.reason())) {
                    throw new InvalidRequestException("sunday", rules.text("message.M12", Map.of("reason", service.reasonLabel())));
                }
            }
        }
        for (Slot s : week) {
            Map<String, Object> when = Map.of("date", s.date(), "start", s.startTime(), "end", s.endTime());
            if (s.serviceIds().stream().map(services::get).anyMatch(service -> service == null || service.deleted())) {
                throw new InvalidRequestException("sunday", rules.text("weeks.copy.deletedService", when));
            }
            if (s.locationId() != null && !professional.workLocations().contains(s.locationId())) {
                throw new InvalidRequestException("sunday", rules.text("weeks.copy.notAWorkLocation", when));
            }
        }
    }

    /** The source slot {@code weeks} weeks on: its local date shifted, its local times and « À partir de » read in its zone. */
    private SlotBatches.NewSlot copy(Slot s, long weeks) {
        LocalDateTime publishFrom = s.publishFrom() == null ? null
                : LocalDateTime.ofInstant(s.publishFrom(), checks.zone(s.locationId())).plusWeeks(weeks);
        return new SlotBatches.NewSlot(Weeks.shift(s.date(), weeks), s.startTime(), s.endTime(), s.locationId(),
                s.visibility() == null ? null : s.visibility() == Visibility.PUBLIC, publishFrom, s.serviceIds());
    }
}
