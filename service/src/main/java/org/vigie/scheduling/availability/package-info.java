/**
 * The professionals' availability slots (guide §3.4): owns {@code availability_slot} and {@code availability_slot_service},
 * and answers offering's {@link org.vigie.scheduling.offering.ServiceUse} from them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling: availability")
package org.vigie.scheduling.availability;
