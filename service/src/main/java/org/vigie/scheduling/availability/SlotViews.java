package org.vigie.scheduling.availability;

import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.offering.OfferedServices;
import org.vigie.scheduling.people.ClinicDirectory;

/** A stored slot as the agenda shows it: its zone and location label, its services with their reasons (R95, R97, R121). */
final class SlotViews {
    private SlotViews() {
    }

    static SlotView of(Slot slot, long enterpriseId, ZoneId zone, ClinicDirectory people, OfferedServices offering, SchedulingRules rules) {
        String label = slot.locationId() == null ? null : people.locationLabel(slot.locationId()).orElse(null);
        Map<Long, OfferedServices.OfferedService> services = offering.all(enterpriseId, slot.professionalId()).stream()
                .collect(Collectors.toMap(OfferedServices.OfferedService::id, Function.identity()));
        var offered = slot.serviceIds().stream().map(services::get).filter(s -> s != null)
                .map(s -> new SlotView.SlotService(s.id(), s.appointmentType(), s.reason(), s.reasonLabel(), s.durationMinutes(),
                        s.deleted() ? rules.message("M5") : rules.text("service.state.active")))
                .toList();
        return new SlotView(slot.id(), slot.date(), slot.startTime(), slot.endTime(), zone.getId(), slot.startsAt(), slot.endsAt(),
                slot.locationId(), label, slot.visibility(), slot.publishFrom(), slot.complete(), slot.complete() ? label : rules.message("M4"),
                offered);
    }
}
