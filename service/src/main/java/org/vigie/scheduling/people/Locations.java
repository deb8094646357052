package org.vigie.scheduling.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The enterprises' locations ({@code clinic_location}): RAMQ's information, the clinic's few fields, the options, the zone. */
@Repository
class Locations {
    private static final String COLUMNS = "id, enterprise_id, location_uid, name, abbreviation, ramq_number, locality_code, rvsq_start_date,"
            + " rvsq_end_date, machine_id, civic_number, street, suite, city, province, postal_code, phone, zone, health_region, display_mode,"
            + " hide_name_gmf, hide_name_gen, cancel_cutoff_value, cancel_cutoff_unit, send_no_show_message";

    private final JdbcClient jdbc;

    Locations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Address(@Schema(example = "1000") String civicNumber, @Schema(example = "rue Sherbrooke Est") String street,
                   @Schema(example = "200") String suite, @Schema(example = "Montréal") String city, @Schema(example = "QC") String province,
                   @Schema(example = "H2L 1L3") String postalCode) {
    }

    /** A location as stored: its options are the display mode, the two name-hiding switches, the cutoff and the no-show message. */
    record Location(long id, long enterpriseId, String locationUid, String name, String abbreviation, String ramqNumber, String localityCode,
                    LocalDate rvsqStartDate, LocalDate rvsqEndDate, String machineId, Address address, String phone, String zone,
                    String healthRegion, String displayMode, boolean hideNameGmf, boolean hideNameGen, int cutoffValue, String cutoffUnit,
                    boolean sendNoShowMessage) {
    }

    /** The columns a change of information may write, one at a time. */
    enum Column {
        ABBREVIATION("abbreviation"), SUITE("suite"), PHONE("phone"), NAME("name"), MACHINE_ID("machine_id"), CIVIC_NUMBER("civic_number"),
        STREET("street"), CITY("city"), PROVINCE("province"), POSTAL_CODE("postal_code"), ZONE("zone");

        private final String name;

        Column(String name) {
            this.name = name;
        }
    }

    /** R21: the location receives its immutable unique identifier; the options start at their defaults (R25, R26, R28, R30). */
    long insert(long enterpriseId, NewLocation l, String zone, String displayMode, int cutoffHours) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO clinic_location (enterprise_id, location_uid, name, abbreviation, ramq_number, locality_code, rvsq_start_date,"
                        + " rvsq_end_date, machine_id, civic_number, street, suite, city, province, postal_code, phone, zone, health_region,"
                        + " display_mode, hide_name_gmf, hide_name_gen, cancel_cutoff_value, cancel_cutoff_unit, send_no_show_message)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, FALSE, ?, 'HOURS', FALSE)")
                .params(enterpriseId, UUID.randomUUID().toString(), l.name().trim(), l.abbreviation(), l.ramqNumber(), l.localityCode(),
                        l.rvsqStartDate(), l.rvsqEndDate(), l.machineId(), l.civicNumber(), l.street(), l.suite(), l.city(), l.province(),
                        l.postalCode().toUpperCase(), l.phone(), zone, l.healthRegion(), displayMode, cutoffHours)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Location> find(long enterpriseId, long locationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM clinic_location WHERE id = ? AND enterprise_id = ?").params(locationId, enterpriseId)
                .query(Locations::location).optional();
    }

    /** The enterprise's locations, in the order RAMQ registered them. */
    List<Location> of(long enterpriseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM clinic_location WHERE enterprise_id = ? ORDER BY id").param(enterpriseId)
                .query(Locations::location).list();
    }

    boolean inEnterprise(long locationId, long enterpriseId) {
        return jdbc.sql("SELECT COUNT(*) FROM clinic_location WHERE id = ? AND enterprise_id = ?").params(locationId, enterpriseId)
                .query(Long.class).single() > 0;
    }

    void set(long locationId, Column column, String value) {
        jdbc.sql("UPDATE clinic_location SET " + column.name + " = ? WHERE id = ?").params(value, locationId).update();
    }

    void changeOptions(long locationId, String displayMode, boolean hideNameGmf, boolean hideNameGen, int cutoffValue, String cutoffUnit,
                       boolean sendNoShowMessage) {
        jdbc.sql("UPDATE clinic_location SET display_mode = ?, hide_name_gmf = ?, hide_name_gen = ?, cancel_cutoff_value = ?,"
                        + " cancel_cutoff_unit = ?, send_no_show_message = ? WHERE id = ?")
                .params(displayMode, hideNameGmf, hideNameGen, cutoffValue, cutoffUnit, sendNoShowMessage, locationId)
                .update();
    }

    private static Location location(ResultSet rs, int row) throws SQLException {
        return new Location(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                date(rs.getDate(8)), date(rs.getDate(9)), rs.getString(10),
                new Address(rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16)),
                rs.getString(17), rs.getString(18), rs.getString(19), rs.getString(20), rs.getBoolean(21), rs.getBoolean(22), rs.getInt(23),
                rs.getString(24), rs.getBoolean(25));
    }

    private static LocalDate date(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
