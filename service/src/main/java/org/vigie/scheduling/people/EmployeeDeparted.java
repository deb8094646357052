package org.vigie.scheduling.people;

import java.time.LocalDate;

/** An employee's departure date was set or changed (R10): what they offer stops after that day. */
public record EmployeeDeparted(long enterpriseId, long employeeId, LocalDate departureDate) {
}
