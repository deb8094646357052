/**
 * What the clinic tells patients (guide §3.9): the enterprise's and locations' custom e-mail and message texts. Owns
 * {@code clinic_email_text} and {@code clinic_message_text}; publishes {@link org.vigie.scheduling.communications.PatientEmailTexts}
 * for the notices.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling: communications")
package org.vigie.scheduling.communications;
