package org.vigie.scheduling.people;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.ClinicStaff;

/** The people module's tables, read for the root ({@link ClinicStaff}) and, through {@link PeopleDirectory}, for the sibling modules. */
@Repository
class JdbcClinicDirectory implements ClinicStaff {
    private static final String ACTIVE = " e.deleted_at IS NULL AND (e.departure_date IS NULL OR e.departure_date >= ?)";

    private final JdbcClient jdbc;

    JdbcClinicDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean enterpriseExists(long enterpriseId) {
        return jdbc.sql("SELECT COUNT(*) FROM clinic_enterprise WHERE id = ?").param(enterpriseId).query(Long.class).single() > 0;
    }

    @Override
    public Optional<Actor> activeEmployee(String ramqId, long enterpriseId, LocalDate day) {
        return jdbc.sql("SELECT e.id, e.is_local_admin, e.is_super_user, p.id FROM clinic_employee e JOIN ramq_person p ON p.id = e.person_id"
                        + " WHERE p.ramq_id = ? AND e.enterprise_id = ? AND" + ACTIVE)
                .params(ramqId, enterpriseId, day)
                .query((rs, n) -> new Actor(ramqId, enterpriseId, rs.getLong(1), rs.getBoolean(2), rs.getBoolean(3), false, rs.getLong(4)))
                .optional();
    }

    @Override
    public boolean healthProfessional(long employeeId) {
        return jdbc.sql("SELECT COUNT(*) FROM clinic_employee e JOIN ramq_person p ON p.id = e.person_id WHERE e.id = ?"
                        + " AND p.practice_number IS NOT NULL").param(employeeId).query(Long.class).single() > 0;
    }

    @Override
    public List<Long> activeEnterprises(String ramqId, LocalDate day) {
        return jdbc.sql("SELECT n.id FROM clinic_enterprise n JOIN clinic_employee e ON e.enterprise_id = n.id"
                        + " JOIN ramq_person p ON p.id = e.person_id WHERE p.ramq_id = ? AND" + ACTIVE + " ORDER BY n.name, n.id")
                .params(ramqId, day).query(Long.class).list();
    }

    public Optional<String> enterpriseName(long enterpriseId) {
        return jdbc.sql("SELECT name FROM clinic_enterprise WHERE id = ?").param(enterpriseId).query(String.class).optional();
    }

    public boolean isGmf(long enterpriseId) {
        return jdbc.sql("SELECT is_gmf FROM clinic_enterprise WHERE id = ?").param(enterpriseId).query(Boolean.class).optional().orElse(false);
    }

    public boolean locationInEnterprise(long locationId, long enterpriseId) {
        return jdbc.sql("SELECT COUNT(*) FROM clinic_location WHERE id = ? AND enterprise_id = ?")
                .params(locationId, enterpriseId).query(Long.class).single() > 0;
    }

    public Optional<String> locationName(long locationId) {
        return jdbc.sql("SELECT name FROM clinic_location WHERE id = ?").param(locationId).query(String.class).optional();
    }

    public Optional<ClinicDirectory.PersonName> name(long employeeId) {
        return jdbc.sql("SELECT p.first_name, p.last_name FROM clinic_employee e JOIN ramq_person p ON p.id = e.person_id WHERE e.id = ?")
                .param(employeeId).query((rs, n) -> new ClinicDirectory.PersonName(rs.getString(1), rs.getString(2))).optional();
    }

    public Optional<Long> personId(String ramqId) {
        return jdbc.sql("SELECT id FROM ramq_person WHERE ramq_id = ?").param(ramqId).query(Long.class).optional();
    }

    public long activeRecords(String ramqId, LocalDate day) {
        return jdbc.sql("SELECT COUNT(*) FROM clinic_employee e JOIN ramq_person p ON p.id = e.person_id WHERE p.ramq_id = ? AND" + ACTIVE)
                .params(ramqId, day).query(Long.class).single();
    }

