package org.vigie.scheduling.people;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who is in which work group, and what deleting an employee does to the groups (R47, R48). Used by
 * the work groups' endpoints and by employee deletion, always under the enterprise's row lock.
 */
@Component
class WorkGroupMemberships {
    static final String MEMBER = "MEMBER";

    private final JdbcClient jdbc;

    WorkGroupMemberships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each group of the enterprise with its members (not its relay teams), by group id. */
    Map<Long, Set<Long>> membersByGroup(long enterpriseId) {
        Map<Long, Set<Long>> groups = new LinkedHashMap<>();
        jdbc.sql("SELECT g.id FROM clinic_work_group g WHERE g.enterprise_id = ? ORDER BY g.id").param(enterpriseId).query(Long.class).list()
                .forEach(id -> groups.put(id, new TreeSet<>()));
        jdbc.sql("SELECT m.group_id, m.professional_id FROM clinic_work_group_professional m JOIN clinic_work_group g ON g.id = m.group_id"
                        + " WHERE g.enterprise_id = ? AND m.role = ?")
                .params(enterpriseId, MEMBER)
                .query((RowCallbackHandler) rs -> groups.get(rs.getLong(1)).add(rs.getLong(2)));
        return groups;
    }

    /** The group other than {@code except} whose members are exactly these (R244: uniqueness is on the members, §9 A11); null if none. */
    Long groupWithMembers(long enterpriseId, Set<Long> members, Long except) {
        return membersByGroup(enterpriseId).entrySet().stream()
                .filter(g -> !g.getKey().equals(except) && g.getValue().equals(members))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /**
     * What taking a professional out of the groups would do, from one read: the groups they are the only member of, which go
     * with them (R47), and whether two groups would be left with the same members (R48).
     */
    record Removal(long professionalId, List<Long> emptied, boolean leavesTwins) {
    }

    Removal removal(long enterpriseId, long professionalId) {
        List<Long> emptied = new ArrayList<>();
        Set<Set<Long>> remaining = new HashSet<>();
        boolean twins = false;
        for (Map.Entry<Long, Set<Long>> group : membersByGroup(enterpriseId).entrySet()) {
            Set<Long> after = new TreeSet<>(group.getValue());
            after.remove(professionalId);
            if (after.isEmpty()) {
                emptied.add(group.getKey());
            } else if (!remaining.add(after)) {
                twins = true;
            }
        }
        return new Removal(professionalId, emptied, twins);
    }

    /** Takes the professional out of every group and relay team, and deletes the groups left without a member. */
    void apply(Removal removal) {
        jdbc.sql("DELETE FROM clinic_work_group_professional WHERE professional_id = ?").param(removal.professionalId()).update();
        removal.emptied().forEach(this::delete);
    }

    void delete(long groupId) {
        jdbc.sql("DELETE FROM clinic_work_group_professional WHERE group_id = ?").param(groupId).update();
        jdbc.sql("DELETE FROM clinic_work_group WHERE id = ?").param(groupId).update();
    }
}
