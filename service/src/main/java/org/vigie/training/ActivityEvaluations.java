package org.vigie.training;

import java.sql.Timestamp;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The participants' evaluations of activities: one per participant and activity (the table's unique key). */
@Component
class ActivityEvaluations {
    private final JdbcClient jdbc;

    ActivityEvaluations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the evaluation; false when the participant evaluated the activity already (the first one stands). */
    boolean add(long activityId, long memberId, int rating, String comment, Timestamp at) {
        try {
            jdbc.sql("INSERT INTO training_evaluation (activity_id, member_id, rating, comment, submitted_at) VALUES (?, ?, ?, ?, ?)")
                    .params(activityId, memberId, rating, comment, at).update();
            return true;
        } catch (DuplicateKeyException already) {
            return false;
        }
    }
}