    public List<ClinicDirectory.ProfessionalAtLocation> activeProfessionalsAtTheirLocations(long enterpriseId, LocalDate day) {
        return jdbc.sql("SELECT l.id, l.name, l.abbreviation, e.id, p.first_name, p.last_name, p.practice_number"
                        + " FROM clinic_employee e JOIN ramq_person p ON p.id = e.person_id"
                        + " JOIN clinic_employee_location w ON w.employee_id = e.id JOIN clinic_location l ON l.id = w.location_id"
                        + " WHERE e.enterprise_id = ? AND l.enterprise_id = e.enterprise_id AND p.practice_number IS NOT NULL AND" + ACTIVE
                        + " ORDER BY p.last_name, p.first_name, e.id, l.id")
                .params(enterpriseId, day)
                .query((rs, n) -> new ClinicDirectory.ProfessionalAtLocation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    public Optional<String> zone(long locationId) {
        return jdbc.sql("SELECT zone FROM clinic_location WHERE id = ?").param(locationId).query(String.class).optional();
    }

    public Optional<ClinicDirectory.LocationDisplay> locationDisplay(long locationId) {
        return jdbc.sql("SELECT COALESCE(NULLIF(TRIM(abbreviation), ''), name), zone, display_mode FROM clinic_location WHERE id = ?")
                .param(locationId)
                .query((rs, n) -> new ClinicDirectory.LocationDisplay(rs.getString(1), ZoneId.of(rs.getString(2)), rs.getString(3))).optional();
    }

    public Optional<String> locationLabel(long locationId) {
        return jdbc.sql("SELECT COALESCE(NULLIF(TRIM(abbreviation), ''), name) FROM clinic_location WHERE id = ?").param(locationId)
                .query(String.class).optional();
    }

    public Optional<ClinicDirectory.EnterpriseTerms> enterpriseTerms(long enterpriseId) {
        return jdbc.sql("SELECT name, CASE WHEN is_gmf THEN gmf_number END, past_window_extended FROM clinic_enterprise WHERE id = ?")
                .param(enterpriseId)
                .query((rs, n) -> new ClinicDirectory.EnterpriseTerms(rs.getString(1), rs.getString(2), rs.getBoolean(3))).optional();
    }

    public Optional<ClinicDirectory.LocationAndEnterpriseTerms> locationAndEnterpriseTerms(long enterpriseId, long locationId) {
        return jdbc.sql("SELECT l.id, l.name, CONCAT_WS(' ', l.civic_number, l.street, NULLIF(l.suite, ''), l.city, l.province, l.postal_code),"
                        + " l.phone, l.zone, l.cancel_cutoff_value, l.cancel_cutoff_unit, l.send_no_show_message, e.name,"
                        + " CASE WHEN e.is_gmf THEN e.gmf_number END, e.past_window_extended"
                        + " FROM clinic_location l JOIN clinic_enterprise e ON e.id = l.enterprise_id WHERE l.id = ? AND l.enterprise_id = ?")
                .params(locationId, enterpriseId)
                .query((rs, n) -> new ClinicDirectory.LocationAndEnterpriseTerms(new ClinicDirectory.LocationTerms(rs.getLong(1),
                        rs.getString(2), rs.getString(3), rs.getString(4), ZoneId.of(rs.getString(5)), rs.getInt(6), rs.getString(7),
                        rs.getBoolean(8)), new ClinicDirectory.EnterpriseTerms(rs.getString(9), rs.getString(10), rs.getBoolean(11))))
                .optional();
    }

    public Optional<ClinicDirectory.LocationTerms> locationTerms(long enterpriseId, long locationId) {
        return jdbc.sql("SELECT id, name, CONCAT_WS(' ', civic_number, street, NULLIF(suite, ''), city, province, postal_code), phone, zone,"
                        + " cancel_cutoff_value, cancel_cutoff_unit, send_no_show_message FROM clinic_location WHERE id = ? AND enterprise_id = ?")
                .params(locationId, enterpriseId)
                .query((rs, n) -> new ClinicDirectory.LocationTerms(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        ZoneId.of(rs.getString(5)), rs.getInt(6), rs.getString(7), rs.getBoolean(8)))
                .optional();
    }

    /** A location of the enterprise as an LCGA is linked to it (R255), its row locked when asked. */
    Optional<ClinicDirectory.LcgaLocation> lcgaLocation(long enterpriseId, long locationId, boolean lock) {
        return jdbc.sql("SELECT id, enterprise_id, location_uid, machine_id FROM clinic_location WHERE id = ? AND enterprise_id = ?"
                        + (lock ? " FOR UPDATE" : "")).params(locationId, enterpriseId)
                .query((rs, n) -> new ClinicDirectory.LcgaLocation(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .optional();
    }
}
