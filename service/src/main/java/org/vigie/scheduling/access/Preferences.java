package org.vigie.scheduling.access;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The people's display preferences (table {@code clinic_user_preferences}): one row per person, whatever the enterprise. */
@Repository
class Preferences {
    private static final String COLUMNS = "time_format, agenda_view, grid_minutes, display_from, display_until, show_weekend";

    private final JdbcClient jdbc;

    Preferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Saved(String timeFormat, String agendaView, int gridMinutes, LocalTime displayFrom, LocalTime displayUntil, boolean showWeekend) {
    }

    Optional<Saved> of(long personId) {
        return select(personId, "");
    }

    /**
     * The person's row, locked until the transaction ends, created with these values when they have none: the primary key
     * makes a second first save wait for the first one, then find its row, so two saves of one person run one after the other.
     */
    Saved lock(long personId, Saved ifMissing, Instant now) {
        jdbc.sql("INSERT INTO clinic_user_preferences (person_id, " + COLUMNS + ", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE person_id = person_id")
                .params(personId, ifMissing.timeFormat(), ifMissing.agendaView(), ifMissing.gridMinutes(), ifMissing.displayFrom(),
                        ifMissing.displayUntil(), ifMissing.showWeekend(), Timestamp.from(now))
                .update();
        return select(personId, " FOR UPDATE").orElseThrow();
    }

    void save(long personId, Saved values, Instant now) {
        jdbc.sql("UPDATE clinic_user_preferences SET time_format = ?, agenda_view = ?, grid_minutes = ?, display_from = ?, display_until = ?,"
                        + " show_weekend = ?, updated_at = ? WHERE person_id = ?")
                .params(values.timeFormat(), values.agendaView(), values.gridMinutes(), values.displayFrom(), values.displayUntil(),
                        values.showWeekend(), Timestamp.from(now), personId)
                .update();
    }

    private Optional<Saved> select(long personId, String lock) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM clinic_user_preferences WHERE person_id = ?" + lock)
                .param(personId)
                .query((rs, n) -> new Saved(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getObject(4, LocalTime.class),
                        rs.getObject(5, LocalTime.class), rs.getBoolean(6)))
                .optional();
    }
}
