package org.vigie.training;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigie.rules.facts.EarnedCredit;

/**
 * The credits registered by validated group activities (PADPC): a participant's record, and facts for another regulator's
 * rules (whether they count there, as under the OIIQ-FMOQ agreement, is for that regulator's rule pack to say).
 */
@Component
public class TrainingCredits {
    private final JdbcClient jdbc;

    TrainingCredits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A credit in a participant's record (PADPC), as their statement lists it. */
    record Credit(long activityId, String course, String title, BigDecimal hours, LocalDate date, Instant creditedAt) {
    }

    /** A member's credit for one course of an activity (in the caller's transaction). */
    void add(long activityId, long memberId, String regulator, String course, String title, BigDecimal hours, LocalDate activityDate,
             Timestamp at) {
        jdbc.sql("INSERT INTO training_credit (activity_id, member_id, regulator, course, title, hours, activity_date, credited_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(activityId, memberId, regulator, course, title, hours, activityDate, at)
                .update();
    }

    /** The member loses every credit of the activity. */
    void remove(long activityId, long memberId) {
        jdbc.sql("DELETE FROM training_credit WHERE activity_id = ? AND member_id = ?").params(activityId, memberId).update();
    }

    /** A member's credits, by the activities' days. */
    List<Credit> of(long memberId) {
        return jdbc.sql("SELECT activity_id, course, title, hours, activity_date, credited_at FROM training_credit WHERE member_id = ?"
                        + " ORDER BY activity_date, course")
                .param(memberId)
                .query((rs, n) -> new Credit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                        rs.getDate(5).toLocalDate(), rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** A member's credits of activities held between two days (inclusive), registered before {@code registeredBefore} when given. */
    public List<EarnedCredit> earnedBy(long memberId, LocalDate from, LocalDate to, Instant registeredBefore) {
        List<Object> params = new ArrayList<>(List.of(memberId, from, to));
        if (registeredBefore != null) {
            params.add(Timestamp.from(registeredBefore));
        }
        return jdbc.sql("SELECT regulator, course, title, hours, activity_date FROM training_credit WHERE member_id = ?"
                        + " AND activity_date BETWEEN ? AND ?" + (registeredBefore == null ? "" : " AND credited_at < ?")
                        + " ORDER BY activity_date, course")
                .params(params)
                .query((rs, n) -> new EarnedCredit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
                        rs.getDate(5).toLocalDate()))
                .list();
    }

    /** The credits of a regulator's members (for evaluating its whole membership), by member. */
    public Map<Long, List<EarnedCredit>> earnedByMembersOf(String regulator) {
        Map<Long, List<EarnedCredit>> credits = new HashMap<>();
        jdbc.sql("SELECT c.member_id, c.regulator, c.course, c.title, c.hours, c.activity_date FROM training_credit c"
                + " WHERE c.member_id IN (SELECT m.member_id FROM membership m WHERE m.regulator = ?)").param(regulator).query(rs -> {
            credits.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new EarnedCredit(rs.getString(2), rs.getString(3),
                    rs.getString(4), rs.getDouble(5), rs.getDate(6).toLocalDate()));
        });
        return credits;
    }
}
