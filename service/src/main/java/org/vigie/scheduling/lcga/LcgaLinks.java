package org.vigie.scheduling.lcga;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The links of locations to their connected agenda software ({@code lcga_link}): a secret, of which only the SHA-256 is kept,
 * bound to the machine identifier of the location when it was issued. A location has at most one live link: issuing a new one
 * revokes the previous, in the same transaction.
 */
@Repository
class LcgaLinks {
    private static final String SELECT = "SELECT id, enterprise_id, location_id, machine_id, issued_at, issued_by, revoked_at"
            + " FROM lcga_link WHERE ";

    private final JdbcClient jdbc;

    LcgaLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Link(long id, long enterpriseId, long locationId, String machineId, Instant issuedAt, String issuedBy, Instant revokedAt) {
        boolean live() {
            return revokedAt == null;
        }
    }

    long insert(long enterpriseId, long locationId, String machineId, String secretHash, String by, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO lcga_link (enterprise_id, location_id, machine_id, secret_hash, issued_at, issued_by) VALUES (?, ?, ?, ?, ?, ?)")
                .params(enterpriseId, locationId, machineId, secretHash, Timestamp.from(now), by)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * The location's live link. Linking reads it under the location's row lock (ClinicDirectory.lockedLcgaLocation), so two
     * issues of one location follow each other; uk_lcga_link_live_location backs it.
     */
    Optional<Link> liveOf(long locationId) {
        return find("live_location_id = ?", locationId);
    }

    Optional<Link> bySecretHash(String secretHash) {
        return find("secret_hash = ?", secretHash);
    }

    Optional<Link> byId(long id) {
        return find("id = ?", id);
    }

    /** Revokes the location's live links (one at most). */
    int revoke(long locationId, String by, Instant now) {
        return jdbc.sql("UPDATE lcga_link SET revoked_at = ?, revoked_by = ? WHERE location_id = ? AND revoked_at IS NULL")
                .params(Timestamp.from(now), by, locationId).update();
    }

    private Optional<Link> find(String where, Object key) {
        return jdbc.sql(SELECT + where).param(key)
                .query((rs, n) -> new Link(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getTimestamp(5).toInstant(),
                        rs.getString(6), rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
                .optional();
    }
}
