package org.vigie.scheduling.notices;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SMS of the short code, out and in ({@code sms_message}), and the numbers that texted ARRÊT ({@code sms_opt_out}). */
@Repository
class SmsLog {
    private final JdbcClient jdbc;

    SmsLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(String direction, String phone, String shortCode, String body, Long notice, Instant at) {
        jdbc.sql("INSERT INTO sms_message (direction, phone, short_code, body, notice_id, at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(direction, phone, shortCode, body.substring(0, Math.min(body.length(), 1000)), notice, Timestamp.from(at)).update();
    }

    /** Those of the numbers that texted ARRÊT. */
    Set<String> optedOut(Set<String> phones) {
        if (phones.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT phone FROM sms_opt_out WHERE phone IN (:phones)").param("phones", phones).query(String.class).list());
    }

    void optOut(String phone, Instant at) {
        jdbc.sql("INSERT IGNORE INTO sms_opt_out (phone, since) VALUES (?, ?)").params(phone, Timestamp.from(at)).update();
    }

    void optIn(String phone) {
        jdbc.sql("DELETE FROM sms_opt_out WHERE phone = ?").param(phone).update();
    }

    void recordCall(String phone, String script, Long notice, Instant at) {
        jdbc.sql("INSERT INTO voice_call (phone, script, notice_id, at) VALUES (?, ?, ?, ?)")
                .params(phone, script.substring(0, Math.min(script.length(), 2000)), notice, Timestamp.from(at)).update();
    }
}
