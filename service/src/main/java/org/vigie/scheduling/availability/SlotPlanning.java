package org.vigie.scheduling.availability;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.ClinicAudit;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.offering.OfferedServices;
import org.vigie.scheduling.people.ClinicDirectory;
import org.vigie.scheduling.people.EmployeeView;
import org.vigie.web.ConflictException;
import org.vigie.web.NotFoundException;
import org.vigie.web.Validation;

/**
 * A professional's single availability slots (guide §3.4.2-§3.4.5): proposed by a click (R99-R101), created, listed, changed
 * (R118) and deleted, each write checked by {@link SlotChecks}, authorized on the slot's agenda by {@link AgendaAccess},
 * done in one transaction and audited once.
 */
@Component
class SlotPlanning {
    static final String EDIT = "agenda.slot.edit";
    static final String VIEW = "agenda.view";
    /** The longest range a listing covers, in days: a year, so that no read scans an agenda's whole history. */
    static final int LONGEST_RANGE = 366;

    private final Slots slots;
    private final SlotChecks checks;
    private final AgendaAccess access;
    private final ClinicDirectory people;
    private final OfferedServices offering;
    private final SchedulingRules rules;
    private final ClinicAudit audit;
    private final Clock clock;

    SlotPlanning(Slots slots, SlotChecks checks, AgendaAccess access, ClinicDirectory people, OfferedServices offering,
                 SchedulingRules rules, ClinicAudit audit, Clock clock) {
        this.slots = slots;
        this.checks = checks;
        this.access = access;
        this.people = people;
        this.offering = offering;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A new slot as a click at {@code start} proposes it: a block of the pack's {@code slot.proposal.hours} (R99), ending at
     * 23:59 at the latest (our reading: a slot does not cross midnight), with the single work location (R100) and the single
     * active service (R101) preselected.
     */
    @Transactional(readOnly = true)
    SlotProposal propose(Actor actor, long professionalId, LocalDate date, LocalTime start) {
        EmployeeView professional = access.professional(actor, professionalId);
        Long location = professional.workLocations().size() == 1 ? professional.workLocations().get(0) : null;
        access.require(actor, EDIT, location, professional);
        new Validation().require(date != null, "date", rules.text("slot.date.required"))
                .require(start != null, "start", rules.text("slot.startTime.required")).throwIfAny();
        long minutes = Math.round(rules.today().number("slot.proposal.hours") * 60);
        LocalTime end = start.plusMinutes(minutes).isAfter(start) && minutes < 24 * 60 ? start.plusMinutes(minutes) : LocalTime.of(23, 59);
        var services = offering.active(actor.enterpriseId(), professionalId);
        return new SlotProposal(date, start, end, location, services.size() == 1 ? List.of(services.get(0).id()) : List.of());
    }

    @Transactional
    SlotView create(Actor actor, long professionalId, SlotForm form) {
        EmployeeView professional = access.professional(actor, professionalId);
        access.require(actor, EDIT, form.locationId(), professional);
        Placement placed = checks.check(actor.enterpriseId(), professional, form, clock.instant());
        checks.holdServices(placed.serviceIds());
        long id = slots.add(actor.enterpriseId(), professionalId, placed, actor.username(), clock.instant());
        audit.record(actor, "slot.create", "slot:" + id, describe(placed));
        return view(actor, slot(actor, professionalId, id));
    }

    /** The professional's slots on the local dates {@code from} to {@code to}, those of the agendas the actor may view. */
    @Transactional(readOnly = true)
    List<SlotView> list(Actor actor, long professionalId, LocalDate from, LocalDate to, Long locationId) {
        EmployeeView professional = access.professional(actor, professionalId);
        if (locationId != null) {
            people.requireLocation(actor.enterpriseId(), locationId);
        }
        access.require(actor, VIEW, locationId, professional);
        new Validation().require(from != null, "from", rules.text("agenda.from.required"))
                .require(to != null, "to", rules.text("agenda.to.required"))
                .throwIfAny();
        new Validation().require(!to.isBefore(from), "to", rules.text("agenda.to.beforeFrom"))
                .require(!to.isAfter(from.plusDays(LONGEST_RANGE)), "to", rules.text("slot.list.tooLong", Map.of("days", LONGEST_RANGE)))
                .throwIfAny();
        return slots.of(actor.enterpriseId(), professionalId, from, to).stream()
                .filter(s -> locationId == null || locationId.equals(s.locationId()))
                .filter(s -> access.allows(actor, VIEW, s.locationId(), professional))
                .map(s -> view(actor, s)).toList();
    }

    /** R118: date, times, location, services, type and "from" moment changed; refused once a complete slot has ended (R115). */
    @Transactional
    SlotView change(Actor actor, long professionalId, long slotId, SlotForm form) {
        EmployeeView professional = access.professional(actor, professionalId);
        Slot slot = slot(actor, professionalId, slotId);
        access.require(actor, EDIT, slot.locationId(), professional);
        access.require(actor, EDIT, form.locationId(), professional);
        if (slot.complete() && slot.pastAt(clock.instant())) {
            throw new ConflictException(rules.text("slot.ended.change"));
        }
        Placement placed = checks.check(actor.enterpriseId(), professional, form, clock.instant());
        checks.holdServices(placed.serviceIds());
        slots.change(slotId, placed);
        audit.record(actor, "slot.edit", "slot:" + slotId, describe(placed));
        return view(actor, slot(actor, professionalId, slotId));
    }

    /** R116: refused once a complete slot has ended; an incomplete slot is deleted at any time. */
    @Transactional
    void delete(Actor actor, long professionalId, long slotId) {
        EmployeeView professional = access.professional(actor, professionalId);
        Slot slot = slot(actor, professionalId, slotId);
        access.require(actor, EDIT, slot.locationId(), professional);
        if (slot.complete() && slot.pastAt(clock.instant())) {
            throw new ConflictException(rules.text("slot.ended.delete"));
        }
        slots.delete(slotId);
        audit.record(actor, "slot.delete", "slot:" + slotId, slot.date() + " " + slot.startTime() + "-" + slot.endTime());
    }

    private Slot slot(Actor actor, long professionalId, long slotId) {
        return slots.lock(actor.enterpriseId(), professionalId, slotId)
                .orElseThrow(() -> new NotFoundException(rules.text("slot.notFound", Map.of("slot", String.valueOf(slotId)))));
    }

    private SlotView view(Actor actor, Slot slot) {
        return SlotViews.of(slot, actor.enterpriseId(), checks.zone(slot.locationId()), people, offering, rules);
    }

    private static String describe(Placement placed) {
        return placed.date() + " " + placed.startTime() + "-" + placed.endTime() + " " + placed.zone() + " location=" + placed.locationId()
                + " " + placed.visibility() + " services=" + placed.serviceIds() + (placed.publishFrom() == null ? "" : " from=" + placed.publishFrom());
    }
}
