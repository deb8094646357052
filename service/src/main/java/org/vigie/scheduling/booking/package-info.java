/**
 * Appointments (guide §3.5): owns {@code clinic_appointment} (repository {@code Appointments}). An appointment stores its
 * professional, location, start and duration and no link to a slot: "in a slot" is derived (R117), so slot operations never
 * write one. Publishes {@link org.vigie.scheduling.booking.AgendaAppointments} for the agenda's reads. Booking, holds,
 * moves and cancellations arrive with the appointments issue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling: booking")
package org.vigie.scheduling.booking;
