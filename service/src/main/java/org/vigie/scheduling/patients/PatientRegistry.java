package org.vigie.scheduling.patients;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The insurer's registry of insured persons, looked up by NAM (R176-R179): who they are, whether they are eligible to the
 * plan, their attached professional and their GMF enrolment, each with its dates. Implemented locally on {@code ramq_patient}
 * ({@link RamqPatients}); RAMQ's own service would take its place. A NAM is personal information: never log it.
 */
public interface PatientRegistry {

    /** The insured person whose NAM this is (its shape checked by {@link #normalized}); empty when RAMQ has none. */
    Optional<RegisteredPatient> byNam(String nam);

    /** A span of days, both ends included; {@code until} null while open. */
    record Validity(LocalDate from, LocalDate until) {
        public boolean covers(LocalDate day) {
            return from != null && !day.isBefore(from) && (until == null || !day.isAfter(until));
        }
    }

    /** Attached to a professional (their practice number) over a period. */
    record Attachment(String practiceNumber, Validity period) {
    }

    /** Enrolled with a GMF (its number) over a period. */
    record GmfEnrolment(String gmfNumber, Validity period) {
    }

    /** An insured person as RAMQ records them; eligibility, attachment and enrolment null when RAMQ records none. */
    record RegisteredPatient(String nam, String firstName, String lastName, String sex, LocalDate dateOfBirth, Validity eligibility,
                             Attachment attachment, GmfEnrolment gmfEnrolment) {
        @Override
        public String toString() {
            return "RegisteredPatient[nam=<hidden>]"; // a NAM never reaches a log through a record's toString
        }
    }

    /** The NAM in capitals when it has its shape, four letters and eight digits; empty otherwise. */
    static Optional<String> normalized(String nam) {
        if (nam == null) {
            return Optional.empty();
        }
        String upper = nam.trim().toUpperCase(Locale.ROOT);
        return upper.matches("[A-Z]{4}\\d{8}") ? Optional.of(upper) : Optional.empty();
    }
}
