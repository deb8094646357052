package org.vigie.scheduling;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the root needs to know of enterprises and employees to resolve an {@link Actor}, published here and implemented
 * by the module that owns those tables ({@code people}), so that the root reads none of them.
 */
public interface ClinicStaff {
    boolean enterpriseExists(long enterpriseId);

    /** The employee record of a RAMQ identifier in an enterprise, active on the day (not deleted, not departed; R2, R10). */
    Optional<Actor> activeEmployee(String ramqId, long enterpriseId, LocalDate day);

    /** Whether the employee has a practice number (R43): a health professional, who has an agenda of their own. */
    boolean healthProfessional(long employeeId);

    /** The enterprises where a RAMQ identifier is an active employee on the day, by name. */
    List<Long> activeEnterprises(String ramqId, LocalDate day);
}
