package org.vigie.scheduling.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An employee record as the API shows it, and as the other parts of scheduling read it. */
public record EmployeeView(long id, String ramqId, String firstName, String lastName, String pseudonym, String practiceNumber,
                    String professionalClass, boolean healthProfessional, List<String> sections, String title, LocalDate startDate,
                    LocalDate departureDate, String email, String workPhone, String phoneExtension, String profession,
                    String professionDescription, String shortBio, List<Long> workLocations, boolean localAdmin, boolean superUser,
                    boolean user, Instant deletedAt) {
}
