package org.vigie.scheduling.lcga;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The connected agenda software's sessions ({@code lcga_session}), kept in the database so that every instance of the service
 * knows them. Only the SHA-256 of a token is kept.
 */
@Repository
class LcgaSessions {
    private static final String SELECT = "SELECT id, link_id, started_at, last_seen_at, ended_at FROM lcga_session WHERE ";

    private final JdbcClient jdbc;

    LcgaSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record LcgaSession(long id, long linkId, Instant startedAt, Instant lastSeenAt, Instant endedAt) {
    }

    void open(String tokenHash, long linkId, Instant now) {
        jdbc.sql("INSERT INTO lcga_session (token_hash, link_id, started_at, last_seen_at) VALUES (?, ?, ?, ?)")
                .params(tokenHash, linkId, Timestamp.from(now), Timestamp.from(now)).update();
    }

    Optional<LcgaSession> byTokenHash(String tokenHash) {
        return find("token_hash = ?", tokenHash);
    }

    Optional<LcgaSession> byId(long id) {
        return find("id = ?", id);
    }

    void seen(long id, Instant now) {
        jdbc.sql("UPDATE lcga_session SET last_seen_at = ? WHERE id = ? AND ended_at IS NULL").params(Timestamp.from(now), id).update();
    }

    /** Ends a session still open, with why; an ended one keeps its first end. */
    void end(long id, String reason, Instant now) {
        jdbc.sql("UPDATE lcga_session SET ended_at = ?, end_reason = ? WHERE id = ? AND ended_at IS NULL")
                .params(Timestamp.from(now), reason, id).update();
    }

    /** Ends every open session of a location's links: its secret was reissued or revoked. */
    void endAllOfLocation(long locationId, String reason, Instant now) {
        jdbc.sql("UPDATE lcga_session SET ended_at = ?, end_reason = ? WHERE ended_at IS NULL"
                        + " AND link_id IN (SELECT id FROM lcga_link WHERE location_id = ?)")
                .params(Timestamp.from(now), reason, locationId).update();
    }

    private Optional<LcgaSession> find(String where, Object key) {
        return jdbc.sql(SELECT + where).param(key)
                .query((rs, n) -> new LcgaSession(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .optional();
    }
}
