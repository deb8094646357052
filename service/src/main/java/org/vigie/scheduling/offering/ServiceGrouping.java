package org.vigie.scheduling.offering;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.rules.facts.ProposedServiceGroup;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.ClinicAudit;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.people.ClinicDirectory;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.NotFoundException;
import org.vigie.web.Validation;

/**
 * A health professional's service groups (spec §3.2.3): some of the professional's own active services (R82) of the same
 * type and duration (R83), without a « Toutes les raisons » service (R84), under a name unique for the professional (R85);
 * changed under the same rules (R86) and deleted after confirming, its services staying (R87). Which services may share a
 * group is a rule of rules/scheduling. Every change is audited.
 */
@Component
class ServiceGrouping {
    private static final Map<String, String> GROUP_FIELDS = Map.of("serviceGroup.empty", "serviceIds", "serviceGroup.mixedTypes", "serviceIds",
            "serviceGroup.mixedDurations", "serviceIds", "serviceGroup.allReasons", "serviceIds");

    private final ServiceGroups groups;
    private final Services services;
    private final SchedulingRules rules;
    private final ClinicAudit audit;
    private final ClinicDirectory people;

    ServiceGrouping(ServiceGroups groups, Services services, SchedulingRules rules, ClinicAudit audit, ClinicDirectory people) {
        this.groups = groups;
        this.services = services;
        this.rules = rules;
        this.audit = audit;
        this.people = people;
    }

    @Transactional(readOnly = true)
    List<GroupView> groups(Actor actor, long professionalId) {
        people.requireReadable(actor, professionalId);
        people.employee(actor.enterpriseId(), professionalId);
        return views(actor.enterpriseId(), professionalId);
    }

    /** A new group of the professional's own services (R82-R85). */
    @Transactional
    GroupView create(Actor actor, long professionalId, GroupForm form) {
        people.employee(actor.enterpriseId(), professionalId);
        List<Long> members = check(professionalId, form);
        String name = form.name().trim();
        long id;
        try {
            id = groups.add(actor.enterpriseId(), professionalId, name);
        } catch (DuplicateKeyException taken) {
            throw nameTaken(name);
        }
        groups.hold(id, members);
        audit.record(actor, "serviceGroup.create", "serviceGroup:" + id, form.name() + " " + members);
        return view(group(actor.enterpriseId(), professionalId, id));
    }

    /** A group renamed or given other services, under the same rules (R86); its lock orders it with a deletion of its services. */
    @Transactional
    GroupView change(Actor actor, long professionalId, long groupId, GroupForm form) {
        group(actor.enterpriseId(), professionalId, groupId);
        List<Long> members = check(professionalId, form);
        String name = form.name().trim();
        groups.lock(groupId);
        try {
            groups.rename(groupId, name);
        } catch (DuplicateKeyException taken) {
            throw nameTaken(name);
        }
        groups.hold(groupId, members);
        audit.record(actor, "serviceGroup.edit", "serviceGroup:" + groupId, form.name() + " " + members);
        return view(group(actor.enterpriseId(), professionalId, groupId));
    }

    /** Deletes a group once confirmed; its services stay (R87). Answers the groups left. */
    @Transactional
    List<GroupView> delete(Actor actor, long professionalId, long groupId, Boolean confirmed) {
        group(actor.enterpriseId(), professionalId, groupId);
        if (!Boolean.TRUE.equals(confirmed)) {
            throw new InvalidRequestException("confirmed", rules.text("service.deletion.unconfirmed"));
        }
        groups.delete(groupId);
        audit.record(actor, "serviceGroup.delete", "serviceGroup:" + groupId, null);
        return views(actor.enterpriseId(), professionalId);
    }

    /** The group's services, each the professional's own and active (R82), checked by the pack's rules (R83, R84). */
    private List<Long> check(long professionalId, GroupForm form) {
        Validation validation = new Validation()
                .require(form.name() != null && !form.name().isBlank(), "name", rules.text("serviceGroup.nameMissing"))
                .maxLength("name", form.name(), 100);
        List<Long> ids = form.serviceIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(form.serviceIds()));
        List<ProposedServiceGroup.Member> members = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            Service service = id == null ? null : services.active(professionalId, id).orElse(null);
            validation.require(service != null, "serviceIds[" + i + "]",
                    rules.text("serviceGroup.serviceNotActive", Map.of("id", String.valueOf(id))));
            if (service != null) {
                members.add(new ProposedServiceGroup.Member(service.appointmentType(), service.reason(), service.durationMinutes()));
            }
        }
        validation.throwIfAny();
        rules.check(new ProposedServiceGroup(members), GROUP_FIELDS);
        return ids;
    }

    private InvalidRequestException nameTaken(String name) {
        return new InvalidRequestException("name", rules.text("serviceGroup.nameTaken", Map.of("name", name)));
    }

    /** A group of the professional in this enterprise; 404 otherwise, whoever asks. */
    private ServiceGroup group(long enterpriseId, long professionalId, long groupId) {
        return groups.find(enterpriseId, professionalId, groupId)
                .orElseThrow(() -> new NotFoundException(rules.text("serviceGroup.notFound", Map.of("id", String.valueOf(groupId)))));
    }

    private List<GroupView> views(long enterpriseId, long professionalId) {
        return groups.of(enterpriseId, professionalId).stream().map(this::view).toList();
    }

    private GroupView view(ServiceGroup group) {
        return new GroupView(group.id(), group.name(), groups.services(group.id()).stream().map(s -> ServiceView.of(s, rules)).toList());
    }
}
