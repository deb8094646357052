package org.vigie.scheduling.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.Bodies;
import org.vigie.web.ConflictException;
import org.vigie.web.NotFoundException;
import org.vigie.web.Validation;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Clinic;
import org.vigie.scheduling.ClinicAudit;
import org.vigie.scheduling.SchedulingRules;

/**
 * A GMF's work groups (R241): professionals and up to two relay teams, which the citizens' search
 * offers when a patient's own professional has no suitable slot. Local administrators and super
 * users manage them, everyone else reads them (R242); members and relay teams are family
 * physicians, residents or nurse practitioners of the enterprise (R245, the pack's
 * {@code practiceClasses} with {@code workGroups: "true"}); no two groups have the same members
 * (R244, §9 A11); saving a group replaces its lists whole (R247).
 */
@RestController
@Tag(name = "Clinic scheduling")
class WorkGroups {
    private static final String GROUPS = "/api/clinic/enterprises/{enterpriseId}/work-groups";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clinic clinic;
    private final SchedulingRules rules;
    private final ClinicAudit audit;
    private final Employees employees;
    private final WorkGroupMemberships memberships;
    private final Clock clock;

    WorkGroups(JdbcClient jdbc, TransactionTemplate transactions, Clinic clinic, SchedulingRules rules, ClinicAudit audit,
               Employees employees, WorkGroupMemberships memberships, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clinic = clinic;
        this.rules = rules;
        this.audit = audit;
        this.employees = employees;
        this.memberships = memberships;
        this.clock = clock;
    }

    record GroupProfessional(long id, String firstName, String lastName, String professionalClass) {
    }

    record WorkGroupView(long id, List<GroupProfessional> members, List<GroupProfessional> relayTeam1, List<GroupProfessional> relayTeam2) {
    }

    /** The groups, and the professionals who belong to none on a line of their own (R246). */
    record WorkGroupsView(List<WorkGroupView> groups, List<GroupProfessional> withoutGroup) {
    }

    record WorkGroupForm(List<Long> members, List<Long> relayTeam1, List<Long> relayTeam2) {
    }

    @GetMapping(GROUPS)
    @Operation(summary = "The GMF's work groups with their relay teams, and the professionals in no group (R246); every employee reads "
            + "them (R242)")
    WorkGroupsView list(@PathVariable long enterpriseId) {
        clinic.actor(enterpriseId);
        requireGmf(enterpriseId);
        List<WorkGroupView> groups = memberships.membersByGroup(enterpriseId).keySet().stream().map(this::view).toList();
        Set<Long> grouped = new TreeSet<>();
        groups.forEach(g -> g.members().forEach(p -> grouped.add(p.id())));
        List<GroupProfessional> without = eligible(enterpriseId).stream().filter(p -> !grouped.contains(p.id())).toList();
        return new WorkGroupsView(groups, without);
    }

    @PostMapping(GROUPS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A local administrator or super user creates a work group: members (at least one), relayTeam1 and relayTeam2 "
            + "(each optional), professionals of the enterprise who may be in a work group (R243, R245); 409 when another group has the "
            + "same members (R244)")
    WorkGroupView create(@PathVariable long enterpriseId, @RequestBody WorkGroupForm body) {
        return save(enterpriseId, null, Bodies.required(body));
    }

    @PutMapping(GROUPS + "/{groupId}")
    @Operation(summary = "Saves a work group's members and relay teams, each list replacing the previous one whole (R247)")
    WorkGroupView replace(@PathVariable long enterpriseId, @PathVariable long groupId, @RequestBody WorkGroupForm body) {
        return save(enterpriseId, groupId, Bodies.required(body));
    }

    @DeleteMapping(GROUPS + "/{groupId}")
    @Operation(summary = "A local administrator or super user deletes a work group")
    WorkGroupView delete(@PathVariable long enterpriseId, @PathVariable long groupId) {
        Actor actor = clinic.actor(enterpriseId);
        clinic.require(actor, "workGroup.manage");
        requireGmf(enterpriseId);
        WorkGroupView group = existing(enterpriseId, groupId);
        transactions.executeWithoutResult(tx -> {
            employees.lockEnterprise(enterpriseId);
            memberships.delete(groupId);
            audit.record(actor, "workGroup.delete", "workGroup:" + groupId, null);
        });
        return group;
    }

