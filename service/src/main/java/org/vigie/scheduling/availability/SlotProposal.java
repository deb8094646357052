package org.vigie.scheduling.availability;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;

/** A new slot as a click in the agenda proposes it (R99-R101), for the user to adjust and save. */
record SlotProposal(LocalDate date, @JsonFormat(pattern = "HH:mm") LocalTime startTime, @JsonFormat(pattern = "HH:mm") LocalTime endTime,
                    Long locationId, List<Long> serviceIds) {
}
