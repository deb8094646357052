package org.vigie.scheduling.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonFormat;

import org.vigie.scheduling.booking.Appointment.PatientDetails;

/**
 * An appointment as the API shows it (§2.11): its period in its location's zone and in UTC, the patient as the clinic knows
 * them, the contact, the type (R190), the author (R189), the frozen name hiding and cancellation cutoff (R191, R206), whether a
 * complete slot holds it, whether the caller may cancel it (R66, R231), and the warnings of the request that wrote it.
 */
record AppointmentView(long id, String referenceNumber, int version, long professionalId, String professionalName, long locationId,
                       String locationName, LocalDate date, @JsonFormat(pattern = "HH:mm") LocalTime time, int durationMinutes,
                       Instant startsAt, Instant endsAt, String zone, Long serviceId, PatientDetails patient, String mobilePhone,
                       String homePhone, String email, Set<String> channels, String language, String reasonCode, String clinicNote,
                       String patientNote, String type, String status, String attendance, AppointmentAuthor author, boolean nameHidden,
                       CancelCutoff cancelCutoff, boolean inSlot, Instant cancelledAt, String cancelledBy, boolean mayCancel,
                       List<Warning> warnings) {

    /** R189: who booked it (EMPLOYEE, CITIZEN, LCGA, NURSE), their name and when. */
    record AppointmentAuthor(String kind, String name, Instant at) {
    }

    /** R206: the online-cancellation cutoff the location had at booking (value and unit, MINUTES or HOURS). */
    record CancelCutoff(Integer value, String unit) {
    }

    /** A warning that did not stop the request (M6, M16, M17): its code and words. */
    record Warning(String code, String message) {
    }

    @Override
    public String toString() {
        return "AppointmentView[id=" + id + ", reference=" + referenceNumber + "]";
    }
}
