package org.vigie.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigie.rules.facts.TrainingActivity;
import org.vigie.web.NotFoundException;
import org.vigie.web.Texts;

/**
 * The groups' activities, each read with its group's leader and regulator. The row is also the lock that the writes depending on
 * the activity's state take first ({@link #find} with {@code lock}: attendance, corrections, module marks, validation), so they
 * happen one at a time and each sees the others' result.
 */
@Component
class TrainingActivities {
    private static final String SELECT = "SELECT a.id, a.group_id, g.leader_member_id, g.regulator, a.activity_date, a.courses, a.place,"
            + " a.blocks, a.attendance_submitted_at, a.attendance_submitted_by, a.validated_at"
            + " FROM training_activity a JOIN training_group g ON g.id = a.group_id";

    private final JdbcClient jdbc;

    TrainingActivities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record ActivityRow(long id, long groupId, long leaderId, String regulator, LocalDate date, String courses, String place, String blocks,
                       Instant submittedAt, String submittedBy, Instant validatedAt) {

        List<String> courseList() {
            return List.of(courses.split(","));
        }

        List<TrainingActivity.Block> blockList() {
            return TrainingBlocks.read(blocks);
        }
    }

    Optional<ActivityRow> find(long activityId, boolean lock) {
        return jdbc.sql(SELECT + " WHERE a.id = ?" + (lock ? " FOR UPDATE" : "")).param(activityId).query(TrainingActivities::row).optional();
    }

    ActivityRow get(long activityId) {
        return find(activityId, false)
                .orElseThrow(() -> new NotFoundException(Texts.of("training.activity.notFound", "id", String.valueOf(activityId))));
    }

    /** The group's activities, newest first. */
    List<ActivityRow> ofGroup(long groupId) {
        return jdbc.sql(SELECT + " WHERE a.group_id = ? ORDER BY a.activity_date DESC, a.id DESC").param(groupId)
                .query(TrainingActivities::row).list();
    }

    /** A new activity of the group; its id. */
    long add(long groupId, LocalDate date, List<String> courses, String place, String blocks, Timestamp at) {
        jdbc.sql("INSERT INTO training_activity (group_id, activity_date, courses, place, blocks, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(groupId, date, String.join(",", courses), place, blocks, at).update();
        return jdbc.sql("SELECT MAX(id) FROM training_activity WHERE group_id = ?").param(groupId).query(Long.class).single();
    }

    void attendanceSubmitted(long activityId, String by, Timestamp at) {
        jdbc.sql("UPDATE training_activity SET attendance_submitted_at = ?, attendance_submitted_by = ? WHERE id = ?")
                .params(at, by, activityId).update();
    }

    void validated(long activityId, String by, Timestamp at) {
        jdbc.sql("UPDATE training_activity SET validated_at = ?, validated_by = ? WHERE id = ?").params(at, by, activityId).update();
    }

    /**
     * Flags the regulator's activities held before {@code heldBefore} that nobody validated, unless flagged already: one conditional
     * update, so instances running it at once flag each activity once. How many were flagged.
     */
    int flagUnvalidated(String regulator, LocalDate heldBefore, Timestamp at) {
        return jdbc.sql("UPDATE training_activity SET flagged_late_at = ? WHERE validated_at IS NULL AND flagged_late_at IS NULL"
                        + " AND activity_date < ? AND group_id IN (SELECT id FROM training_group WHERE regulator = ?)")
                .params(at, heldBefore, regulator).update();
    }

    private static ActivityRow row(ResultSet rs, int n) throws SQLException {
        return new ActivityRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getDate(5).toLocalDate(), rs.getString(6),
                rs.getString(7), rs.getString(8), instant(rs.getTimestamp(9)), rs.getString(10), instant(rs.getTimestamp(11)));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
