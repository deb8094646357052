package org.vigie.scheduling.availability;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.vigie.web.InvalidRequestException;
import org.vigie.web.Validation;

/**
 * Removes availabilities inside slots (guide §3.4.9, R162-R166): cuts a range of local times on one date out of every slot of
 * the professional that date (at one location when named), deleting, shrinking or splitting each ({@link RangeCuts}), their
 * instants recomputed from their local times by {@link Weeks#instant}. The range may not start in the past (R165, R166, §9
 * A16: a running slot loses only its future part), so no ended slot is ever changed (R115). Appointments are never touched
 * (R164). All in one transaction under the professional's {@link AgendaLocks} row, audited once; a dry run saves nothing.
 */
@Component
class RangeRemovals {
    static final String REMOVE = "agenda.range.remove";

    private final Slots slots;
    private final AgendaLocks locks;
    private final SlotChecks checks;
    private final AgendaAccess access;
    private final ClinicDirectory people;
    private final SchedulingRules rules;
    private final ClinicAudit audit;
    private final Clock clock;

    RangeRemovals(Slots slots, AgendaLocks locks, SlotChecks checks, AgendaAccess access, ClinicDirectory people, SchedulingRules rules,
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

    @Transactional
    RangeRemoval remove(Actor actor, long professionalId, RangeRemovalForm form, boolean dryRun) {
        EmployeeView professional = access.professional(actor, professionalId);
        Long locationId = form.locationId();
        if (locationId != null) {
            people.requireLocation(actor.enterpriseId(), locationId);
        }
        access.require(actor, REMOVE, locationId, professional); // R162
        new Validation().require(form.date() != null, "date", rules.text("agenda.date.required"))
                .require(form.startTime() != null, "startTime", rules.text("slot.startTime.required"))
                .require(form.endTime() != null, "endTime", rules.text("slot.endTime.required")).throwIfAny();
        new Validation().require(form.startTime().isBefore(form.endTime()), "endTime", rules.text("slot.endTime.notAfterStart"))
                .throwIfAny();
        Instant now = clock.instant();
        requireNotPast(form, checks.zone(locationId), now);
        if (!dryRun) {
            locks.lock(professionalId);
        }
        List<Slot> day = (dryRun ? slots.of(actor.enterpriseId(), professionalId, form.date(), form.date())
                : slots.lockAll(actor.enterpriseId(), professionalId, form.date(), form.date())).stream()
                .filter(s -> locationId == null || locationId.equals(s.locationId())).toList();
        Map<Slot, List<Placement>> met = new LinkedHashMap<>();
        for (Slot s : day) {
            List<Placement> parts = RangeCuts.remaining(s.startTime(), s.endTime(), form.startTime(), form.endTime()).stream()
                    .map(p -> placement(s, p)).filter(p -> p.startsAt().isBefore(p.endsAt())).toList();
            if (parts.size() == 1 && parts.get(0).startTime().equals(s.startTime()) && parts.get(0).endTime().equals(s.endTime())) {
                continue; // the range does not meet it
            }
            access.require(actor, REMOVE, s.locationId(), professional);
            requireNotPast(form, checks.zone(s.locationId()), now);
            met.put(s, parts);
        }
        List<RangeRemoval.SlotChange> changes = new ArrayList<>();
        List<String> done = new ArrayList<>();
        met.forEach((s, parts) -> {
            RangeRemoval.Kind kind = parts.isEmpty() ? RangeRemoval.Kind.DELETED
                    : parts.size() == 1 ? RangeRemoval.Kind.SHRUNK : RangeRemoval.Kind.SPLIT;
            Long added = dryRun ? null : apply(actor, s, parts, now);
            List<WeekSlot> after = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                after.add(view(i == 0 ? Long.valueOf(s.id()) : added, parts.get(i)));
            }
            changes.add(new RangeRemoval.SlotChange(kind, view(s.id(), placement(s, new RangeCuts.Part(s.startTime(), s.endTime()))), after));
            done.add(kind + " " + s.id() + (added == null ? "" : " (new " + added + ")"));
        });
        if (!dryRun && !changes.isEmpty()) {
            audit.record(actor, "availability.remove", "professional:" + professionalId, form.date() + " " + form.startTime() + "-"
                    + form.endTime() + (locationId == null ? "" : " location=" + locationId) + ": " + String.join(", ", done));
        }
        return new RangeRemoval(form.date(), form.startTime(), form.endTime(), locationId, dryRun, changes.size(), changes);
    }

    /**
     * Deletes the slot, or keeps its first part under its id and adds the second as a new slot with the same attributes;
     * returns the new slot's id, null when there is none.
     */
    private Long apply(Actor actor, Slot s, List<Placement> parts, Instant now) {
        if (parts.isEmpty()) {
            slots.delete(s.id());
            return null;
        }
        slots.change(s.id(), parts.get(0));
        return parts.size() == 2 ? slots.add(actor.enterpriseId(), s.professionalId(), parts.get(1), actor.username(), now) : null;
    }

    /** R165, R166, §9 A16: the range's start, read in this zone, is now or later. */
    private void requireNotPast(RangeRemovalForm form, ZoneId zone, Instant now) {
        if (Weeks.instant(form.date(), form.startTime(), zone).isBefore(now)) {
            String field = form.date().isBefore(LocalDate.ofInstant(now, zone)) ? "date" : "startTime";
            throw new InvalidRequestException(field, rules.text("ranges.remove.past", Map.of("date", form.date(), "start", form.startTime())));
        }
    }

    private Placement placement(Slot s, RangeCuts.Part part) {
        ZoneId zone = checks.zone(s.locationId());
        return new Placement(s.date(), part.start(), part.end(), s.locationId(), zone, Weeks.instant(s.date(), part.start(), zone),
                Weeks.instant(s.date(), part.end(), zone), s.visibility(), s.publishFrom(), s.serviceIds());
    }

    private WeekSlot view(Long id, Placement p) {
        boolean complete = p.locationId() != null && p.visibility() != null && !p.serviceIds().isEmpty();
        String label = complete ? people.locationLabel(p.locationId()).orElse(null) : rules.message("M4");
        return new WeekSlot(id, p.date(), p.startTime(), p.endTime(), p.zone().getId(), p.startsAt(), p.endsAt(), p.locationId(), complete,
                label, null);
    }
}
