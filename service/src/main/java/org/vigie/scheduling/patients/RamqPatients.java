package org.vigie.scheduling.patients;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The local patient registry ({@code ramq_patient}): the test patients RAMQ registers, looked up by NAM. */
@Repository
class RamqPatients implements PatientRegistry {
    private static final String COLUMNS = "nam, first_name, last_name, sex, birth_date, eligible_from, eligible_until, attached_practice, "
            + "attached_from, attached_until, gmf_number, gmf_from, gmf_until";

    private final JdbcClient jdbc;

    RamqPatients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<RegisteredPatient> byNam(String nam) {
        return PatientRegistry.normalized(nam).flatMap(key -> jdbc.sql("SELECT " + COLUMNS + " FROM ramq_patient WHERE nam = ?").param(key)
                .query((rs, n) -> patient(rs)).optional());
    }

    /** Inserts the patient; a {@link org.springframework.dao.DuplicateKeyException} when the NAM is registered already. */
    void insert(RegisteredPatient p, Instant at) {
        PatientRegistry.Validity eligibility = p.eligibility();
        PatientRegistry.Attachment attachment = p.attachment();
        PatientRegistry.GmfEnrolment gmf = p.gmfEnrolment();
        jdbc.sql("INSERT INTO ramq_patient (" + COLUMNS + ", created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(p.nam(), p.firstName(), p.lastName(), p.sex(), date(p.dateOfBirth()),
                        eligibility == null ? null : date(eligibility.from()), eligibility == null ? null : date(eligibility.until()),
                        attachment == null ? null : attachment.practiceNumber(),
                        attachment == null ? null : date(attachment.period().from()), attachment == null ? null : date(attachment.period().until()),
                        gmf == null ? null : gmf.gmfNumber(), gmf == null ? null : date(gmf.period().from()), gmf == null ? null : date(gmf.period().until()),
                        Timestamp.from(at))
                .update();
    }

    private static RegisteredPatient patient(ResultSet rs) throws SQLException {
        LocalDate eligibleFrom = day(rs, "eligible_from");
        String practice = rs.getString("attached_practice");
        String gmf = rs.getString("gmf_number");
        return new RegisteredPatient(rs.getString("nam"), rs.getString("first_name"), rs.getString("last_name"), rs.getString("sex"),
                day(rs, "birth_date"),
                eligibleFrom == null ? null : new PatientRegistry.Validity(eligibleFrom, day(rs, "eligible_until")),
                practice == null ? null : new PatientRegistry.Attachment(practice,
                        new PatientRegistry.Validity(day(rs, "attached_from"), day(rs, "attached_until"))),
                gmf == null ? null : new PatientRegistry.GmfEnrolment(gmf, new PatientRegistry.Validity(day(rs, "gmf_from"), day(rs, "gmf_until"))));
    }

    private static LocalDate day(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
