package org.vigie.scheduling.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * An appointment as {@link Appointments} stores it (§2.11): its local date and time in its location's zone are the truth, its
 * instants the queries'. The patient and contact are the clinic's copy (R179). Never logged: {@link #toString} names it only.
 */
record Appointment(long id, String referenceNumber, int version, long enterpriseId, long professionalId, long locationId, Long serviceId,
                   LocalDate date, LocalTime time, int durationMinutes, Instant startsAt, Instant endsAt, String status, String attendance,
                   PatientDetails patient, Contact contact, String reasonCode, String clinicNote, String patientNote, String type,
                   String authorKind, String authorName, Instant createdAt, boolean nameHidden, Integer cancelCutoffValue,
                   String cancelCutoffUnit, Instant cancelledAt, String cancelledByName) {

    static final String ACTIVE = "ACTIVE";
    static final String CANCELLED = "CANCELLED";

    boolean active() {
        return ACTIVE.equals(status);
    }

    boolean pastAt(Instant now) {
        return !startsAt.isAfter(now);
    }

    @Override
    public String toString() {
        return "Appointment[id=" + id + ", reference=" + referenceNumber + "]";
    }

    /** Who the appointment is for, as the clinic entered them (R177, R179); nam null when none was given or matched. */
    record PatientDetails(String nam, String firstName, String lastName, String sex, LocalDate dateOfBirth) {
        @Override
        public String toString() {
            return "PatientDetails[<hidden>]";
        }
    }

    /** How to reach the patient (R180-R183): channels among EMAIL, SMS, VOICE_CALL; language FR or EN. */
    record Contact(String mobilePhone, String homePhone, String email, Set<String> channels, String language) {
        @Override
        public String toString() {
            return "Contact[channels=" + channels + ", language=" + language + "]";
        }
    }
}
