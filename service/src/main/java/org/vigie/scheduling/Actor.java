package org.vigie.scheduling;

/**
 * The caller acting in an enterprise: their employee record (none for the provincial operator) and the profiles that
 * decide their column of the permission matrix. Resolved once per request from the path's {@code {enterpriseId}}. The
 * person is the RAMQ registry's behind the username, read with the employee record (null for the operator).
 */
public record Actor(String username, long enterpriseId, Long employeeId, boolean localAdmin, boolean superUser, boolean operator,
                    Long personId) {
    /** The operator, a local administrator or a super user: who manages the enterprise's records. */
    public boolean manager() {
        return operator || localAdmin || superUser;
    }
}
