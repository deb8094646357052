package org.vigie.training;

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
 * The credits registered by validated group activities (PADPC), as facts for another regulator's
 * rules: whether they count there (the OIIQ-FMOQ agreement) is for that regulator's rule pack to say.
 */
@Component
public class TrainingCredits {
    private final JdbcClient jdbc;

    TrainingCredits(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
