package org.vigie.scheduling.availability;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.ClinicAudit;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.Weeks;
import org.vigie.scheduling.people.ClinicDirectory;
import org.vigie.web.ConflictException;
import org.vigie.web.InvalidRequestException;

/**
 * {@link SlotBatches} on the slots table: each slot's instants from its own local date and times ({@link Weeks#instant}, so
 * 09:00 stays 09:00 across a clock change), under the professional's {@link AgendaLocks} row, then one read of the affected
 * dates as last committed, then every insert, audited once, in one transaction.
 */
@Component
class SlotBatchWriter implements SlotBatches {
    private final Slots slots;
    private final AgendaLocks locks;
    private final SlotChecks checks;
    private final ClinicDirectory people;
    private final SchedulingRules rules;
    private final ClinicAudit audit;
    private final Clock clock;

    SlotBatchWriter(Slots slots, AgendaLocks locks, SlotChecks checks, ClinicDirectory people, SchedulingRules rules, ClinicAudit audit,
                    Clock clock) {
        this.slots = slots;
        this.locks = locks;
        this.checks = checks;
        this.people = people;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public SlotBatch create(Actor actor, long professionalId, List<NewSlot> wanted, boolean dryRun, String action, String detail,
                            String field) {
        Instant now = clock.instant();
        Places places = new Places(people, checks.zone(null));
        List<Placement> placed = wanted.stream().map(s -> placement(s, places)).sorted(Comparator.comparing(Placement::startsAt)).toList();
        placed.stream().filter(p -> !p.endsAt().isAfter(now)).findFirst().ifPresent(p -> {
            throw new InvalidRequestException(field, rules.text("slots.batch.ended", when(p)));
        });
        if (placed.isEmpty()) {
            return new SlotBatch(dryRun, 0, List.of(), List.of(), List.of());
        }
        LocalDate first = placed.get(0).date();
        LocalDate last = placed.stream().map(Placement::date).max(Comparator.naturalOrder()).orElseThrow();
        List<Slot> existing;
        if (dryRun) {
            existing = slots.of(actor.enterpriseId(), professionalId, first, last);
        } else {
            locks.lock(professionalId);
            checks.holdServices(placed.stream().flatMap(p -> p.serviceIds().stream()).distinct().toList());
            existing = slots.lockAll(actor.enterpriseId(), professionalId, first, last);
        }
        List<Slot> duplicates = new ArrayList<>();
        List<Slot> overlaps = new ArrayList<>();
        for (Placement p : placed) {
            for (Slot s : existing) {
                if (same(s, p)) {
                    duplicates.add(s);
                } else if (s.startsAt().isBefore(p.endsAt()) && p.startsAt().isBefore(s.endsAt()) && !overlaps.contains(s)) {
                    overlaps.add(s);
                }
            }
        }
        if (!dryRun && !duplicates.isEmpty()) {
            Map<String, Object> values = when(placement(duplicates.get(0), places));
            values.put("count", duplicates.size());
            throw new ConflictException(rules.text("slots.batch.duplicates", values));
        }
        List<WeekSlot> created = new ArrayList<>();
        for (Placement p : placed) {
            Long id = dryRun ? null : slots.add(actor.enterpriseId(), professionalId, p, actor.username(), now);
            created.add(view(id, p, places));
        }
        if (!dryRun) {
            audit.record(actor, action, "professional:" + professionalId, detail + ": " + created.size() + " slots");
        }
        return new SlotBatch(dryRun, created.size(), created, duplicates.stream().map(d -> view(d, places)).toList(),
                overlaps.stream().map(o -> view(o, places)).toList());
    }

    /** The slot at its local date and times in its location's zone; a « from » already past is no « from » (§9 A9: public at once). */
    private Placement placement(NewSlot s, Places places) {
        ZoneId zone = places.zone(s.locationId());
        Instant publishFrom = s.publishFrom() == null ? null : Weeks.instant(s.publishFrom().toLocalDate(), s.publishFrom().toLocalTime(), zone);
        if (publishFrom != null && !publishFrom.isAfter(clock.instant())) {
            publishFrom = null;
        }
        Visibility visibility = s.publicSlot() == null ? null : s.publicSlot() ? Visibility.PUBLIC : Visibility.PRIVATE;
        return new Placement(s.date(), s.startTime(), s.endTime(), s.locationId(), zone, Weeks.instant(s.date(), s.startTime(), zone),
                Weeks.instant(s.date(), s.endTime(), zone), visibility, publishFrom,
                s.serviceIds() == null ? List.of() : s.serviceIds().stream().distinct().sorted().toList());
    }

    private Placement placement(Slot s, Places places) {
        return new Placement(s.date(), s.startTime(), s.endTime(), s.locationId(), places.zone(s.locationId()), s.startsAt(), s.endsAt(),
                s.visibility(), s.publishFrom(), s.serviceIds());
    }

    /** Identical: same local date and times, location, type and services (the « from » moment aside). */
    private static boolean same(Slot s, Placement p) {
        return s.date().equals(p.date()) && s.startTime().equals(p.startTime()) && s.endTime().equals(p.endTime())
                && Objects.equals(s.locationId(), p.locationId()) && s.visibility() == p.visibility()
                && s.serviceIds().stream().sorted().toList().equals(p.serviceIds());
    }

    private static Map<String, Object> when(Placement p) {
        return new HashMap<>(Map.of("date", p.date(), "start", p.startTime(), "end", p.endTime()));
    }

    private WeekSlot view(Long id, Placement p, Places places) {
        boolean complete = p.locationId() != null && p.visibility() != null && !p.serviceIds().isEmpty();
        String label = complete ? places.label(p.locationId()) : rules.message("M4");
        return new WeekSlot(id, p.date(), p.startTime(), p.endTime(), p.zone().getId(), p.startsAt(), p.endsAt(), p.locationId(), complete,
                label, null);
    }

    private WeekSlot view(Slot s, Places places) {
        return view(s.id(), placement(s, places), places);
    }
}
