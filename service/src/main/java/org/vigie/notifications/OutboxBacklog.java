package org.vigie.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mail outbox as operators watch it, read from the database when the metrics are scraped (every instance sees the same
 * rows): {@code vigie.outbox.backlog}, the messages not sent that will still be tried, and {@code vigie.outbox.oldest.due.age},
 * the seconds the oldest of them whose attempt time has come has waited (0 when none). Messages past their last attempt
 * are {@code vigie.outbox.abandoned}: an operator's to look at.
 */
@Component
class OutboxBacklog {
    private final JdbcClient jdbc;
    private final NotificationSettings settings;
    private final Clock clock;

    OutboxBacklog(JdbcClient jdbc, NotificationSettings settings, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
        Gauge.builder("vigie.outbox.backlog", this, OutboxBacklog::backlog)
                .description("Mail messages waiting in the outbox (not sent, attempts left)").register(meters);
        Gauge.builder("vigie.outbox.oldest.due.age", this, OutboxBacklog::oldestDueAge).baseUnit("seconds")
                .description("Seconds the oldest due mail message has waited in the outbox (0 when none is due)").register(meters);
        Gauge.builder("vigie.outbox.abandoned", this, OutboxBacklog::abandoned)
                .description("Mail messages left in the outbox after their last attempt").register(meters);
    }

    double backlog() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE sent_at IS NULL AND attempts < ?").param(settings.maxAttempts())
                .query(Long.class).single();
    }

    double abandoned() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE sent_at IS NULL AND attempts >= ?").param(settings.maxAttempts())
                .query(Long.class).single();
    }

    /** How long the oldest message whose attempt time has come has waited since it was queued. */
    double oldestDueAge() {
        Instant now = clock.instant();
        Timestamp oldest = jdbc.sql("SELECT MIN(created_at) FROM outbox_message WHERE sent_at IS NULL AND attempts < ?"
                        + " AND next_attempt_at <= ?")
                .params(settings.maxAttempts(), Timestamp.from(now)).query(Timestamp.class).optional().orElse(null);
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), now).toSeconds());
    }
}
