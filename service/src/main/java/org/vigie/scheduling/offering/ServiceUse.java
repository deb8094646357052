package org.vigie.scheduling.offering;

import java.time.Instant;

/**
 * What offering asks of the slots that use its services, before it deletes one (R77): published here and answered by
 * the module that owns the slots, so that the services do not depend on the slots that depend on them.
 */
public interface ServiceUse {
    /** How many slots offering the service end after {@code now}: future ones, and the one running now (§9 A4). */
    long futureSlotsOffering(long serviceId, Instant now);
}
