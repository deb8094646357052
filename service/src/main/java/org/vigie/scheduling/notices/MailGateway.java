package org.vigie.scheduling.notices;

/** Sends an e-mail; throws when it could not (the message then waits and is tried again). */
public interface MailGateway {
    void send(String to, String subject, String html);
}
