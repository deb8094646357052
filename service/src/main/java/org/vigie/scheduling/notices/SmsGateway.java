package org.vigie.scheduling.notices;

import java.util.List;

/** Sends SMS from the short code (R201), one per part, in order; throws when it could not. */
public interface SmsGateway {
    /**
     * @param phone E.164
     * @param notice the message's id in the outbox, null for an automatic reply
     */
    void send(String phone, List<String> parts, Long notice);
}
