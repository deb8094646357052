package org.vigie.scheduling.notices;

/** Places an automated call that reads the script; throws when it could not. */
public interface CallGateway {
    /**
     * @param phone E.164
     * @param notice the message's id in the outbox
     */
    void call(String phone, String script, Long notice);
}
