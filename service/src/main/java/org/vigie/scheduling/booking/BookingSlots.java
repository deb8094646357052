package org.vigie.scheduling.booking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The slots a booking falls in, published here and answered by the module that owns them ({@code availability}), so that
 * booking names no slot table and the two modules do not depend on each other in a circle. A slot keeps its local date and
 * times as the truth (§9 A23), so "inside" is read on them.
 */
public interface BookingSlots {
    /** The professional's slots on the date that enclose [start, end] (end null: the start alone), complete or not. */
    List<EnclosingSlot> enclosing(long enterpriseId, long professionalId, LocalDate date, LocalTime start, LocalTime end);

    /**
     * Takes the professional's agenda lock (the one their week-wide slot writes take) until the transaction ends: the holds and
     * bookings of one professional then run one after the other, and a locking read after it sees what the previous one wrote
     * (a colleague's hold for M16, R172). Taken first, and for two professionals in the order of their ids.
     */
    void lockAgenda(long professionalId);

    /** A slot around an appointment: complete when its location, services and type are set (R95); its local end time. */
    record EnclosingSlot(long id, Long locationId, boolean complete, List<Long> serviceIds, LocalTime endTime) {
    }
}
