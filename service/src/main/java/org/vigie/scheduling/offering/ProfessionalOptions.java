package org.vigie.scheduling.offering;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The professionals' options ({@code clinic_professional_options}); a professional without a row has the defaults. */
@Repository
class ProfessionalOptions {
    private final JdbcClient jdbc;

    ProfessionalOptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Options> of(long professionalId) {
        return jdbc.sql("SELECT horizon_enabled, horizon_weeks FROM clinic_professional_options WHERE employee_id = ?").param(professionalId)
                .query((rs, n) -> new Options(rs.getBoolean(1), rs.getObject(2, Integer.class))).optional();
    }

    void save(long professionalId, Options options) {
        int updated = jdbc.sql("UPDATE clinic_professional_options SET horizon_enabled = ?, horizon_weeks = ? WHERE employee_id = ?")
                .params(options.bookingHorizonEnabled(), options.bookingHorizonMaxWeeks(), professionalId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO clinic_professional_options (employee_id, horizon_enabled, horizon_weeks) VALUES (?, ?, ?)")
                    .params(professionalId, options.bookingHorizonEnabled(), options.bookingHorizonMaxWeeks()).update();
        }
    }

    /** Back to the defaults. */
    void forget(long professionalId) {
        jdbc.sql("DELETE FROM clinic_professional_options WHERE employee_id = ?").param(professionalId).update();
    }
}
