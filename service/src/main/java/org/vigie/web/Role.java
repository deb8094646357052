package org.vigie.web;

/** Who a caller is to the service. */
public enum Role {
    /** A regulated professional: sees and declares only their own data. */
    MEMBER,
    /** A regulator's staff: sees and decides only for their own regulator's members. */
    STAFF,
    /** Runs the service: every regulator; for clinic scheduling, the provincial operator (RAMQ). */
    ADMIN,
    /** A clinic employee (scheduling), signed in with their RAMQ identifier; what they may do depends on the enterprise. */
    CLINIC,
    /**
     * A location's connected agenda software (LCGA, scheduling R255), signed in with the location's unique identifier, the machine
     * identifier RAMQ recorded on it and the location's connection secret; it acts for that location only.
     */
    LCGA
}
