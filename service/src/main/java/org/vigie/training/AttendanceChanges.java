package org.vigie.training;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The federation's changes to submitted attendances, kept with who made them, when and why. */
@Component
class AttendanceChanges {
    static final String ADDED = "ADDED";
    static final String REMOVED = "REMOVED";

    private final JdbcClient jdbc;

    AttendanceChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A change the federation made to a submitted attendance. */
    record AttendanceChange(String number, String kind, String reason, String changedBy, Instant changedAt) {
    }

    void add(long activityId, long memberId, String number, String kind, String reason, String by, Timestamp at) {
        jdbc.sql("INSERT INTO training_attendance_change (activity_id, member_id, number, kind, reason, changed_by, changed_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)").params(activityId, memberId, number, kind, reason, by, at).update();
    }

    List<AttendanceChange> of(long activityId) {
        return jdbc.sql("SELECT number, kind, reason, changed_by, changed_at FROM training_attendance_change WHERE activity_id = ? ORDER BY id")
                .param(activityId)
                .query((rs, n) -> new AttendanceChange(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant())).list();
    }
}
