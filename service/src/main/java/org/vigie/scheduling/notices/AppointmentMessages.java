package org.vigie.scheduling.notices;

import java.time.Instant;
import java.util.List;

/** The messages of an appointment, sent, waiting or dropped, for the clinic's view of it: the published read of notices. */
public interface AppointmentMessages {
    /** By due time then id; empty for an appointment of another enterprise. */
    List<AppointmentMessage> of(long enterpriseId, long appointmentId);

    /**
     * @param kind CONFIRMATION, REMINDER_3D, REMINDER_1D, MODIFICATION, CANCELLATION or NO_SHOW
     * @param channel EMAIL, SMS or VOICE_CALL
     * @param recipient masked: « j***@example.org », « +1******0100 »
     * @param status PENDING, SENT, CANCELLED or EXPIRED
     * @param subject the e-mail's subject, null for SMS and calls
     * @param body as rendered when it was written: HTML for an e-mail, one line per SMS part, a call's script
     */
    record AppointmentMessage(long id, String kind, String channel, String language, String recipient, Instant dueAt, String status,
                              Instant sentAt, String subject, String body) {
        @Override
        public String toString() {
            return "AppointmentMessage[id=" + id + ", kind=" + kind + ", channel=" + channel + ", status=" + status + "]";
        }
    }
}
