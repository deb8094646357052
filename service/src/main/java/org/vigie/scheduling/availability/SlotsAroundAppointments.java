package org.vigie.scheduling.availability;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.springframework.stereotype.Component;
import org.vigie.scheduling.booking.BookingSlots;

/** Booking's question to the slots ({@link BookingSlots}): which of a professional's slots enclose a period, on local times. */
@Component
class SlotsAroundAppointments implements BookingSlots {
    private final Slots slots;
    private final AgendaLocks locks;

    SlotsAroundAppointments(Slots slots, AgendaLocks locks) {
        this.slots = slots;
        this.locks = locks;
    }

    @Override
    public void lockAgenda(long professionalId) {
        locks.lock(professionalId);
    }

    @Override
    public List<EnclosingSlot> enclosing(long enterpriseId, long professionalId, LocalDate date, LocalTime start, LocalTime end) {
        return slots.of(enterpriseId, professionalId, date, date).stream()
                .filter(s -> !s.startTime().isAfter(start) && (end == null ? s.endTime().isAfter(start) : !s.endTime().isBefore(end)))
                .map(s -> new EnclosingSlot(s.id(), s.locationId(), s.complete(), s.serviceIds(), s.endTime()))
                .toList();
    }
}
