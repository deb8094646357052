package org.vigie.scheduling.offering;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.rules.facts.ProposedServiceGroup;
import org.vigie.web.Bodies;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.NotFoundException;
import org.vigie.web.Validation;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Clinic;
import org.vigie.scheduling.ClinicAudit;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.people.ClinicDirectory;

/**
 * A health professional's service groups (spec §3.2.3): some of the professional's own active
 * services (R82) of the same type and duration (R83), without a « Toutes les raisons » service (R84),
 * under a name unique for the professional (R85); changed under the same rules (R86) and deleted after
 * confirming, its services staying (R87). Which services may share a group is a rule of
 * rules/scheduling. Every change is audited.
 */
@RestController
@Tag(name = "Clinic scheduling", description = "Enterprises, locations, employees, profiles, permissions, services (RVSQ, clinic side)")
class ServiceGroups {
    private static final Map<String, String> GROUP_FIELDS = Map.of("serviceGroup.empty", "serviceIds", "serviceGroup.mixedTypes", "serviceIds",
            "serviceGroup.mixedDurations", "serviceIds", "serviceGroup.allReasons", "serviceIds");

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clinic clinic;
    private final SchedulingRules rules;
    private final ClinicAudit audit;
    private final ClinicDirectory people;
    private final Services services;

