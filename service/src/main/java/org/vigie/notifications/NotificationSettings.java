package org.vigie.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from the sender address of notifications
 * @param relayInterval how often the outbox is read and pending mail sent
 * @param maxAttempts after this many failures a message is left for an operator (it stays in the outbox)
 */
@ConfigurationProperties("vigie.notifications")
public record NotificationSettings(@DefaultValue("formation@vigie.local") String from,
                                   @DefaultValue("5s") Duration relayInterval, @DefaultValue("20") int maxAttempts) {
}
