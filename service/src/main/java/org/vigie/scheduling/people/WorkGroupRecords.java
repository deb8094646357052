package org.vigie.scheduling.people;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.web.ConflictException;
import org.vigie.web.NotFoundException;
import org.vigie.web.Validation;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.ClinicAudit;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.people.WorkGroups.Role;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * A GMF's work groups (R241): professionals and up to two relay teams, which the citizens' search offers when a patient's
 * own professional has no suitable slot. Local administrators and super users manage them, everyone else reads them
 * (R242); members and relay teams are family physicians, residents or nurse practitioners of the enterprise (R245, the
 * pack's {@code practiceClasses} with {@code workGroups: "true"}); no two groups have the same members (R244, §9 A11);
 * saving a group replaces its lists whole (R247). Every change is audited.
 */
@Service
class WorkGroupRecords {
    private final WorkGroups groups;
    private final WorkGroupMemberships memberships;
    private final Employees employees;
    private final Enterprises enterprises;
    private final SchedulingRules rules;
    private final ClinicAudit audit;
    private final Clock clock;

    WorkGroupRecords(WorkGroups groups, WorkGroupMemberships memberships, Employees employees, Enterprises enterprises,
                     SchedulingRules rules, ClinicAudit audit, Clock clock) {
        this.groups = groups;
        this.memberships = memberships;
        this.employees = employees;
        this.enterprises = enterprises;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    record GroupProfessional(long id, String firstName, String lastName, String professionalClass) {
    }

    record WorkGroupView(long id, List<GroupProfessional> members, List<GroupProfessional> relayTeam1, List<GroupProfessional> relayTeam2) {
    }

    /** The groups, and the professionals who belong to none on a line of their own (R246). */
    record WorkGroupsView(List<WorkGroupView> groups, List<GroupProfessional> withoutGroup) {
    }

    record WorkGroupForm(@Schema(requiredMode = REQUIRED, example = "[2, 5]", description = "Employee ids, at least one (R243)")
                         List<Long> members,
                         @Schema(example = "[7]", description = "Employee ids; none when absent") List<Long> relayTeam1,
                         @Schema(example = "[]", description = "Employee ids; none when absent") List<Long> relayTeam2) {
    }

    /** R246: the groups with their relay teams, and the professionals in no group. */
    WorkGroupsView list(long enterpriseId) {
        requireGmf(enterpriseId);
        List<WorkGroupView> all = groups.membersByGroup(enterpriseId).keySet().stream().map(this::view).toList();
        Set<Long> grouped = new TreeSet<>();
        all.forEach(g -> g.members().forEach(p -> grouped.add(p.id())));
        return new WorkGroupsView(all, eligible(enterpriseId).stream().filter(p -> !grouped.contains(p.id())).toList());
    }

    /** R243-R245, R247: creates the group ({@code groupId} null) or replaces its lists; 409 when another has the same members. */
    @Transactional
    WorkGroupView save(Actor actor, Long groupId, WorkGroupForm form) {
        long enterpriseId = actor.enterpriseId();
        enterprises.lock(enterpriseId);
        requireGmf(enterpriseId);
        if (groupId != null) {
            existing(enterpriseId, groupId);
        }
        Set<Long> eligible = new TreeSet<>();
        eligible(enterpriseId).forEach(p -> eligible.add(p.id()));
        Set<Long> members = checked("members", form.members(), eligible, true);
        Set<Long> relay1 = checked("relayTeam1", form.relayTeam1(), eligible, false);
        Set<Long> relay2 = checked("relayTeam2", form.relayTeam2(), eligible, false);
        if (memberships.groupWithMembers(enterpriseId, new TreeSet<>(members), groupId) != null) {
            throw new ConflictException(rules.text("workGroups.notUnique"));
        }
        long saved = groupId != null ? groupId : groups.insert(enterpriseId, clock.instant());
        groups.replaceProfessionals(saved, Map.of(Role.MEMBER, members, Role.RELAY_1, relay1, Role.RELAY_2, relay2));
        audit.record(actor, groupId == null ? "workGroup.create" : "workGroup.edit", "workGroup:" + saved,
                "members " + members + ", relay 1 " + relay1 + ", relay 2 " + relay2);
        return view(saved);
    }

    @Transactional
    WorkGroupView delete(Actor actor, long groupId) {
        long enterpriseId = actor.enterpriseId();
        enterprises.lock(enterpriseId);
        requireGmf(enterpriseId);
        WorkGroupView group = existing(enterpriseId, groupId);
        groups.delete(groupId);
        audit.record(actor, "workGroup.delete", "workGroup:" + groupId, null);
        return group;
    }

    private Set<Long> checked(String field, List<Long> ids, Set<Long> eligible, boolean required) {
        Set<Long> chosen = new LinkedHashSet<>(ids == null ? List.of() : ids);
        new Validation()
                .require(!required || !chosen.isEmpty(), field, rules.text("workGroups.noMember"))
                .require(eligible.containsAll(chosen), field, rules.text("workGroups.notEligible"))
                .throwIfAny();
        return chosen;
    }

    /** R241: work groups exist only in a GMF. */
    private void requireGmf(long enterpriseId) {
        if (!enterprises.isGmf(enterpriseId)) {
            throw new ConflictException(rules.text("workGroups.gmfOnly"));
        }
    }

    private WorkGroupView existing(long enterpriseId, long groupId) {
        if (!groups.exists(enterpriseId, groupId)) {
            throw new NotFoundException(rules.text("workGroups.notFound", Map.of("id", String.valueOf(groupId))));
        }
        return view(groupId);
    }

    private WorkGroupView view(long groupId) {
        return new WorkGroupView(groupId, professionals(groupId, Role.MEMBER), professionals(groupId, Role.RELAY_1),
                professionals(groupId, Role.RELAY_2));
    }

    private List<GroupProfessional> professionals(long groupId, Role role) {
        return groups.professionals(groupId, role).stream().map(this::professional).toList();
    }

    /** R245: the enterprise's professionals (records not deleted) of a class the pack allows in a work group. */
    private List<GroupProfessional> eligible(long enterpriseId) {
        Set<String> classes = new TreeSet<>(rules.today().codesWhere("practiceClasses", "workGroups", "true"));
        return employees.professionals(enterpriseId).stream().map(this::professional).filter(p -> classes.contains(p.professionalClass()))
                .toList();
    }

    private GroupProfessional professional(Employees.NamedEmployee employee) {
        return new GroupProfessional(employee.id(), employee.firstName(), employee.lastName(), rules.professionalClass(employee.practiceNumber()));
    }
}
