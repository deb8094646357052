package org.vigie.scheduling.availability;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The agenda feeds ({@code agenda_feed}), each kept with its token's SHA-256 only, never the token. */
@Repository
class FeedTokens {
    private static final String COLUMNS = "id, enterprise_id, professional_id, location_id, created_by, created_at";

    private final JdbcClient jdbc;

    FeedTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A feed as stored: whose agenda, at which location (null: all the professional's), made by whom and when. */
    record Feed(long id, long enterpriseId, long professionalId, Long locationId, String createdBy, Instant createdAt) {
    }

    long add(String tokenHash, long enterpriseId, long professionalId, Long locationId, String createdBy, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO agenda_feed (token_hash, enterprise_id, professional_id, location_id, created_by, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(tokenHash, enterpriseId, professionalId, locationId, createdBy, Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The feed behind a token, unless it was revoked. */
    Optional<Feed> active(String tokenHash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM agenda_feed WHERE token_hash = ? AND revoked_at IS NULL")
                .param(tokenHash).query(this::feed).optional();
    }

    /** The professional's feeds not revoked, by creation; only those of {@code createdBy} unless it is null. */
    List<Feed> activeOf(long enterpriseId, long professionalId, String createdBy) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM agenda_feed WHERE professional_id = ? AND enterprise_id = ? AND revoked_at IS NULL"
                        + " AND (? IS NULL OR created_by = ?) ORDER BY id")
                .params(professionalId, enterpriseId, createdBy, createdBy).query(this::feed).list();
    }

    /** A feed of the professional not revoked yet, its row locked so that it is revoked once. */
    Optional<Feed> lockActive(long enterpriseId, long professionalId, long feedId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM agenda_feed WHERE id = ? AND professional_id = ? AND enterprise_id = ?"
                        + " AND revoked_at IS NULL FOR UPDATE")
                .params(feedId, professionalId, enterpriseId).query(this::feed).optional();
    }

    void revoke(long feedId, String revokedBy, Instant now) {
        jdbc.sql("UPDATE agenda_feed SET revoked_at = ?, revoked_by = ? WHERE id = ?").params(Timestamp.from(now), revokedBy, feedId).update();
    }

    private Feed feed(ResultSet rs, int row) throws SQLException {
        long location = rs.getLong(4);
        Long locationId = rs.wasNull() ? null : location;
        return new Feed(rs.getLong(1), rs.getLong(2), rs.getLong(3), locationId, rs.getString(5), rs.getTimestamp(6).toInstant());
    }
}
