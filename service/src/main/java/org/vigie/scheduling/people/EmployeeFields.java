package org.vigie.scheduling.people;

import java.time.LocalDate;
import java.util.List;

/** What the clinic writes on an employee record, whether it adds the employee or changes the record (R34, R39-R42, R45). */
interface EmployeeFields {
    LocalDate startDate();

    LocalDate departureDate();

    List<Long> workLocations();

    String title();

    String email();

    String workPhone();

    String phoneExtension();

    String profession();

    String professionDescription();

    String shortBio();
}
