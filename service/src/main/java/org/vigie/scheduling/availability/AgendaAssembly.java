package org.vigie.scheduling.availability;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Clinic;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.availability.AgendaContent.AgendaAppointmentView;
import org.vigie.scheduling.availability.AgendaContent.AgendaService;
import org.vigie.scheduling.availability.AgendaContent.AgendaSlot;
import org.vigie.scheduling.booking.AgendaAppointments;
import org.vigie.scheduling.offering.OfferedServices;
import org.vigie.scheduling.offering.OfferedServices.OfferedService;
import org.vigie.scheduling.people.ClinicDirectory;
import org.vigie.scheduling.people.EmployeeView;

/**
 * Puts one professional's agenda together from a fixed number of reads, whatever the number of slots: the slots of the
 * dates, their services, the professional's services and horizon, each location once, the appointments of the range. It
 * decides nothing about who may read it: its caller passes which locations are viewable.
 */
@Component
class AgendaAssembly {
    private final Slots slots;
    private final AgendaAppointments appointments;
    private final ClinicDirectory people;
    private final OfferedServices offering;
    private final SchedulingRules rules;
    private final Clinic clinic;

    AgendaAssembly(Slots slots, AgendaAppointments appointments, ClinicDirectory people, OfferedServices offering, SchedulingRules rules,
                   Clinic clinic) {
        this.slots = slots;
        this.appointments = appointments;
        this.people = people;
        this.offering = offering;
        this.rules = rules;
        this.clinic = clinic;
    }

    /** A location's label, zone and display mode, read once per agenda; an incomplete slot's zone is the service's. */
    private record LocationShown(String label, ZoneId zone, String displayMode) {
    }

    /**
     * The professional's slots on the local dates {@code from}..{@code to} and appointments there, kept when {@code viewable}
     * accepts their location (null for an incomplete slot), with the overlapping cells of {@code cellMinutes}.
     */
    AgendaContent content(Actor actor, EmployeeView professional, Long locationId, LocalDate from, LocalDate to, Predicate<Long> viewable,
                          int cellMinutes, Instant now) {
        long enterpriseId = actor.enterpriseId();
        OfferedServices.Offering offered = offering.offering(enterpriseId, professional.id());
        Map<Long, OfferedService> services = offered.services().stream().collect(Collectors.toMap(OfferedService::id, Function.identity()));
        Optional<Integer> horizon = offered.bookingHorizonWeeks();
        OnlineVisibilities.Terms terms = new OnlineVisibilities.Terms(rules);
        Map<Long, LocationShown> places = new HashMap<>();
        Function<Long, LocationShown> place = id -> places.computeIfAbsent(id, this::place);
        List<AgendaSlot> shown = slots.of(enterpriseId, professional.id(), from, to).stream()
                .filter(s -> viewable.test(s.locationId()))
                .map(s -> slot(s, services, horizon, place.apply(s.locationId()), now, terms))
                .toList();
        // the appointments' local dates are in their locations' zones: a day's margin on each side in UTC, then their dates
        List<AgendaAppointmentView> booked = appointments.of(enterpriseId, professional.id(), locationId,
                        from.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), to.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant())
                .stream()
                .filter(a -> !a.date().isBefore(from) && !a.date().isAfter(to) && viewable.test(a.locationId()))
                .map(a -> new AgendaAppointmentView(a.id(), a.locationId(), a.serviceId(), a.date(), a.startTime(), a.durationMinutes(),
                        a.startsAt(), a.endsAt(), a.status(), a.referenceNumber(), a.patientFirstName(), a.patientLastName(), a.attendance()))
                .toList();
        return new AgendaContent(professional.id(), locationId, from, to, cellMinutes, shown, booked,
                AgendaCells.overlaps(shown, cellMinutes, terms.message("M8")), now);
    }

    private LocationShown place(Long locationId) {
        if (locationId == null) {
            return new LocationShown(null, clinic.zone(), null);
        }
        return people.locationDisplay(locationId).map(l -> new LocationShown(l.label(), l.zone(), l.displayMode()))
                .orElseGet(() -> new LocationShown(null, people.zone(locationId), null));
    }

    private AgendaSlot slot(Slot slot, Map<Long, OfferedService> services, Optional<Integer> horizon, LocationShown place, Instant now,
                            OnlineVisibilities.Terms terms) {
        List<OfferedService> offered = slot.serviceIds().stream().map(services::get).filter(s -> s != null).toList();
        // R106: every service of a slot has the same type and duration
        String type = offered.isEmpty() ? null : offered.get(0).appointmentType();
        Integer duration = offered.isEmpty() ? null : offered.get(0).durationMinutes();
        String inactive = terms.message("M5");
        String active = terms.text("service.state.active");
        List<AgendaService> views = offered.stream().map(s -> new AgendaService(s.id(), s.appointmentType(), s.reason(), s.reasonLabel(),
                s.durationMinutes(), s.deleted() ? inactive : active)).toList();
        return new AgendaSlot(slot.id(), slot.date(), slot.startTime(), slot.endTime(), place.zone().getId(), slot.startsAt(), slot.endsAt(),
                slot.locationId(), place.label(), slot.complete(), slot.complete() ? place.label() : terms.message("M4"),
                slot.visibility() == Visibility.PUBLIC, slot.visibility(), slot.publishFrom(), type, duration,
                offered.stream().map(OfferedService::reasonLabel).toList(), views,
                OnlineVisibilities.of(slot, type, horizon, place.zone(), place.displayMode(), now, terms));
    }
}
