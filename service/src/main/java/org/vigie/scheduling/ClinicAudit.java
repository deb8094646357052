package org.vigie.scheduling;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.vigie.web.Paged;

/**
 * The audit trail: who changed what, when, for every write of clinic scheduling, in the write's own
 * transaction; local administrators and super users read it ({@link AuditTrailController}).
 */
@Repository
public class ClinicAudit {
    private final JdbcClient jdbc;
    private final Clock clock;

    ClinicAudit(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Entry(long id, String actor, String action, String target, String details, Instant at) {
    }

    public void record(Actor actor, String action, String target, String details) {
        record(actor.username(), actor.enterpriseId(), action, target, details);
    }

    public void record(String actor, long enterpriseId, String action, String target, String details) {
        jdbc.sql("INSERT INTO clinic_audit (enterprise_id, actor, action, target, details, at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(enterpriseId, actor, action, target,
                        details == null ? null : details.substring(0, Math.min(details.length(), 2000)), Timestamp.from(clock.instant()))
                .update();
    }

    /** The enterprise's entries, newest first. */
    public Paged<Entry> of(long enterpriseId, PageRequest page) {
        long total = jdbc.sql("SELECT COUNT(*) FROM clinic_audit WHERE enterprise_id = ?").param(enterpriseId).query(Long.class).single();
        List<Entry> entries = jdbc.sql("SELECT id, actor, action, target, details, at FROM clinic_audit WHERE enterprise_id = ?"
                        + " ORDER BY id DESC LIMIT ? OFFSET ?")
                .params(enterpriseId, page.getPageSize(), page.getOffset())
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
        return Paged.of(entries, page, total);
    }
}
