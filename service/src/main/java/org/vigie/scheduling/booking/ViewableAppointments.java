package org.vigie.scheduling.booking;

import org.vigie.scheduling.Actor;

/** Whether the actor may see an appointment, for the parts that show what belongs to one (its messages): booking decides. */
public interface ViewableAppointments {
    /** Returns when the appointment is of the actor's enterprise (404 otherwise) and on an agenda they may view (403 otherwise). */
    void require(Actor actor, long appointmentId);
}
