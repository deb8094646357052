package org.vigie.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from the sender address of notifications
 * @param relayInterval how often the outbox is read and pending mail sent
 * @param maxAttempts after this many failures a message is left for an operator (it stays in the outbox)
 * @param retry how long a message waits after a failed send: in this outbox and in the appointment messages' alike
 */
@ConfigurationProperties("vigie.notifications")
public record NotificationSettings(@DefaultValue("formation@vigie.local") String from,
                                   @DefaultValue("5s") Duration relayInterval, @DefaultValue("20") int maxAttempts,
                                   @DefaultValue Retry retry) {
    /**
     * The outboxes' one retry curve: {@code first} after the first failure, doubled at each failure after it, never more than
     * {@code last} (a long outage is retried at that pace until the message is given up).
     */
    public record Retry(@DefaultValue("30s") Duration first, @DefaultValue("1h") Duration last) {
        /** The wait after the {@code failures}-th failed send: 30 s, 1 min, 2 min… up to an hour by default. */
        public Duration after(int failures) {
            Duration delay = first.multipliedBy(1L << Math.min(Math.max(failures, 1) - 1, 20));
            return delay.compareTo(last) > 0 ? last : delay;
        }
    }
}