    private WorkGroupView save(long enterpriseId, Long groupId, WorkGroupForm form) {
        Actor actor = clinic.actor(enterpriseId);
        clinic.require(actor, "workGroup.manage");
        requireGmf(enterpriseId);
        if (groupId != null) {
            existing(enterpriseId, groupId);
        }
        Set<Long> eligible = new TreeSet<>();
        eligible(enterpriseId).forEach(p -> eligible.add(p.id()));
        Set<Long> members = checked("members", form.members(), eligible, true);
        Set<Long> relay1 = checked("relayTeam1", form.relayTeam1(), eligible, false);
        Set<Long> relay2 = checked("relayTeam2", form.relayTeam2(), eligible, false);
        long id = transactions.execute(tx -> {
            employees.lockEnterprise(enterpriseId);
            if (memberships.groupWithMembers(enterpriseId, new TreeSet<>(members), groupId) != null) {
                throw new ConflictException(rules.text("workGroups.notUnique"));
            }
            long saved = groupId != null ? groupId : insert(enterpriseId);
            jdbc.sql("DELETE FROM clinic_work_group_professional WHERE group_id = ?").param(saved).update();
            Map.of(WorkGroupMemberships.MEMBER, members, "RELAY_1", relay1, "RELAY_2", relay2).forEach((role, professionals) ->
                    professionals.forEach(p -> jdbc.sql("INSERT INTO clinic_work_group_professional (group_id, role, professional_id)"
                            + " VALUES (?, ?, ?)").params(saved, role, p).update()));
            audit.record(actor, groupId == null ? "workGroup.create" : "workGroup.edit", "workGroup:" + saved,
                    "members " + members + ", relay 1 " + relay1 + ", relay 2 " + relay2);
            return saved;
        });
        return view(id);
    }

    private Set<Long> checked(String field, List<Long> ids, Set<Long> eligible, boolean required) {
        Set<Long> chosen = new LinkedHashSet<>(ids == null ? List.of() : ids);
        new Validation()
                .require(!required || !chosen.isEmpty(), field, rules.text("workGroups.noMember"))
                .require(eligible.containsAll(chosen), field, rules.text("workGroups.notEligible"))
                .throwIfAny();
        return chosen;
    }

    private long insert(long enterpriseId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO clinic_work_group (enterprise_id, created_at) VALUES (?, ?)")
                .params(enterpriseId, Timestamp.from(clock.instant())).update(keys, "id");
        return keys.getKey().longValue();
    }

    private void requireGmf(long enterpriseId) {
        if (!jdbc.sql("SELECT is_gmf FROM clinic_enterprise WHERE id = ?").param(enterpriseId).query(Boolean.class).single()) {
            throw new ConflictException(rules.text("workGroups.gmfOnly"));
        }
    }

    private WorkGroupView existing(long enterpriseId, long groupId) {
        if (jdbc.sql("SELECT COUNT(*) FROM clinic_work_group WHERE id = ? AND enterprise_id = ?").params(groupId, enterpriseId)
                .query(Long.class).single() == 0) {
            throw new NotFoundException("Aucun groupe de travail n'a l'identifiant " + groupId + " dans cette entreprise.");
        }
        return view(groupId);
    }

    private WorkGroupView view(long groupId) {
        return new WorkGroupView(groupId, professionals(groupId, WorkGroupMemberships.MEMBER), professionals(groupId, "RELAY_1"),
                professionals(groupId, "RELAY_2"));
    }

    private List<GroupProfessional> professionals(long groupId, String role) {
        return jdbc.sql("SELECT e.id, p.first_name, p.last_name, p.practice_number FROM clinic_work_group_professional m"
                        + " JOIN clinic_employee e ON e.id = m.professional_id JOIN ramq_person p ON p.id = e.person_id"
                        + " WHERE m.group_id = ? AND m.role = ? ORDER BY p.last_name, p.first_name, e.id")
                .params(groupId, role).query(this::professional).list();
    }

    /** The enterprise's professionals who may be in a work group (R245): not deleted, of a class the pack allows. */
    private List<GroupProfessional> eligible(long enterpriseId) {
        Set<String> classes = new TreeSet<>(rules.today().codesWhere("practiceClasses", "workGroups", "true"));
        List<GroupProfessional> eligible = new ArrayList<>();
        jdbc.sql("SELECT e.id, p.first_name, p.last_name, p.practice_number FROM clinic_employee e JOIN ramq_person p ON p.id = e.person_id"
                        + " WHERE e.enterprise_id = ? AND e.deleted_at IS NULL AND p.practice_number IS NOT NULL ORDER BY p.last_name, p.first_name, e.id")
                .param(enterpriseId).query(this::professional).list().stream()
                .filter(p -> classes.contains(p.professionalClass())).forEach(eligible::add);
        return eligible;
    }

    /** A row of (employee id, first name, last name, practice number). */
    private GroupProfessional professional(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new GroupProfessional(rs.getLong(1), rs.getString(2), rs.getString(3), rules.professionalClass(rs.getString(4)));
    }
}
