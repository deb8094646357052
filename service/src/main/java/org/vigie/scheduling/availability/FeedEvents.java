package org.vigie.scheduling.availability;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Clinic;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.Weeks;
import org.vigie.scheduling.availability.AgendaCalendar.FeedEvent;
import org.vigie.scheduling.booking.AgendaAppointments;
import org.vigie.scheduling.booking.AgendaAppointments.AgendaAppointment;
import org.vigie.scheduling.offering.OfferedServices;
import org.vigie.scheduling.offering.OfferedServices.OfferedService;
import org.vigie.scheduling.people.ClinicDirectory;
import org.vigie.scheduling.people.EmployeeView;

/**
 * What an agenda feed shows, from the pack's {@code feed.days.past} days ago to {@code feed.days.ahead} days ahead: the
 * professional's slots (« Plage publique », « Plage privée », M4 « Plage incomplète », with their services' reasons) and
 * appointments (« Rendez-vous », a time and a place only: never who, never why), those of the agendas the reader may view.
 * Times are the local date and times in the location's zone, read as {@link Weeks#instant} reads them.
 */
@Component
class FeedEvents {
    private final Slots slots;
    private final AgendaAppointments appointments;
    private final AgendaAccess access;
    private final OfferedServices offering;
    private final ClinicDirectory people;
    private final Clinic clinic;
    private final SchedulingRules rules;

    FeedEvents(Slots slots, AgendaAppointments appointments, AgendaAccess access, OfferedServices offering, ClinicDirectory people,
               Clinic clinic, SchedulingRules rules) {
        this.slots = slots;
        this.appointments = appointments;
        this.access = access;
        this.offering = offering;
        this.people = people;
        this.clinic = clinic;
        this.rules = rules;
    }

    /** The events of the professional's agenda at the location (null: all), as {@code reader} may view them, by start. */
    List<FeedEvent> of(Actor reader, EmployeeView professional, Long locationId) {
        LocalDate today = clinic.today();
        LocalDate from = today.minusDays(Math.round(rules.today().number("feed.days.past")));
        LocalDate to = today.plusDays(Math.round(rules.today().number("feed.days.ahead")));
        long enterpriseId = reader.enterpriseId();
        Map<Long, OfferedService> services = offering.all(enterpriseId, professional.id()).stream()
                .collect(Collectors.toMap(OfferedService::id, Function.identity()));
        Places places = new Places(people, clinic.zone());
        List<FeedEvent> events = new ArrayList<>();
        for (Slot slot : slots.of(enterpriseId, professional.id(), from, to)) {
            if ((locationId == null || locationId.equals(slot.locationId())) && access.allows(reader, SlotPlanning.VIEW, slot.locationId(), professional)) {
                events.add(slot(slot, services, places));
            }
        }
        Instant since = from.atStartOfDay(clinic.zone()).toInstant();
        Instant until = to.plusDays(1).atStartOfDay(clinic.zone()).toInstant();
        for (AgendaAppointment appointment : appointments.of(enterpriseId, professional.id(), locationId, since, until)) {
            if (access.allows(reader, SlotPlanning.VIEW, appointment.locationId(), professional)) {
                events.add(appointment(appointment, places));
            }
        }
        events.sort(Comparator.comparing((FeedEvent e) -> e.start().toInstant()).thenComparing(FeedEvent::uid));
        return events;
    }

    private FeedEvent slot(Slot slot, Map<Long, OfferedService> services, Places places) {
        ZoneId zone = places.zone(slot.locationId());
        String summary = slot.complete() ? rules.text("feed.slot." + slot.visibility().name()) : rules.message("M4");
        List<String> reasons = slot.serviceIds().stream().map(services::get).filter(s -> s != null)
                .map(s -> s.deleted() ? s.reasonLabel() + " (" + rules.message("M5") + ")" : s.reasonLabel()).toList();
        String description = reasons.isEmpty() ? null : rules.text("feed.slot.services", Map.of("reasons", reasons));
        return new FeedEvent("slot-" + slot.id() + "@vigie", summary, description, places.label(slot.locationId()),
                local(slot.date(), slot.startTime(), zone), local(slot.date(), slot.endTime(), zone), false);
    }

    /** Only the appointment's time and place: the writer has no field for anything else. */
    private FeedEvent appointment(AgendaAppointment appointment, Places places) {
        ZoneId zone = places.zone(appointment.locationId());
        ZonedDateTime start = local(appointment.date(), appointment.startTime(), zone);
        return new FeedEvent("appointment-" + appointment.id() + "@vigie", rules.text("feed.appointment"), null,
                places.label(appointment.locationId()), start, start.plusMinutes(appointment.durationMinutes()), true);
    }

    /** A local date and time in the zone; on a spring-forward night, a time that does not exist reads as the end of the gap. */
    private static ZonedDateTime local(LocalDate date, LocalTime time, ZoneId zone) {
        return Weeks.instant(date, time, zone).atZone(zone);
    }
}
