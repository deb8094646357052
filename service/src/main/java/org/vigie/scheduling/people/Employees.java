package org.vigie.scheduling.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The enterprises' employee records ({@code clinic_employee}, with the person RAMQ registered) and their work locations
 * ({@code clinic_employee_location}). A deleted record is kept as it was (R49); a person has at most one record that is not.
 */
@Repository
class Employees {
    private static final String COLUMNS = "e.id, p.ramq_id, p.first_name, p.last_name, p.pseudonym, p.practice_number, e.title, e.start_date,"
            + " e.departure_date, e.email, e.work_phone, e.phone_extension, e.profession, e.profession_description, e.short_bio,"
            + " e.is_local_admin, e.is_super_user, e.is_user, e.deleted_at FROM clinic_employee e JOIN ramq_person p ON p.id = e.person_id";

    private final JdbcClient jdbc;

    Employees(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An employee with the names a list shows, and their practice number (null for clinic staff). */
    record NamedEmployee(long id, String firstName, String lastName, String practiceNumber) {
    }

    /** The record with its work locations, read in one statement (a row per work location, one without any). */
    Optional<Employee> find(long enterpriseId, long employeeId) {
        List<Long> locations = new ArrayList<>();
        List<Employee> found = new ArrayList<>();
        jdbc.sql("SELECT l.location_id, " + COLUMNS + " LEFT JOIN clinic_employee_location l ON l.employee_id = e.id"
                        + " WHERE e.id = ? AND e.enterprise_id = ?").params(employeeId, enterpriseId) // sorted here, without a temporary table
                .query((RowCallbackHandler) rs -> {
                    if (found.isEmpty()) {
                        found.add(employee(rs, 1, locations));
                    }
                    long location = rs.getLong(1);
                    if (!rs.wasNull()) {
                        locations.add(location);
                    }
                });
        Collections.sort(locations);
        return found.stream().findFirst().map(e -> e.withWorkLocations(locations));
    }

    /** The enterprise's records by last name, first name and id; the deleted ones too when asked (R49). */
    List<Employee> of(long enterpriseId, boolean includeDeleted) {
        List<Employee> employees = new ArrayList<>();
        jdbc.sql("SELECT " + COLUMNS + " WHERE e.enterprise_id = ?" + (includeDeleted ? "" : " AND e.deleted_at IS NULL")
                        + " ORDER BY p.last_name, p.first_name, e.id")
                .param(enterpriseId).query((RowCallbackHandler) rs -> employees.add(employee(rs, new ArrayList<>())));
        Map<Long, List<Long>> locations = workLocations(employees.stream().map(Employee::id).toList());
        return employees.stream().map(e -> e.withWorkLocations(locations.getOrDefault(e.id(), List.of()))).toList();
    }

    /** The person's record in the enterprise that is not deleted (R36: there is one at most). */
    Optional<Long> activeRecordOf(long enterpriseId, long personId) {
        return jdbc.sql("SELECT id FROM clinic_employee WHERE enterprise_id = ? AND person_id = ? AND deleted_at IS NULL")
                .params(enterpriseId, personId).query(Long.class).optional();
    }

    /** A fresh record: a user with no other profile, starting on the day, with no work location yet. */
    long insert(long enterpriseId, long personId, LocalDate start, Instant at) {
        jdbc.sql("INSERT INTO clinic_employee (enterprise_id, person_id, start_date, is_local_admin, is_super_user, is_user, created_at)"
                        + " VALUES (?, ?, ?, FALSE, FALSE, TRUE, ?)")
                .params(enterpriseId, personId, start, Timestamp.from(at)).update();
        return activeRecordOf(enterpriseId, personId).orElseThrow();
    }

    /** The fields the clinic edits (R34, R38: never RAMQ's). */
    void changeRecord(long employeeId, EmployeeFields fields, LocalDate start, String email) {
        jdbc.sql("UPDATE clinic_employee SET title = ?, start_date = ?, departure_date = ?, email = ?, work_phone = ?, phone_extension = ?,"
                        + " profession = ?, profession_description = ?, short_bio = ? WHERE id = ?")
                .params(fields.title(), start, fields.departureDate(), email, fields.workPhone(), fields.phoneExtension(), fields.profession(),
                        fields.professionDescription(), fields.shortBio(), employeeId)
                .update();
    }

    void replaceWorkLocations(long employeeId, Collection<Long> locations) {
        jdbc.sql("DELETE FROM clinic_employee_location WHERE employee_id = ?").param(employeeId).update();
        addWorkLocations(employeeId, locations);
    }

    void addWorkLocations(long employeeId, Collection<Long> locations) {
        for (long location : locations) {
            jdbc.sql("INSERT INTO clinic_employee_location (employee_id, location_id) VALUES (?, ?)").params(employeeId, location).update();
        }
    }

    /** R46: deleted for good in the clinic's screens, with no profile left. */
    void markDeleted(long employeeId, Instant at) {
        jdbc.sql("UPDATE clinic_employee SET deleted_at = ?, is_local_admin = FALSE, is_super_user = FALSE WHERE id = ?")
                .params(Timestamp.from(at), employeeId).update();
    }

    /** §9 A12, A13: a local administrator is a user, and not a super user. */
    void makeLocalAdmin(long employeeId) {
        jdbc.sql("UPDATE clinic_employee SET is_local_admin = TRUE, is_super_user = FALSE, is_user = TRUE WHERE id = ?").param(employeeId).update();
    }

    void withdrawLocalAdmin(long employeeId) {
        jdbc.sql("UPDATE clinic_employee SET is_local_admin = FALSE, is_user = TRUE WHERE id = ?").param(employeeId).update();
    }

    /** R54: a super user is a user, and no longer a local administrator. */
    void makeSuperUser(long employeeId) {
        jdbc.sql("UPDATE clinic_employee SET is_super_user = TRUE, is_local_admin = FALSE, is_user = TRUE WHERE id = ?").param(employeeId).update();
    }

    void withdrawSuperUser(long employeeId) {
        jdbc.sql("UPDATE clinic_employee SET is_super_user = FALSE, is_user = TRUE WHERE id = ?").param(employeeId).update();
    }

    /** How many local administrators besides this employee are active on the day (not deleted, not departed). */
    long otherActiveLocalAdmins(long enterpriseId, long employeeId, LocalDate day) {
        return jdbc.sql("SELECT COUNT(*) FROM clinic_employee WHERE enterprise_id = ? AND id <> ? AND is_local_admin AND deleted_at IS NULL"
                        + " AND (departure_date IS NULL OR departure_date >= ?)")
                .params(enterpriseId, employeeId, day).query(Long.class).single();
    }

    /** R19: the enterprise's local administrators (records not deleted), by name. */
    List<NamedEmployee> localAdmins(long enterpriseId) {
        return named(enterpriseId, "e.is_local_admin");
    }

    /** The health professionals of the enterprise (a practice number; records not deleted), by name. */
    List<NamedEmployee> professionals(long enterpriseId) {
        return named(enterpriseId, "p.practice_number IS NOT NULL");
    }

    private List<NamedEmployee> named(long enterpriseId, String condition) {
        return jdbc.sql("SELECT e.id, p.first_name, p.last_name, p.practice_number FROM clinic_employee e JOIN ramq_person p ON p.id = e.person_id"
                        + " WHERE e.enterprise_id = ? AND e.deleted_at IS NULL AND " + condition + " ORDER BY p.last_name, p.first_name, e.id")
                .param(enterpriseId)
                .query((rs, n) -> new NamedEmployee(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    private Map<Long, List<Long>> workLocations(List<Long> employeeIds) {
        Map<Long, List<Long>> locations = new HashMap<>();
        if (employeeIds.isEmpty()) {
            return locations;
        }
        jdbc.sql("SELECT employee_id, location_id FROM clinic_employee_location WHERE employee_id IN (:ids) ORDER BY location_id")
                .param("ids", employeeIds)
                .query((RowCallbackHandler) rs -> locations.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getLong(2)));
        return locations;
    }

    private static Employee employee(ResultSet rs, List<Long> workLocations) throws SQLException {
        return employee(rs, 0, workLocations);
    }

    /** The record from the {@code COLUMNS} that follow the first {@code skip} columns of the row. */
    private static Employee employee(ResultSet rs, int skip, List<Long> workLocations) throws SQLException {
        int c = skip;
        return new Employee(rs.getLong(c + 1), rs.getString(c + 2), rs.getString(c + 3), rs.getString(c + 4), rs.getString(c + 5),
                rs.getString(c + 6), rs.getString(c + 7), rs.getDate(c + 8).toLocalDate(), rs.getDate(c + 9) == null ? null : rs.getDate(c + 9).toLocalDate(),
                rs.getString(c + 10), rs.getString(c + 11), rs.getString(c + 12), rs.getString(c + 13), rs.getString(c + 14), rs.getString(c + 15),
                workLocations, rs.getBoolean(c + 16), rs.getBoolean(c + 17), rs.getBoolean(c + 18),
                rs.getTimestamp(c + 19) == null ? null : rs.getTimestamp(c + 19).toInstant());
    }
}
