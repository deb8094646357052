package org.vigie.scheduling.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An employee record as stored: what RAMQ registered of the person, the clinic's fields, work locations and profiles. */
record Employee(long id, String ramqId, String firstName, String lastName, String pseudonym, String practiceNumber, String title,
                LocalDate startDate, LocalDate departureDate, String email, String workPhone, String phoneExtension, String profession,
                String professionDescription, String shortBio, List<Long> workLocations, boolean localAdmin, boolean superUser,
                boolean user, Instant deletedAt) {
    private static final List<String> PROFESSIONAL_SECTIONS = List.of("INFORMATIONS", "PERMISSIONS", "SERVICES", "OPTIONS");
    private static final List<String> STAFF_SECTIONS = List.of("INFORMATIONS", "PERMISSIONS");

    boolean deleted() {
        return deletedAt != null;
    }

    /** R43: having a practice number makes the employee a health professional. */
    boolean healthProfessional() {
        return practiceNumber != null;
    }

    Employee withWorkLocations(List<Long> locations) {
        return new Employee(id, ramqId, firstName, lastName, pseudonym, practiceNumber, title, startDate, departureDate, email, workPhone,
                phoneExtension, profession, professionDescription, shortBio, List.copyOf(locations), localAdmin, superUser, user, deletedAt);
    }

    /** The record as the API shows it; R44: a health professional's has services and options, a staff member's does not. */
    EmployeeView view(String professionalClass) {
        return new EmployeeView(id, ramqId, firstName, lastName, pseudonym, practiceNumber, professionalClass, healthProfessional(),
                healthProfessional() ? PROFESSIONAL_SECTIONS : STAFF_SECTIONS, title, startDate, departureDate, email, workPhone,
                phoneExtension, profession, professionDescription, shortBio, workLocations, localAdmin, superUser, user, deletedAt);
    }
}
