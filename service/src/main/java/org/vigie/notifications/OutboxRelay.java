package org.vigie.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds. Each message is claimed with a conditional update before sending,
 * so several service instances on one database never send the same message twice; a failed send
 * is retried later with a growing delay (the outboxes' {@link NotificationSettings.Retry}).
 */
@Component
class OutboxRelay {
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration CLAIM = Duration.ofMinutes(2);
    private static final int BATCH = 20;

    private final JdbcClient jdbc;
    private final JavaMailSender mail;
    private final NotificationSettings settings;
    private final Clock clock;
    private final String instance = UUID.randomUUID().toString();

    OutboxRelay(JdbcClient jdbc, JavaMailSender mail, NotificationSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.settings = settings;
        this.clock = clock;
    }

    record Pending(long id, String recipient, String subject, String body, int attempts) {
    }

    @Scheduled(fixedDelayString = "${vigie.notifications.relay-interval:5s}")
    void relay() {
        Timestamp now = Timestamp.from(clock.instant());
        List<Pending> pending = jdbc.sql("SELECT id, recipient, subject, body, attempts FROM outbox_message"
                        + " WHERE sent_at IS NULL AND attempts < ? AND next_attempt_at <= ?"
                        + " AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY id LIMIT " + BATCH)
                .params(settings.maxAttempts(), now, now)
                .query(Pending.class).list();
        for (Pending message : pending) {
            if (claim(message.id())) {
                send(message);
            }
        }
    }

    /** The server could not be reached or did not answer in time: the mail waits, nothing is wrong with it. */
    private static boolean unanswered(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof java.net.SocketTimeoutException
                    || t instanceof java.net.UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    /** The SMTP server as configured, host:port, for the operator reading the line. */
    private String server() {
        return mail instanceof org.springframework.mail.javamail.JavaMailSenderImpl impl ? impl.getHost() + ":" + impl.getPort() : "(unknown)";
    }

    private boolean claim(long id) {
        Instant now = clock.instant();
        return jdbc.sql("UPDATE outbox_message SET claimed_by = ?, claimed_until = ? WHERE id = ? AND sent_at IS NULL"
                        + " AND (claimed_until IS NULL OR claimed_until < ?)")
                .params(instance, Timestamp.from(now.plus(CLAIM)), id, Timestamp.from(now))
                .update() == 1;
    }

    private void send(Pending message) {
        try {
            SimpleMailMessage email = new SimpleMailMessage();
            email.setFrom(settings.from());
            email.setTo(message.recipient());
            email.setSubject(message.subject());
            email.setText(message.body());
            mail.send(email);
            jdbc.sql("UPDATE outbox_message SET sent_at = ?, claimed_until = NULL WHERE id = ? AND claimed_by = ?")
                    .params(Timestamp.from(clock.instant()), message.id(), instance).update();
        } catch (RuntimeException e) {
            int attempts = message.attempts() + 1;
            Instant retryAt = clock.instant().plus(settings.retry().after(attempts));
            if (attempts >= settings.maxAttempts()) {
                log.error("Mail {} left in the outbox after its last attempt ({}): an operator's to look at; {}", message.id(),
                        attempts, e.getMessage());
            } else if (unanswered(e)) {
                log.warn("Mail {} waits in the outbox: the mail server {} does not answer ({}); attempt {} of {}, next at {}",
                        message.id(), server(), rootCause(e), attempts, settings.maxAttempts(), retryAt);
            } else {
                log.warn("Mail {} not sent (attempt {} of {}, next at {}): {}", message.id(), attempts, settings.maxAttempts(), retryAt,
                        e.getMessage());
            }
            String error = String.valueOf(e.getMessage());
            jdbc.sql("UPDATE outbox_message SET attempts = ?, next_attempt_at = ?, claimed_by = NULL, claimed_until = NULL,"
                            + " last_error = ? WHERE id = ? AND claimed_by = ?")
                    .params(attempts, Timestamp.from(retryAt), error.substring(0, Math.min(error.length(), 1000)),
                            message.id(), instance)
                    .update();
        }
    }
}
