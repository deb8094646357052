/**
 * What patients are told about their appointments (guide §3.3, §3.5, annex SMS; spec §2.18, R187, R194-R203): owns
 * {@code appointment_notice} (the outbox of confirmations, reminders, modifications, cancellations and no-show messages,
 * written in the booking's transaction from {@link org.vigie.scheduling.booking.AppointmentChanged}), and the local gateways'
 * {@code sms_message}, {@code sms_opt_out} and {@code voice_call}. Publishes the gateways ({@link
 * org.vigie.scheduling.notices.MailGateway}, {@link org.vigie.scheduling.notices.SmsGateway}, {@link
 * org.vigie.scheduling.notices.CallGateway}), the messages of an appointment ({@link
 * org.vigie.scheduling.notices.AppointmentMessages}) and the drain ({@link org.vigie.scheduling.notices.NoticeDrain}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling: notices")
package org.vigie.scheduling.notices;
