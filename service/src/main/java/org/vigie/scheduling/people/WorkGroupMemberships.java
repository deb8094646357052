package org.vigie.scheduling.people;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

/**
 * Who is in which work group, and what deleting an employee does to the groups (R47, R48). Used by the work groups'
 * service and by employee deletion, always under the enterprise's lock.
 */
@Component
class WorkGroupMemberships {
    private final WorkGroups groups;

    WorkGroupMemberships(WorkGroups groups) {
        this.groups = groups;
    }

    /** The group other than {@code except} whose members are exactly these (R244: uniqueness is on the members, §9 A11); null if none. */
    Long groupWithMembers(long enterpriseId, Set<Long> members, Long except) {
        return groups.membersByGroup(enterpriseId).entrySet().stream()
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
        for (Map.Entry<Long, Set<Long>> group : groups.membersByGroup(enterpriseId).entrySet()) {
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
        groups.removeEverywhere(removal.professionalId());
        removal.emptied().forEach(groups::delete);
    }
}
