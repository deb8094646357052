package org.vigie.scheduling.availability;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A new slot as a click in the agenda proposes it (R99-R101), for the user to adjust and save. */
record SlotProposal(LocalDate date, LocalTime startTime, LocalTime endTime, Long locationId, List<Long> serviceIds) {
}
