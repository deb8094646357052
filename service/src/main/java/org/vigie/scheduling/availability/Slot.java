package org.vigie.scheduling.availability;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A slot as {@link Slots} stores it: its local date and times are the truth (§9 A23), {@code startsAt}/{@code endsAt} their
 * instants in the zone of its location (the service's zone without one), each computed by {@code Weeks.instant}.
 */
record Slot(long id, long professionalId, Long locationId, LocalDate date, LocalTime startTime, LocalTime endTime, Instant startsAt,
            Instant endsAt, Visibility visibility, Instant publishFrom, List<Long> serviceIds) {
    /** R95: complete when its location, services and type are all set. */
    boolean complete() {
        return locationId != null && visibility != null && !serviceIds.isEmpty();
    }

    /** Past once it has ended (§9 A4): a running slot is not past. */
    boolean pastAt(Instant now) {
        return !endsAt.isAfter(now);
    }
}
