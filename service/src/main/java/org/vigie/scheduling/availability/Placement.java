package org.vigie.scheduling.availability;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** A checked slot, ready to be written: where and when, in which zone, its instants, type, "from" moment and services (R105 expanded). */
record Placement(LocalDate date, LocalTime startTime, LocalTime endTime, Long locationId, ZoneId zone, Instant startsAt, Instant endsAt,
                 Visibility visibility, Instant publishFrom, List<Long> serviceIds) {
}
