package org.vigie.scheduling.people;

/**
 * An employee record was deleted (R46, R58): whatever referred to it as grantee or professional goes with it, in the same
 * transaction. The record stays deleted; the same person added again gets a fresh record, with another id.
 */
public record EmployeeDeleted(long enterpriseId, long employeeId) {
}
