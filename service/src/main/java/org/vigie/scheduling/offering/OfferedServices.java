package org.vigie.scheduling.offering;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.web.Languages;

/**
 * What the slots read of a professional's offering (guide §3.4.5): their active services and what a group of theirs
 * expands to. Published so that availability names none of offering's tables.
 */
@Component
public class OfferedServices {
    /** A service as a slot shows it: its type, reason (code and label), duration, and whether it is deleted (« inactif », R78). */
    public record OfferedService(long id, String appointmentType, String reason, String reasonLabel, int durationMinutes, boolean deleted) {
    }

    /** A service with the professional who offers it. */
    public record OwnedService(long professionalId, OfferedService service) {
    }

    private final Services services;
    private final ServiceGroups groups;
    private final SchedulingRules rules;

    OfferedServices(Services services, ServiceGroups groups, SchedulingRules rules) {
        this.services = services;
        this.groups = groups;
        this.rules = rules;
    }

    /** Every service of the professional, deleted ones too ({@link #all}), and their booking horizon when it is on (R89). */
    public record Offering(List<OfferedService> services, Optional<Integer> bookingHorizonWeeks) {
    }

    /** The professional's services and booking horizon in one read, as an agenda needs them. */
    public Offering offering(long enterpriseId, long professionalId) {
        Services.WithOptions read = services.allWithOptions(enterpriseId, professionalId);
        return new Offering(read.services().stream().map(this::offered).toList(),
                read.options().filter(Options::bookingHorizonEnabled).map(Options::bookingHorizonMaxWeeks));
    }

    /** The professional's active services, by id: one of them is preselected on a new slot when it is the only one (R101). */
    public List<OfferedService> active(long enterpriseId, long professionalId) {
        return services.of(enterpriseId, professionalId, false).stream().map(this::offered).toList();
    }

    /** Every service of the professional, deleted ones too: a past slot still shows what it offered. */
    public List<OfferedService> all(long enterpriseId, long professionalId) {
        return services.of(enterpriseId, professionalId, true).stream().map(this::offered).toList();
    }

    /** The service when it is the professional's own and active (R103). */
    public Optional<OfferedService> activeOne(long professionalId, long serviceId) {
        return services.active(professionalId, serviceId).map(this::offered);
    }

    /** An active service of any professional of the enterprise, with theirs: a template's slots offer any professional's (R145). */
    public Optional<OwnedService> activeInEnterprise(long enterpriseId, long serviceId) {
        return services.activeOwner(enterpriseId, serviceId)
                .flatMap(owner -> services.active(owner, serviceId).map(s -> new OwnedService(owner, offered(s))));
    }

    /**
     * Holds the services until the caller's transaction ends, as a deletion does, and answers whether every one is still
     * active: a slot checks this just before it takes them up, so a deletion running meanwhile is either seen here or sees
     * the slot (R77).
     */
    public boolean holdActive(Collection<Long> serviceIds) {
        return services.lockActive(serviceIds).size() == new HashSet<>(serviceIds).size();
    }

    /** The active services of one of the professional's groups (R103, R105); empty when the group is not theirs. */
    public Optional<List<OfferedService>> group(long enterpriseId, long professionalId, long groupId) {
        return groups.find(enterpriseId, professionalId, groupId)
                .map(g -> groups.services(g.id()).stream().filter(s -> !s.deleted()).map(this::offered).toList());
    }

    private OfferedService offered(Service service) {
        String label = rules.pack().parameters().item("reasons", service.reason()).map(r -> r.label(Languages.current())).orElse(service.reason());
        return new OfferedService(service.id(), service.appointmentType(), service.reason(), label, service.durationMinutes(), service.deleted());
    }
}
