package org.vigie.scheduling.people;

/** An employee received the super-user profile, which sees every agenda: their permission rows no longer mean anything. */
public record EmployeeBecameSuperUser(long enterpriseId, long employeeId) {
}
