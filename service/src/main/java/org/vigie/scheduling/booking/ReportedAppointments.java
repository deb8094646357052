package org.vigie.scheduling.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * What the reports read of appointments (guide §3.6, spec §6): the published API of {@code booking} for the module
 * {@code reports}. The caller decides the scope (which agendas, R232, R240) and passes it as pairs of (location, professional);
 * booking filters by the enterprise, the period, the status, the attendance, the reason and the patient. Records, never rows.
 */
public interface ReportedAppointments {
    /** The agendas (location, professional) holding at least one appointment, of any status, on the local dates [from, to]. */
    List<ReportAgenda> agendasIn(long enterpriseId, LocalDate from, LocalDate to);

    /** How many appointments the criteria select: the reports refuse more than their maximum before reading any (R238). */
    long count(ReportCriteria criteria);

    /** The appointments the criteria select, at most {@code limit}, by local date, start and id. */
    List<ReportedAppointment> rows(ReportCriteria criteria, int limit);

    /** One agenda: a professional at a location (R94). */
    record ReportAgenda(long locationId, long professionalId) {
    }

    /**
     * @param agendas the agendas reported on: an appointment elsewhere is never selected (an empty list selects nothing)
     * @param status ACTIVE or CANCELLED
     * @param attendance a subset of UNCONFIRMED, PRESENT, ABSENT (R210, R237)
     * @param reasonCode one consultation reason, or null for all of them, active and inactive, and none (R236)
     * @param patientNam the patient's NAM (exact), or null
     * @param patientName part of the patient's names (first then last, or last then first), or null
     */
    record ReportCriteria(long enterpriseId, LocalDate from, LocalDate to, String status, List<ReportAgenda> agendas,
                          Set<String> attendance, String reasonCode, String patientNam, String patientName) {
        @Override
        public String toString() {
            return "ReportCriteria[enterprise=" + enterpriseId + ", " + from + ".." + to + ", " + status + "]"; // no patient in a log
        }
    }

    /** An appointment as a report lists it (spec §6.2's inferred columns, §9 A20); the patient's details never reach a log. */
    record ReportedAppointment(long id, long locationId, long professionalId, LocalDate date, LocalTime startTime, int durationMinutes,
                               String status, String attendance, String referenceNumber, String nam, String firstName,
                               String lastName, String sex, LocalDate birthDate, String mobilePhone, String homePhone, String email,
                               String reasonCode, String appointmentType, String authorKind, String authorName, Instant createdAt,
                               String clinicNote, Instant cancelledAt, String cancelledByName) {
        @Override
        public String toString() {
            return "ReportedAppointment[id=" + id + ", reference=" + referenceNumber + "]";
        }
    }
}
