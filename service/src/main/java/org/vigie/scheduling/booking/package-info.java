/**
 * Appointments (guide §3.5): owns {@code clinic_appointment} (repository {@code Appointments}), the reference counter
 * {@code appointment_reference} and the staff holds {@code clinic_hold} (repository {@code Holds}). Staff book, read, search,
 * modify, move and cancel appointments and set their attendance ({@code Booking}, {@code AppointmentReads},
 * {@code AppointmentChanges}), hold a period while they book it ({@code HoldKeeping}); every write runs in
 * {@link org.vigie.scheduling.Transactions} (retried whole on a deadlock) and publishes
 * {@link org.vigie.scheduling.booking.AppointmentChanged} inside its transaction. An appointment stores its professional,
 * location, start and duration and no link to a slot: "in a slot" is derived (R117) through
 * {@link org.vigie.scheduling.booking.BookingSlots}, which availability answers. Publishes
 * {@link org.vigie.scheduling.booking.AgendaAppointments} for the agenda's reads. Reads people through
 * {@link org.vigie.scheduling.people.ClinicDirectory}, patients through {@link org.vigie.scheduling.patients.PatientRegistry},
 * services through {@link org.vigie.scheduling.offering.OfferedServices}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling: booking")
package org.vigie.scheduling.booking;
