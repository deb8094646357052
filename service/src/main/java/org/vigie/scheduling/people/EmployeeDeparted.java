package org.vigie.scheduling.people;

import java.time.LocalDate;

/**
 * An employee's departure date was set or changed (R10, R45): what they offer stops after that day. Published in the
 * writer's transaction when a record is added or saved with a departure date other than the one it had; never with a null
 * date (clearing the date publishes nothing).
 */
public record EmployeeDeparted(long enterpriseId, long employeeId, LocalDate departureDate) {
}
