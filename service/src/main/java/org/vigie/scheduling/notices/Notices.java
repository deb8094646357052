package org.vigie.scheduling.notices;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.scheduling.notices.AppointmentMessages.AppointmentMessage;

/**
 * The outbox of appointment messages ({@code appointment_notice}): written with the change, claimed by the relays, and read as an
 * appointment's messages (the published {@link AppointmentMessages}).
 */
@Repository
class Notices implements AppointmentMessages {
    private final JdbcClient jdbc;
    private final TransactionTemplate shortTransaction;

    Notices(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.shortTransaction = new TransactionTemplate(transactions);
        this.shortTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        // no gap locks: two relays claiming and expiring side by side lock the rows they take, not the ranges between them
        this.shortTransaction.setIsolationLevel(TransactionTemplate.ISOLATION_READ_COMMITTED);
    }

    record NewNotice(long appointmentId, long enterpriseId, NoticeKind kind, Channel channel, String language, String recipient,
                     String subject, String body, Instant dueAt, Instant expiresAt) {
        @Override
        public String toString() {
            return "NewNotice[appointment=" + appointmentId + ", kind=" + kind + ", channel=" + channel + "]";
        }
    }

    /** A message a relay holds until {@code claimed_until}. */
    record ClaimedNotice(long id, NoticeKind kind, Channel channel, String recipient, String subject, String body, int attempts) {
        @Override
        public String toString() {
            return "ClaimedNotice[id=" + id + ", kind=" + kind + ", channel=" + channel + "]";
        }
    }

    /** The messages of one change, in one statement (none when there are none). */
    void add(List<NewNotice> written, Instant now) {
        if (written.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO appointment_notice (appointment_id, enterprise_id, kind, channel, language,"
                + " recipient, subject, body, due_at, expires_at, status, attempts, next_attempt_at, created_at) VALUES ");
        List<Object> params = new ArrayList<>(written.size() * 12);
        for (NewNotice n : written) {
            sql.append(params.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)");
            params.addAll(Arrays.asList(n.appointmentId(), n.enterpriseId(), n.kind().name(), n.channel().name(), n.language(), n.recipient(),
                    n.subject(), n.body(), Timestamp.from(n.dueAt()), Timestamp.from(n.expiresAt()), Timestamp.from(n.dueAt()),
                    Timestamp.from(now)));
        }
        jdbc.sql(sql.toString()).params(params).update();
    }

    /** The appointment's waiting messages of these kinds are not sent: the change that wrote them is overtaken. */
    int cancelPending(long appointmentId, Collection<NoticeKind> kinds, String why) {
        return jdbc.sql("UPDATE appointment_notice SET status = 'CANCELLED', last_error = :why WHERE appointment_id = :appointment"
                        + " AND status = 'PENDING' AND kind IN (:kinds)")
                .param("why", why).param("appointment", appointmentId).param("kinds", kinds.stream().map(Enum::name).toList()).update();
    }

    /** Messages past their expiry and held by no live claim are dropped, never sent. */
    int expire(Instant now) {
        return shortTransaction.execute(status -> jdbc.sql("UPDATE appointment_notice SET status = 'EXPIRED' WHERE status = 'PENDING'"
                        + " AND expires_at <= ? AND (claimed_until IS NULL OR claimed_until < ?)")
                .params(Timestamp.from(now), Timestamp.from(now)).update());
    }

    /**
     * Takes up to {@code batch} due messages for this claimer, in a short transaction of its own: the rows another relay is
     * claiming at the same moment are skipped (SKIP LOCKED), and a claim holds until {@code until} without holding a lock.
     */
    List<ClaimedNotice> claim(String claimer, Instant now, Instant until, int batch, Set<Channel> skipped) {
        return shortTransaction.execute(status -> {
            String skip = skipped.isEmpty() ? "" : " AND channel NOT IN (" + String.join(", ", skipped.stream().map(c -> "'" + c.name() + "'").toList()) + ")";
            List<ClaimedNotice> claimed = jdbc.sql("SELECT id, kind, channel, recipient, subject, body, attempts FROM appointment_notice"
                            + " WHERE status = 'PENDING' AND next_attempt_at <= ? AND expires_at > ? AND (claimed_until IS NULL OR claimed_until < ?)"
                            + skip + " ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED")
                    .params(Timestamp.from(now), Timestamp.from(now), Timestamp.from(now), batch)
                    .query((rs, n) -> new ClaimedNotice(rs.getLong(1), NoticeKind.valueOf(rs.getString(2)), Channel.valueOf(rs.getString(3)),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7)))
                    .list();
            if (claimed.isEmpty()) {
                return List.of();
            }
            // the rows are locked: what was read is what is claimed, no second read
            jdbc.sql("UPDATE appointment_notice SET claimed_by = :claimer, claimed_until = :until WHERE id IN (:ids)")
                    .param("claimer", claimer).param("until", Timestamp.from(until)).param("ids", claimed.stream().map(ClaimedNotice::id).toList())
                    .update();
            return claimed;
        });
    }

