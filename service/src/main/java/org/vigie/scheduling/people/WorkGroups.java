package org.vigie.scheduling.people;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** A GMF's work groups ({@code clinic_work_group}) and who is in each, as member or in a relay team ({@code clinic_work_group_professional}). */
@Repository
class WorkGroups {
    /** Where a professional stands in a group (§9 A11: one may be a member and in the group's own relay team). */
    enum Role { MEMBER, RELAY_1, RELAY_2 }

    private final JdbcClient jdbc;

    WorkGroups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each group of the enterprise with its members (not its relay teams), by group id. */
    Map<Long, Set<Long>> membersByGroup(long enterpriseId) {
        Map<Long, Set<Long>> groups = new LinkedHashMap<>();
        jdbc.sql("SELECT g.id FROM clinic_work_group g WHERE g.enterprise_id = ? ORDER BY g.id").param(enterpriseId).query(Long.class).list()
                .forEach(id -> groups.put(id, new TreeSet<>()));
        jdbc.sql("SELECT m.group_id, m.professional_id FROM clinic_work_group_professional m JOIN clinic_work_group g ON g.id = m.group_id"
                        + " WHERE g.enterprise_id = ? AND m.role = ?")
                .params(enterpriseId, Role.MEMBER.name())
                .query((RowCallbackHandler) rs -> groups.get(rs.getLong(1)).add(rs.getLong(2)));
        return groups;
    }

    boolean exists(long enterpriseId, long groupId) {
        return jdbc.sql("SELECT COUNT(*) FROM clinic_work_group WHERE id = ? AND enterprise_id = ?").params(groupId, enterpriseId)
                .query(Long.class).single() > 0;
    }

    long insert(long enterpriseId, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO clinic_work_group (enterprise_id, created_at) VALUES (?, ?)").params(enterpriseId, Timestamp.from(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** R247: a save replaces the group's lists whole. */
    void replaceProfessionals(long groupId, Map<Role, Set<Long>> professionals) {
        jdbc.sql("DELETE FROM clinic_work_group_professional WHERE group_id = ?").param(groupId).update();
        professionals.forEach((role, ids) -> ids.forEach(id -> jdbc.sql("INSERT INTO clinic_work_group_professional (group_id, role,"
                + " professional_id) VALUES (?, ?, ?)").params(groupId, role.name(), id).update()));
    }

    /** The professionals of the group in this role, by name. */
    List<Employees.NamedEmployee> professionals(long groupId, Role role) {
        return jdbc.sql("SELECT e.id, p.first_name, p.last_name, p.practice_number FROM clinic_work_group_professional m"
                        + " JOIN clinic_employee e ON e.id = m.professional_id JOIN ramq_person p ON p.id = e.person_id"
                        + " WHERE m.group_id = ? AND m.role = ? ORDER BY p.last_name, p.first_name, e.id")
                .params(groupId, role.name())
                .query((rs, n) -> new Employees.NamedEmployee(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    /** Takes the professional out of every group and relay team. */
    void removeEverywhere(long professionalId) {
        jdbc.sql("DELETE FROM clinic_work_group_professional WHERE professional_id = ?").param(professionalId).update();
    }

    void delete(long groupId) {
        jdbc.sql("DELETE FROM clinic_work_group_professional WHERE group_id = ?").param(groupId).update();
        jdbc.sql("DELETE FROM clinic_work_group WHERE id = ?").param(groupId).update();
    }
}
