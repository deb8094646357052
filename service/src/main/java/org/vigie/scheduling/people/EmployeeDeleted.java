package org.vigie.scheduling.people;

/** An employee record was deleted (R58): whatever referred to it as grantee or professional goes with it, in the same transaction. */
public record EmployeeDeleted(long enterpriseId, long employeeId) {
}
