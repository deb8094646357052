package org.vigie.scheduling.offering;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** A service as {@link Services} stores it: one type, one consultation reason (or ALL) and one duration (R68). */
record Service(long id, String appointmentType, String reason, int durationMinutes, String ruleSetVersion, Instant deletedAt) {
    /** The columns {@link #of} reads, in its order. */
    static final String COLUMNS = "s.id, s.appointment_type, s.reason, s.duration_minutes, s.rule_set_version, s.deleted_at";

    static Service of(ResultSet rs, int row) throws SQLException {
        return new Service(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant());
    }

    boolean deleted() {
        return deletedAt != null;
    }
}
