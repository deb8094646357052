package org.vigie.training;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The participants on an activity's attendance, each with the number the leader (or the federation) gave for them. */
@Component
class Attendees {
    private final JdbcClient jdbc;

    Attendees(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Participant(String number, long memberId, String name) {
    }

    void add(long activityId, long memberId, String number, String by, Timestamp at) {
        jdbc.sql("INSERT INTO training_attendance (activity_id, member_id, fmoq_number, added_by, added_at) VALUES (?, ?, ?, ?, ?)")
                .params(activityId, memberId, number, by, at).update();
    }

    void remove(long activityId, long memberId) {
        jdbc.sql("DELETE FROM training_attendance WHERE activity_id = ? AND member_id = ?").params(activityId, memberId).update();
    }

    List<Long> memberIds(long activityId) {
        return jdbc.sql("SELECT member_id FROM training_attendance WHERE activity_id = ?").param(activityId).query(Long.class).list();
    }

    boolean isPresent(long activityId, long memberId) {
        return jdbc.sql("SELECT COUNT(*) FROM training_attendance WHERE activity_id = ? AND member_id = ?")
                .params(activityId, memberId).query(Long.class).single() > 0;
    }

    /** The numbers given, in their order. */
    List<String> numbers(long activityId) {
        return jdbc.sql("SELECT fmoq_number FROM training_attendance WHERE activity_id = ? ORDER BY fmoq_number")
                .param(activityId).query(String.class).list();
    }

    /** The participants with their names, by name. */
    List<Participant> participants(long activityId) {
        return jdbc.sql("SELECT a.fmoq_number, m.id, m.first_name, m.last_name FROM training_attendance a"
                        + " JOIN member m ON m.id = a.member_id WHERE a.activity_id = ? ORDER BY m.last_name, m.first_name, m.id")
                .param(activityId)
                .query((rs, n) -> new Participant(rs.getString(1), rs.getLong(2), rs.getString(3) + " " + rs.getString(4))).list();
    }

    /** The number a member was last entered with (their licence number when they hold no FMOQ number). */
    Optional<String> lastNumberOf(long memberId) {
        return jdbc.sql("SELECT fmoq_number FROM training_attendance WHERE member_id = ? ORDER BY added_at DESC LIMIT 1").param(memberId)
                .query(String.class).optional();
    }
}
