package org.vigie.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reset links issued, each kept only as its token's SHA-256 with its account, expiry and use. */
@Repository
class PasswordResetTokens {
    private final JdbcClient jdbc;

    PasswordResetTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String tokenHash, long accountId, Instant now, Instant expiresAt) {
        jdbc.sql("INSERT INTO password_reset (token_hash, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)")
                .params(tokenHash, accountId, Timestamp.from(now), Timestamp.from(expiresAt)).update();
    }

    /** The account of a link still unused and unexpired, locked so that it is used once even when sent twice at once. */
    Optional<Long> lockUsable(String tokenHash, Instant now) {
        return jdbc.sql("SELECT account_id FROM password_reset WHERE token_hash = ? AND used_at IS NULL AND expires_at > ? FOR UPDATE")
                .params(tokenHash, Timestamp.from(now)).query(Long.class).optional();
    }

    /** Whether a link is still unused and unexpired, without locking it: what the page shows before the new password is sent. */
    boolean usable(String tokenHash, Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM password_reset WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?")
                .params(tokenHash, Timestamp.from(now)).query(Long.class).single() > 0;
    }

    void markUsed(String tokenHash, Instant now) {
        jdbc.sql("UPDATE password_reset SET used_at = ? WHERE token_hash = ?").params(Timestamp.from(now), tokenHash).update();
    }
}
