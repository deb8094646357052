package org.vigie.scheduling;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The audit trail: who changed what, when, for every write of clinic scheduling, in the write's own transaction. */
@Component
class ClinicAudit {
    private final JdbcClient jdbc;
    private final Clock clock;

    ClinicAudit(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Entry(long id, String actor, String action, String target, String details, Instant at) {
    }

    void record(Clinic.Actor actor, String action, String target, String details) {
        jdbc.sql("INSERT INTO clinic_audit (enterprise_id, actor, action, target, details, at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(actor.enterpriseId(), actor.username(), action, target,
                        details == null ? null : details.substring(0, Math.min(details.length(), 2000)), Timestamp.from(clock.instant()))
                .update();
    }

    List<Entry> of(long enterpriseId, int limit) {
        return jdbc.sql("SELECT id, actor, action, target, details, at FROM clinic_audit WHERE enterprise_id = ? ORDER BY id DESC LIMIT ?")
                .params(enterpriseId, limit)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }
}