    ServiceGroups(JdbcClient jdbc, TransactionTemplate transactions, Clinic clinic, SchedulingRules rules, ClinicAudit audit,
                  ClinicDirectory people, Services services) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clinic = clinic;
        this.rules = rules;
        this.audit = audit;
        this.people = people;
        this.services = services;
    }

    record GroupView(long id, String name, List<Services.ServiceView> services) {
    }

    record GroupForm(String name, List<Long> serviceIds) {
    }

    private static final String GROUPS = "/api/clinic/enterprises/{enterpriseId}/professionals/{professionalId}/service-groups";

    @GetMapping(GROUPS)
    @Operation(summary = "The professional's service groups")
    List<GroupView> groups(@PathVariable long enterpriseId, @PathVariable long professionalId) {
        Actor actor = clinic.actor(enterpriseId);
        people.requireReadable(actor, professionalId);
        people.employee(enterpriseId, professionalId);
        return jdbc.sql("SELECT id FROM clinic_service_group WHERE professional_id = ? ORDER BY name").param(professionalId)
                .query(Long.class).list().stream().map(id -> group(enterpriseId, professionalId, id)).toList();
    }

    @PostMapping(GROUPS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A local administrator or super user groups some of the professional's own services (R82): same type and "
            + "duration (R83), no « Toutes les raisons » service (R84), a name unique for the professional (R85)")
    GroupView createGroup(@PathVariable long enterpriseId, @PathVariable long professionalId, @RequestBody GroupForm body) {
        GroupForm form = Bodies.required(body);
        Actor actor = clinic.actor(enterpriseId);
        clinic.require(actor, "professional.services.manage");
        people.employee(enterpriseId, professionalId);
        List<Long> services = checkGroup(professionalId, form);
        long id = transactions.execute(tx -> {
            try {
                jdbc.sql("INSERT INTO clinic_service_group (enterprise_id, professional_id, name) VALUES (?, ?, ?)")
                        .params(enterpriseId, professionalId, form.name().trim()).update();
            } catch (DuplicateKeyException taken) {
                throw new InvalidRequestException("name", "Ce professionnel a déjà un groupe de services nommé « " + form.name().trim() + " ».");
            }
            long group = jdbc.sql("SELECT id FROM clinic_service_group WHERE professional_id = ? AND name = ?")
                    .params(professionalId, form.name().trim()).query(Long.class).single();
            services.forEach(s -> jdbc.sql("INSERT INTO clinic_service_group_member (group_id, service_id) VALUES (?, ?)").params(group, s).update());
            audit.record(actor, "serviceGroup.create", "serviceGroup:" + group, form.name() + " " + services);
            return group;
        });
        return group(enterpriseId, professionalId, id);
    }

    @PutMapping(GROUPS + "/{groupId}")
    @Operation(summary = "A local administrator or super user renames a group or changes its services, under the same rules (R86)")
    GroupView changeGroup(@PathVariable long enterpriseId, @PathVariable long professionalId, @PathVariable long groupId,
                          @RequestBody GroupForm body) {
        GroupForm form = Bodies.required(body);
        Actor actor = clinic.actor(enterpriseId);
        clinic.require(actor, "professional.services.manage");
        group(enterpriseId, professionalId, groupId);
        List<Long> services = checkGroup(professionalId, form);
        transactions.executeWithoutResult(tx -> {
            try {
                jdbc.sql("UPDATE clinic_service_group SET name = ? WHERE id = ?").params(form.name().trim(), groupId).update();
            } catch (DuplicateKeyException taken) {
                throw new InvalidRequestException("name", "Ce professionnel a déjà un groupe de services nommé « " + form.name().trim() + " ».");
            }
            jdbc.sql("DELETE FROM clinic_service_group_member WHERE group_id = ?").param(groupId).update();
            services.forEach(s -> jdbc.sql("INSERT INTO clinic_service_group_member (group_id, service_id) VALUES (?, ?)").params(groupId, s).update());
            audit.record(actor, "serviceGroup.edit", "serviceGroup:" + groupId, form.name() + " " + services);
        });
        return group(enterpriseId, professionalId, groupId);
    }

    @DeleteMapping(GROUPS + "/{groupId}")
    @Operation(summary = "A local administrator or super user deletes a group after confirming « Supprimer »; its services stay (R87)")
    List<GroupView> deleteGroup(@PathVariable long enterpriseId, @PathVariable long professionalId, @PathVariable long groupId,
                                @RequestParam(required = false) Boolean confirmed) {
        Actor actor = clinic.actor(enterpriseId);
        clinic.require(actor, "professional.services.manage");
        group(enterpriseId, professionalId, groupId);
        if (!Boolean.TRUE.equals(confirmed)) {
            throw new InvalidRequestException("confirmed", "Confirmez la suppression avec « Supprimer » (confirmed=true).");
        }
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("DELETE FROM clinic_service_group_member WHERE group_id = ?").param(groupId).update();
            jdbc.sql("DELETE FROM clinic_service_group WHERE id = ?").param(groupId).update();
            audit.record(actor, "serviceGroup.delete", "serviceGroup:" + groupId, null);
        });
        return groups(enterpriseId, professionalId);
    }

    /** The group's services, each the professional's own and active (R82), checked by the pack's rules (R83, R84). */
    private List<Long> checkGroup(long professionalId, GroupForm form) {
        Validation validation = new Validation()
                .require(form.name() != null && !form.name().isBlank(), "name", "Le nom du groupe est obligatoire.")
                .maxLength("name", form.name(), 100);
        List<Long> ids = form.serviceIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(form.serviceIds()));
        List<ProposedServiceGroup.Member> members = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            var service = id == null ? null : jdbc.sql("SELECT appointment_type, reason, duration_minutes FROM clinic_service"
                            + " WHERE id = ? AND professional_id = ? AND deleted_at IS NULL").params(id, professionalId)
                    .query((rs, n) -> new ProposedServiceGroup.Member(rs.getString(1), rs.getString(2), rs.getInt(3))).optional().orElse(null);
            validation.require(service != null, "serviceIds[" + i + "]", "Le service " + id + " n'est pas un service actif de ce professionnel.");
            if (service != null) {
                members.add(service);
            }
        }
        validation.throwIfAny();
        rules.check(new ProposedServiceGroup(members), GROUP_FIELDS);
        return ids;
    }

    /** A group of the professional in this enterprise; 404 otherwise, whoever asks. */
    private GroupView group(long enterpriseId, long professionalId, long groupId) {
        String name = jdbc.sql("SELECT name FROM clinic_service_group WHERE id = ? AND professional_id = ? AND enterprise_id = ?")
                .params(groupId, professionalId, enterpriseId)
                .query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("Ce professionnel n'a pas de groupe de services " + groupId + "."));
        List<Services.ServiceView> services = jdbc.sql("SELECT service_id FROM clinic_service_group_member WHERE group_id = ? ORDER BY service_id")
                .param(groupId).query(Long.class).list().stream().map(s -> this.services.one(enterpriseId, professionalId, s)).toList();
        return new GroupView(groupId, name, services);
    }
}
