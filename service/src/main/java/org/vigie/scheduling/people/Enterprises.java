package org.vigie.scheduling.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The enterprises ({@code clinic_enterprise}) RAMQ created. */
@Repository
class Enterprises {
    private final JdbcClient jdbc;

    Enterprises(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param pastWindowExtended R167: RAMQ extended the past window of its appointments from 90 to 365 days */
    record Enterprise(long id, String name, String email, String phone, boolean gmf, String gmfNumber, boolean pastWindowExtended) {
    }

    long insert(String name, String email, String phone, boolean gmf, String gmfNumber, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO clinic_enterprise (name, email, phone, is_gmf, gmf_number, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(name, email, phone, gmf, gmfNumber, Timestamp.from(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Enterprise> find(long id) {
        return jdbc.sql("SELECT id, name, email, phone, is_gmf, gmf_number, past_window_extended FROM clinic_enterprise WHERE id = ?").param(id)
                .query(Enterprises::row)
                .optional();
    }

    /** Every enterprise, by name. */
    List<Enterprise> all() {
        return jdbc.sql("SELECT id, name, email, phone, is_gmf, gmf_number, past_window_extended FROM clinic_enterprise ORDER BY name, id")
                .query(Enterprises::row)
                .list();
    }

    boolean isGmf(long id) {
        return jdbc.sql("SELECT is_gmf FROM clinic_enterprise WHERE id = ?").param(id).query(Boolean.class).optional().orElse(false);
    }

    /** R15, R18: the fields only RAMQ changes. */
    void changeRamqFields(long id, String name, boolean gmf, String gmfNumber) {
        jdbc.sql("UPDATE clinic_enterprise SET name = ?, is_gmf = ?, gmf_number = ? WHERE id = ?").params(name, gmf, gmfNumber, id).update();
    }

    /** R167: RAMQ extends the enterprise's past window of appointments to 365 days, or brings it back to 90. */
    void changePastWindow(long id, boolean extended) {
        jdbc.sql("UPDATE clinic_enterprise SET past_window_extended = ? WHERE id = ?").params(extended, id).update();
    }

    void changeEmail(long id, String email) {
        jdbc.sql("UPDATE clinic_enterprise SET email = ? WHERE id = ?").params(email, id).update();
    }

    void changePhone(long id, String phone) {
        jdbc.sql("UPDATE clinic_enterprise SET phone = ? WHERE id = ?").params(phone, id).update();
    }

    private static Enterprise row(ResultSet rs, int n) throws SQLException {
        return new Enterprise(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5), rs.getString(6),
                rs.getBoolean(7));
    }

    /**
     * Serialises the changes to one enterprise's people (profiles, records, work groups), so two of them cannot each remove
     * "another" last local administrator or create the same group. Taken first in its transaction: the reads that follow
     * then see what the previous holder committed.
     */
    void lock(long id) {
        jdbc.sql("SELECT id FROM clinic_enterprise WHERE id = ? FOR UPDATE").param(id).query(Long.class).single();
    }
}
