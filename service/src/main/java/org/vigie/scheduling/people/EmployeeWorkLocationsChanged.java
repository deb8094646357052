package org.vigie.scheduling.people;

import java.util.Set;

/** An employee's work locations were rewritten (R59, R60): what was tied to another location goes, in the same transaction. */
public record EmployeeWorkLocationsChanged(long enterpriseId, long employeeId, Set<Long> workLocations) {
}
