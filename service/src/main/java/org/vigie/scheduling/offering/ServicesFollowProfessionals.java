package org.vigie.scheduling.offering;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.vigie.scheduling.people.EmployeeDeleted;

/**
 * What a professional offers follows their employee record, listened to synchronously inside the writer's transaction.
 * Deleted (R46): their services are deleted (read « inactif » where past slots show them, R78), their groups and options
 * go, so that the person added again later starts with none. A departure (R45) changes nothing here, on purpose: the
 * services stay, so the past keeps its services and a departure date moved later needs nothing back; they stop being
 * offered after it because a departed professional is no longer active, which is for the slots to heed.
 */
@Component
class ServicesFollowProfessionals {
    private final Services services;
    private final ServiceGroups groups;
    private final ProfessionalOptions options;
    private final Clock clock;

    ServicesFollowProfessionals(Services services, ServiceGroups groups, ProfessionalOptions options, Clock clock) {
        this.services = services;
        this.groups = groups;
        this.options = options;
        this.clock = clock;
    }

    @EventListener
    void on(EmployeeDeleted deleted) {
        groups.deleteAllOf(deleted.employeeId());
        services.markAllDeleted(deleted.employeeId(), clock.instant());
        options.forget(deleted.employeeId());
    }
}
