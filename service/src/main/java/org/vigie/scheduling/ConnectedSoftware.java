package org.vigie.scheduling;

import java.util.Optional;

/**
 * The connected agenda software (LCGA, R255) behind a live session, published here and implemented by the module that keeps
 * the links and their sessions ({@code lcga}), so that the root reads none of their tables.
 */
public interface ConnectedSoftware {
    /** The LCGA acting with this session, in its location's enterprise; empty once the session, its link or its machine id ended. */
    Optional<Actor> actor(long sessionId);
}
