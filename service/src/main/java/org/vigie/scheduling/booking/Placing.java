package org.vigie.scheduling.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.vigie.scheduling.Clinic;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.Weeks;
import org.vigie.scheduling.booking.BookingSlots.EnclosingSlot;
import org.vigie.scheduling.offering.OfferedServices;
import org.vigie.scheduling.offering.OfferedServices.OfferedService;
import org.vigie.scheduling.people.ClinicDirectory;
import org.vigie.scheduling.people.ClinicDirectory.LocationTerms;
import org.vigie.scheduling.people.EmployeeView;
import org.vigie.web.InvalidRequestException;

/**
 * Where and when an appointment or a hold falls (R113, R114, R174, R192, R213): inside a complete slot the location is the
 * slot's and the duration defaults to its service's; elsewhere (no slot, an incomplete one) the location is one of the
 * professional's work locations, chosen when there are several. The instants are read in the location's zone (§9 A23).
 */
@Component
class Placing {
    private final BookingSlots slots;
    private final OfferedServices offering;
    private final ClinicDirectory people;
    private final SchedulingRules rules;
    private final Clinic clinic;

    Placing(BookingSlots slots, OfferedServices offering, ClinicDirectory people, SchedulingRules rules, Clinic clinic) {
        this.slots = slots;
        this.offering = offering;
        this.people = people;
        this.rules = rules;
        this.clinic = clinic;
    }

    /**
     * A placed period: location with what a booking freezes of it, local date and time, instants, and whether a complete slot at
     * the location encloses the whole period (R117, the view's "in a slot"), settled from the slots placing read.
     */
    record PlacedPeriod(LocationTerms location, LocalDate date, LocalTime time, int durationMinutes, Instant startsAt, Instant endsAt,
                     boolean inSlot, Long serviceId) {
        long locationId() {
            return location.id();
        }
    }

    /** Where and when a booking or a modification falls; the location read through the change's {@code terms}. */
    PlacedPeriod place(ChangeTerms terms, EmployeeView professional, Long locationId, LocalDate date, LocalTime time, Integer duration,
                    Long serviceId) {
        long enterpriseId = terms.enterpriseId();
        requirePeriod(date, time, duration);
        Optional<OfferedService> service = Optional.ofNullable(serviceId).map(id -> offering.activeOne(professional.id(), id)
                .orElseThrow(() -> new InvalidRequestException("serviceId", rules.text("booking.period.serviceNotActive"))));
        List<EnclosingSlot> complete = slots.enclosing(enterpriseId, professional.id(), date, time, end(time, duration)).stream()
                .filter(EnclosingSlot::complete).toList();
        long location;
        Integer minutes = duration;
        if (!complete.isEmpty()) {
            List<Long> allowed = complete.stream().map(EnclosingSlot::locationId).distinct().toList();
            if (locationId != null && !allowed.contains(locationId)) {
                throw new InvalidRequestException("locationId", rules.text("appointment.slotLocation",
                        Map.of("location", people.locationLabel(allowed.get(0)).orElse(""))));
            }
            location = locationId != null ? locationId : allowed.get(0);
            if (minutes == null) {
                minutes = service.map(OfferedService::durationMinutes).orElseGet(() -> slotDuration(enterpriseId, professional.id(), complete.get(0)));
            }
        } else {
            if (minutes == null) {
                throw new InvalidRequestException("durationMinutes", rules.text("appointment.durationRequired"));
            }
            location = workLocation(professional, locationId);
        }
        LocationTerms placed = terms.location(location)
                .orElseThrow(() -> new InvalidRequestException("locationId", rules.text("appointment.notAWorkLocation")));
        Instant start = Weeks.instant(date, time, placed.zone());
        // read with a defaulted duration, the slots enclosing the start include those enclosing the whole period: they end at or after it
        LocalTime periodEnd = end(time, minutes);
        boolean inSlot = complete.stream().anyMatch(s -> s.locationId() != null && s.locationId() == location && !s.endTime().isBefore(periodEnd));
        return new PlacedPeriod(placed, date, time, minutes, start, start.plus(Duration.ofMinutes(minutes)), inSlot, serviceId);
    }

    /**
     * A hold's period: the location when given (one of the professional's), else the enclosing complete slot's or the single work
     * location's; none otherwise, the period then read in the service's zone.
     */
    PlacedPeriod hold(long enterpriseId, EmployeeView professional, Long locationId, LocalDate date, LocalTime time, Integer duration) {
        requirePeriod(date, time, duration);
        if (duration == null) {
            throw new InvalidRequestException("durationMinutes", rules.text("booking.hold.durationMissing"));
        }
        Long location = locationId != null ? workLocation(professional, locationId)
                : slots.enclosing(enterpriseId, professional.id(), date, time, end(time, duration)).stream()
                        .filter(EnclosingSlot::complete).map(EnclosingSlot::locationId).findFirst()
                        .orElse(professional.workLocations().size() == 1 ? professional.workLocations().get(0) : null);
        LocationTerms terms = location == null ? null : people.locationTerms(enterpriseId, location).orElse(null);
        ZoneId zone = terms == null ? clinic.zone() : terms.zone();
        Instant start = Weeks.instant(date, time, zone);
        return new PlacedPeriod(terms, date, time, duration, start, start.plus(Duration.ofMinutes(duration)), false, null);
    }

    private long workLocation(EmployeeView professional, Long locationId) {
        if (locationId != null) {
            if (!professional.workLocations().contains(locationId)) {
                throw new InvalidRequestException("locationId", rules.text("appointment.notAWorkLocation"));
            }
            return locationId;
        }
        if (professional.workLocations().size() != 1) {
            throw new InvalidRequestException("locationId", rules.text("appointment.locationRequired"));
        }
        return professional.workLocations().get(0);
    }

    private int slotDuration(long enterpriseId, long professionalId, EnclosingSlot slot) {
        return offering.all(enterpriseId, professionalId).stream().filter(s -> slot.serviceIds().contains(s.id()))
                .map(OfferedService::durationMinutes).findFirst()
                .orElseThrow(() -> new InvalidRequestException("durationMinutes", rules.text("appointment.durationRequired")));
    }

    private void requirePeriod(LocalDate date, LocalTime time, Integer duration) {
        if (date == null) {
            throw new InvalidRequestException("date", rules.text("agenda.date.required"));
        }
        if (time == null) {
            throw new InvalidRequestException("time", rules.text("booking.period.timeMissing"));
        }
        long longest = (long) rules.today().number("appointment.duration.maximum");
        if (duration != null && (duration < 1 || duration > longest)) {
            throw new InvalidRequestException("durationMinutes", rules.text("booking.period.durationRange", Map.of("maximum", longest)));
        }
    }

    /** The period's local end, or the end of the day when it runs past midnight (no slot encloses it then). */
    static LocalTime end(LocalTime time, Integer duration) {
        if (duration == null) {
            return null;
        }
        LocalTime end = time.plusMinutes(duration);
        return end.isBefore(time) || end.equals(LocalTime.MIDNIGHT) && duration > 0 ? LocalTime.MAX : end;
    }
}
