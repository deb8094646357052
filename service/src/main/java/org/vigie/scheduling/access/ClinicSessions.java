package org.vigie.scheduling.access;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The clinic users' sessions (table {@code clinic_session}), kept in the database so that every instance of the service
 * knows them. Only the SHA-256 of a token is kept.
 */
@Repository
class ClinicSessions {
    private static final String SELECT = "SELECT id, account_id, ramq_id, enterprise_id, mode, started_at, last_seen_at, ended_at"
            + " FROM clinic_session WHERE ";

    private final JdbcClient jdbc;

    ClinicSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Session(long id, long accountId, String ramqId, long enterpriseId, String mode, Instant startedAt, Instant lastSeenAt,
                   Instant endedAt) {
    }

    void open(String tokenHash, long accountId, String ramqId, long enterpriseId, String mode, Instant now) {
        jdbc.sql("INSERT INTO clinic_session (token_hash, account_id, ramq_id, enterprise_id, mode, started_at, last_seen_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(tokenHash, accountId, ramqId, enterpriseId, mode, Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    Optional<Session> byTokenHash(String tokenHash) {
        return find("token_hash = ?", tokenHash);
    }

    Optional<Session> byId(long id) {
        return find("id = ?", id);
    }

    /** Records a request made with a session still open. */
    void seen(long id, Instant now) {
        jdbc.sql("UPDATE clinic_session SET last_seen_at = ? WHERE id = ? AND ended_at IS NULL").params(Timestamp.from(now), id).update();
    }

    void mode(long id, String mode, Instant now) {
        jdbc.sql("UPDATE clinic_session SET mode = ?, last_seen_at = ? WHERE id = ?").params(mode, Timestamp.from(now), id).update();
    }

    /** Ends a session still open, with why; an ended one keeps its first end. */
    void end(long id, String reason, Instant now) {
        jdbc.sql("UPDATE clinic_session SET ended_at = ?, end_reason = ? WHERE id = ? AND ended_at IS NULL")
                .params(Timestamp.from(now), reason, id).update();
    }

    private Optional<Session> find(String where, Object key) {
        return jdbc.sql(SELECT + where).param(key)
                .query((rs, n) -> new Session(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant(),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()))
                .optional();
    }
}
