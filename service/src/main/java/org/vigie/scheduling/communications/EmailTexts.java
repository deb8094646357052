package org.vigie.scheduling.communications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The enterprises' custom e-mail texts ({@code clinic_email_text}), one per subject and language. */
@Repository
class EmailTexts implements PatientEmailTexts {
    private final JdbcClient jdbc;

    EmailTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<EmailText> of(long enterpriseId) {
        return jdbc.sql("SELECT subject, language, html, updated_by, updated_at FROM clinic_email_text WHERE enterprise_id = ?"
                        + " ORDER BY subject, language")
                .param(enterpriseId)
                .query((rs, n) -> new EmailText(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }

    @Override
    public Map<String, String> htmls(long enterpriseId, String language) {
        Map<String, String> texts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        jdbc.sql("SELECT subject, html FROM clinic_email_text WHERE enterprise_id = ? AND language = ? AND html IS NOT NULL")
                .params(enterpriseId, language).query(rs -> {
                    texts.putIfAbsent(rs.getString(1), rs.getString(2));
                });
        return texts;
    }

    void save(long enterpriseId, String subject, String language, String html, String by, Instant at) {
        jdbc.sql("DELETE FROM clinic_email_text WHERE enterprise_id = ? AND subject = ? AND language = ?").params(enterpriseId, subject, language).update();
        jdbc.sql("INSERT INTO clinic_email_text (enterprise_id, subject, language, html, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(enterpriseId, subject, language, html, by, Timestamp.from(at)).update();
    }
}
