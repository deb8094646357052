/**
 * The professionals' availability slots (guide §3.4): owns {@code availability_slot} and {@code availability_slot_service}
 * (repository {@code Slots}), and answers offering's {@link org.vigie.scheduling.offering.ServiceUse} from them. A slot keeps
 * its local date and times in its location's zone as the truth and its UTC instants for the queries (§9 A23); the
 * combinations it may hold are rules of rules/scheduling ({@code slots.drl}). Reads offering through
 * {@link org.vigie.scheduling.offering.OfferedServices} and people through {@link org.vigie.scheduling.people.ClinicDirectory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling: availability")
package org.vigie.scheduling.availability;
