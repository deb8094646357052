package org.vigie.scheduling;

/**
 * The caller acting in an enterprise: their employee record (none for the provincial operator) and the profiles that
 * decide their column of the permission matrix. Resolved once per request from the path's {@code {enterpriseId}}. The
 * person is the RAMQ registry's behind the username, read with the employee record (null for the operator). A location's
 * connected agenda software (LCGA, R255) acts with no employee record and no person: {@link #lcga} says which location and
 * machine, and its column of the matrix is {@link Clinic#LCGA} on that location's agendas only.
 */
public record Actor(String username, long enterpriseId, Long employeeId, boolean localAdmin, boolean superUser, boolean operator,
                    Long personId, Lcga lcga) {

    /** A location's LCGA (R255): the link it signed in with, its location and the machine identifier RAMQ recorded there. */
    public record Lcga(long linkId, long locationId, String machineId) {
    }

    /** An employee or the operator. */
    public Actor(String username, long enterpriseId, Long employeeId, boolean localAdmin, boolean superUser, boolean operator,
                 Long personId) {
        this(username, enterpriseId, employeeId, localAdmin, superUser, operator, personId, null);
    }

    /** A location's LCGA, named in the audit trail after its machine identifier. */
    public static Actor lcga(long enterpriseId, Lcga lcga) {
        return new Actor("LCGA " + lcga.machineId(), enterpriseId, null, false, false, false, null, lcga);
    }

    /** The operator, a local administrator or a super user: who manages the enterprise's records. */
    public boolean manager() {
        return operator || localAdmin || superUser;
    }

    public boolean isLcga() {
        return lcga != null;
    }

    /** Who an appointment records as its author (R189, R255): the LCGA, or an employee (staff book as EMPLOYEE). */
    public String authorKind() {
        return isLcga() ? "LCGA" : "EMPLOYEE";
    }
}
