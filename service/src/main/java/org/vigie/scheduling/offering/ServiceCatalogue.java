package org.vigie.scheduling.offering;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.rules.Evaluation;
import org.vigie.rules.facts.ProposedService;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.ClinicAudit;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.people.ClinicDirectory;
import org.vigie.scheduling.people.EmployeeView;
import org.vigie.web.ConflictException;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.NotFoundException;
import org.vigie.web.Validation;

/**
 * A health professional's services (type × consultation reason × duration): the professional's own list (R67), deleted
 * ones shown « inactif » (R78). Which service a professional may have is a rule of rules/scheduling (R68, R69); a service
 * is never edited (R76), only deleted after confirming (R80) while no future slot uses it (R77, §9 A3-A4), leaving every
 * group (R79), and created again.
 */
@Component
class ServiceCatalogue {
    private static final Map<String, String> SERVICE_FIELDS = Map.of("service.notAProfessional", "professionalId",
            "service.gmfOutsideGmf", "appointmentType", "service.unknownType", "appointmentType", "service.unknownReason", "reason",
            "service.inactiveReason", "reason", "service.durationNotOffered", "durationMinutes");

    private final Services services;
    private final ServiceGroups groups;
    private final ServiceUse slots;
    private final SchedulingRules rules;
    private final ClinicAudit audit;
    private final ClinicDirectory people;
    private final Clock clock;

    ServiceCatalogue(Services services, ServiceGroups groups, ServiceUse slots, SchedulingRules rules, ClinicAudit audit,
                     ClinicDirectory people, Clock clock) {
        this.services = services;
        this.groups = groups;
        this.slots = slots;
        this.rules = rules;
        this.audit = audit;
        this.people = people;
        this.clock = clock;
    }

    /** The professional's own list (R67), deleted ones too when asked, shown « inactif » (R78). */
    @Transactional(readOnly = true)
    List<ServiceView> services(Actor actor, long professionalId, boolean includeDeleted) {
        people.requireReadable(actor, professionalId);
        people.employee(actor.enterpriseId(), professionalId);
        return services.of(actor.enterpriseId(), professionalId, includeDeleted).stream().map(s -> ServiceView.of(s, rules)).toList();
    }

    /** A service the pack's rules accept for this professional (R68, R69), recorded with the rule set that accepted it. */
    @Transactional
    ServiceView create(Actor actor, long professionalId, NewService request) {
        long enterpriseId = actor.enterpriseId();
        EmployeeView professional = people.activeEmployee(enterpriseId, professionalId);
        new Validation().require(request.appointmentType() != null, "appointmentType", rules.text("service.create.typeMissing"))
                .require(request.reason() != null, "reason", rules.text("service.create.reasonMissing"))
                .require(request.durationMinutes() != null, "durationMinutes", rules.text("service.create.durationMissing")).throwIfAny();
        Evaluation evaluation = rules.check(new ProposedService(request.appointmentType(), request.reason(), request.durationMinutes(),
                professional.professionalClass(), people.isGmf(enterpriseId)), SERVICE_FIELDS);
        long id = services.add(enterpriseId, professionalId, request, evaluation.version(), clock.instant());
        audit.record(actor, "service.create", "service:" + id, request.appointmentType() + " " + request.reason() + " "
                + request.durationMinutes() + " min, professional " + professionalId);
        return ServiceView.of(service(enterpriseId, professionalId, id), rules);
    }

    /**
     * Deletes a service once confirmed (R80), refused while a future or running slot offers it (R77, §9 A3-A4); it leaves
     * every group (R79), and a group it was the last service of goes with it, since a group is never empty (our reading).
     */
    @Transactional
    DeletedService delete(Actor actor, long professionalId, long serviceId, Boolean confirmed) {
        long enterpriseId = actor.enterpriseId();
        services.lock(serviceId); // first: the transaction's reads then see every slot that took the service up before it (R77)
        if (service(enterpriseId, professionalId, serviceId).deleted()) {
            throw new ConflictException(rules.text("service.alreadyDeleted"));
        }
        if (!Boolean.TRUE.equals(confirmed)) {
            throw new InvalidRequestException("confirmed", rules.text("service.deletion.unconfirmed"));
        }
        Instant now = clock.instant();
        long future = slots.futureSlotsOffering(serviceId, now);
        if (future > 0) {
            throw new ConflictException(rules.text("service.deletion.futureSlots", Map.of("count", future)));
        }
        List<ServiceGroup> emptied = groups.holdingOnly(serviceId);
        services.markDeleted(serviceId, now);
        groups.release(serviceId);
        audit.record(actor, "service.delete", "service:" + serviceId, null);
        for (ServiceGroup group : emptied) {
            groups.delete(group.id());
            audit.record(actor, "serviceGroup.delete", "serviceGroup:" + group.id(), group.name() + ", with its last service " + serviceId);
        }
        return new DeletedService(ServiceView.of(service(enterpriseId, professionalId, serviceId), rules),
                emptied.stream().map(g -> new DeletedService.DeletedGroup(g.id(), g.name())).toList());
    }

    /** A service of the professional in this enterprise; 404 otherwise, whoever asks (no reaching another enterprise's by its ids). */
    private Service service(long enterpriseId, long professionalId, long serviceId) {
        return services.find(enterpriseId, professionalId, serviceId)
                .orElseThrow(() -> new NotFoundException(rules.text("service.notFound", Map.of("id", String.valueOf(serviceId)))));
    }
}
