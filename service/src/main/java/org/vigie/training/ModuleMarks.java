package org.vigie.training;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The modules a leader marked done, per course of an activity. */
@Component
class ModuleMarks {
    private final JdbcClient jdbc;

    ModuleMarks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A course's module marked done, and when. */
    record MarkedModule(String course, String module, Instant markedAt) {
    }

    /** Marks a module done; marked before, the first mark stands. */
    void mark(long activityId, String course, String module, String by, Timestamp at) {
        try {
            jdbc.sql("INSERT INTO training_module_mark (activity_id, course, module, marked_by, marked_at) VALUES (?, ?, ?, ?, ?)")
                    .params(activityId, course, module, by, at).update();
        } catch (DuplicateKeyException alreadyMarked) {
            // the first mark is the one that counts; marking again is not an error
        }
    }

    List<MarkedModule> of(long activityId) {
        return jdbc.sql("SELECT course, module, marked_at FROM training_module_mark WHERE activity_id = ?").param(activityId)
                .query((rs, n) -> new MarkedModule(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant())).list();
    }
}
