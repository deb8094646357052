package org.vigie.training;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The leaders' allowance requests, one per activity and programme (the table's unique key), and the federation's decisions. */
@Component
class AllowanceRequests {
    private final JdbcClient jdbc;

    AllowanceRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A request as stored, with its activity's day and its group's regulator. */
    record StoredRequest(long id, long activityId, LocalDate activityDate, String regulator, String program, String region,
                         double consecutiveHours, String status, String requestedBy, Instant requestedAt, String ruleSetVersion,
                         String decidedBy, Instant decidedAt, String decisionReason) {
    }

    /** A new request; its id. A second request for the same activity and programme fails on the unique key. */
    long add(long activityId, String program, String region, BigDecimal consecutiveHours, String status, String by, Timestamp at,
             String ruleSetVersion) {
        jdbc.sql("INSERT INTO training_allowance_request (activity_id, program, region, consecutive_hours, status, requested_by,"
                        + " requested_at, rule_set_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(activityId, program, region, consecutiveHours, status, by, at, ruleSetVersion)
                .update();
        return jdbc.sql("SELECT id FROM training_allowance_request WHERE activity_id = ? AND program = ?")
                .params(activityId, program).query(Long.class).single();
    }

    Optional<StoredRequest> find(long id) {
        return list("r.id = ?", id).stream().findFirst();
    }

    List<StoredRequest> ofActivity(long activityId) {
        return list("r.activity_id = ?", activityId);
    }

    /** The regulator's requests in a status, the nearest activity first. */
    List<StoredRequest> of(String regulator, String status) {
        return list("g.regulator = ? AND r.status = ?", regulator, status);
    }

    /** The request's status, its row locked until the caller's transaction ends. */
    String lockStatus(long id) {
        return jdbc.sql("SELECT status FROM training_allowance_request WHERE id = ? FOR UPDATE").param(id).query(String.class).single();
    }

    void decide(long id, String status, String by, Timestamp at, String reason) {
        jdbc.sql("UPDATE training_allowance_request SET status = ?, decided_by = ?, decided_at = ?, decision_reason = ? WHERE id = ?")
                .params(status, by, at, reason, id).update();
    }

    private List<StoredRequest> list(String where, Object... params) {
        return jdbc.sql("SELECT r.id, r.activity_id, a.activity_date, r.program, r.region, r.consecutive_hours, r.status, r.requested_by,"
                        + " r.requested_at, r.rule_set_version, r.decided_by, r.decided_at, r.decision_reason, g.regulator"
                        + " FROM training_allowance_request r JOIN training_activity a ON a.id = r.activity_id"
                        + " JOIN training_group g ON g.id = a.group_id WHERE " + where + " ORDER BY a.activity_date, r.id")
                .params(List.of(params))
                .query((rs, n) -> new StoredRequest(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(), rs.getString(14),
                        rs.getString(4), rs.getString(5), rs.getDouble(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant(),
                        rs.getString(10), rs.getString(11), rs.getTimestamp(12) == null ? null : rs.getTimestamp(12).toInstant(),
                        rs.getString(13)))
                .list();
    }
}
