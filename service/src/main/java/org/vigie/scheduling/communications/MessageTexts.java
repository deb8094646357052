package org.vigie.scheduling.communications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The custom availability-screen messages ({@code clinic_message_text}), per type, language and scope: a location's id,
 * or {@link #ENTERPRISE} for the whole enterprise.
 */
@Repository
class MessageTexts {
    /** The scope of the enterprise's own text, which a location's overrides. */
    static final long ENTERPRISE = 0;

    private final JdbcClient jdbc;

    MessageTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The text saved at exactly this scope; empty when none was, or when an empty one was (back to the default). */
    Optional<String> at(long enterpriseId, String messageType, long scope, String language) {
        return jdbc.sql("SELECT html FROM clinic_message_text WHERE enterprise_id = ? AND message_type = ? AND location_id = ? AND language = ?")
                .params(enterpriseId, messageType, scope, language).query(String.class).optional();
    }

    void save(long enterpriseId, String messageType, long scope, String language, String html, String by, Instant at) {
        jdbc.sql("DELETE FROM clinic_message_text WHERE enterprise_id = ? AND message_type = ? AND location_id = ? AND language = ?")
                .params(enterpriseId, messageType, scope, language).update();
        jdbc.sql("INSERT INTO clinic_message_text (enterprise_id, message_type, location_id, language, html, updated_by, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(enterpriseId, messageType, scope, language, html, by, Timestamp.from(at)).update();
    }
}