    /** Sent: only by the relay that still holds it and while it still waits (a cancellation in between wins the row). */
    boolean sent(long id, String claimer, Instant at) {
        return jdbc.sql("UPDATE appointment_notice SET status = 'SENT', sent_at = ?, claimed_by = NULL, claimed_until = NULL"
                        + " WHERE id = ? AND claimed_by = ? AND status = 'PENDING'")
                .params(Timestamp.from(at), id, claimer).update() == 1;
    }

    void failed(long id, String claimer, int attempts, Instant retryAt, String error) {
        jdbc.sql("UPDATE appointment_notice SET attempts = ?, next_attempt_at = ?, last_error = ?, claimed_by = NULL, claimed_until = NULL"
                        + " WHERE id = ? AND claimed_by = ?")
                .params(attempts, Timestamp.from(retryAt), error.substring(0, Math.min(error.length(), 1000)), id, claimer).update();
    }

    /** Not sent, for a reason (the number texted ARRÊT, R203): cancelled with it. */
    void dropped(long id, String claimer, String why) {
        jdbc.sql("UPDATE appointment_notice SET status = 'CANCELLED', last_error = ?, claimed_by = NULL, claimed_until = NULL"
                        + " WHERE id = ? AND claimed_by = ? AND status = 'PENDING'")
                .params(why, id, claimer).update();
    }

    /** Hands the message back untried, as it was (its gateway failed on another message of this drain). */
    void release(long id, String claimer) {
        jdbc.sql("UPDATE appointment_notice SET claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ?")
                .params(id, claimer).update();
    }

    record ChannelCount(String channel, long pending, long due, Instant oldestDue) {
    }

    List<ChannelCount> backlog(Instant now) {
        return jdbc.sql("SELECT channel, COUNT(*), SUM(CASE WHEN due_at <= ? THEN 1 ELSE 0 END), MIN(CASE WHEN due_at <= ? THEN due_at END)"
                        + " FROM appointment_notice WHERE status = 'PENDING' GROUP BY channel ORDER BY channel")
                .params(Timestamp.from(now), Timestamp.from(now))
                .query((rs, n) -> new ChannelCount(rs.getString(1), rs.getLong(2), rs.getLong(3),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
                .list();
    }

    @Override
    public List<AppointmentMessage> of(long enterpriseId, long appointmentId) {
        return jdbc.sql("SELECT id, kind, channel, language, recipient, due_at, status, sent_at, subject, body FROM appointment_notice"
                        + " WHERE appointment_id = ? AND enterprise_id = ? ORDER BY due_at, id")
                .params(appointmentId, enterpriseId)
                .query((rs, n) -> new AppointmentMessage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        masked(rs.getString(3), rs.getString(5)), rs.getTimestamp(6).toInstant(), rs.getString(7),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant(), rs.getString(9), rs.getString(10)))
                .list();
    }

    private static String masked(String channel, String recipient) {
        if (!Channel.EMAIL.name().equals(channel)) {
            return Phones.masked(recipient);
        }
        int at = recipient.indexOf('@');
        return at <= 0 ? "***" : recipient.charAt(0) + "***" + recipient.substring(at);
    }
}
