package org.vigie.scheduling;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail: who changed what, when, for every write of clinic scheduling, in the write's own
 * transaction; local administrators and super users read it.
 */
@RestController
@Tag(name = "Clinic scheduling")
public class ClinicAudit {
    private final JdbcClient jdbc;
    private final Clinic clinic;
    private final Clock clock;

    ClinicAudit(JdbcClient jdbc, Clinic clinic, Clock clock) {
        this.jdbc = jdbc;
        this.clinic = clinic;
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

    public List<Entry> of(long enterpriseId, int limit) {
        return jdbc.sql("SELECT id, actor, action, target, details, at FROM clinic_audit WHERE enterprise_id = ? ORDER BY id DESC LIMIT ?")
                .params(enterpriseId, limit)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    @GetMapping("/api/clinic/enterprises/{enterpriseId}/audit")
    @Operation(summary = "The audit trail: who changed what, when, newest first (local administrators and super users)")
    public List<ClinicAudit.Entry> auditTrail(@PathVariable long enterpriseId, @RequestParam(defaultValue = "200") int limit) {
        Actor actor = clinic.actor(enterpriseId);
        clinic.require(actor, "audit.read");
        return of(enterpriseId, Math.max(1, Math.min(limit, 1000)));
    }
}
