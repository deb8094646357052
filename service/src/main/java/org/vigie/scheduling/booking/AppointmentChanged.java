package org.vigie.scheduling.booking;

import java.time.Instant;

/**
 * What happened to an appointment, published inside the transaction that changed it, so that a listener ({@code @EventListener},
 * not after commit) writes in that transaction: the notices' outbox holds its messages exactly when the change is committed.
 *
 * @param before the appointment as it was (null for a booking)
 * @param at when it happened (the service's clock)
 */
public record AppointmentChanged(Change change, AppointmentFacts appointment, AppointmentFacts before, Instant at) {

    /** BOOKED: created; MODIFIED: fields other than the period; MOVED: date, time, professional or location; ATTENDANCE. */
    public enum Change { BOOKED, MODIFIED, MOVED, CANCELLED, ATTENDANCE }
}
