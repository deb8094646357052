package org.vigie.scheduling.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** What the agenda reads of appointments: the published API of {@code booking}. Records, never rows. */
public interface AgendaAppointments {
    /** A professional's active appointments starting in [from, until), at one location or at all (null), by start. */
    List<AgendaAppointment> of(long enterpriseId, long professionalId, Long locationId, Instant from, Instant until);

    /** One appointment; the patient's names for the staff's agenda only (never an iCalendar feed), hidden from toString. */
    record AgendaAppointment(long id, long professionalId, long locationId, Long serviceId, LocalDate date, LocalTime startTime,
                             int durationMinutes, Instant startsAt, Instant endsAt, String status, String referenceNumber,
                             String patientFirstName, String patientLastName, String attendance) {
        @Override
        public String toString() {
            return "AgendaAppointment[id=" + id + ", reference=" + referenceNumber + "]";
        }
    }
}
