package org.vigie.notifications;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Queues an e-mail in the outbox, in the caller's transaction: the notification exists exactly when
 * the change it announces was committed, and it waits there while the mail server is down.
 */
@Component
public class Notifications {
    private final JdbcClient jdbc;
    private final Clock clock;

    Notifications(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void queue(String recipient, String subject, String body) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("INSERT INTO outbox_message (recipient, subject, body, created_at, next_attempt_at, attempts)"
                        + " VALUES (?, ?, ?, ?, ?, 0)")
                .params(recipient, subject, body, now, now)
                .update();
    }
}
