package org.vigie.rules.facts;

import java.util.List;

/** A service group a clinic wants to save (scheduling): its services, each by type, reason and duration. */
public final class ProposedServiceGroup {
    /** One service of the group. */
    public record Member(String appointmentType, String reason, int durationMinutes) {
    }

    private final List<Member> services;

    public ProposedServiceGroup(List<Member> services) {
        this.services = List.copyOf(services);
    }

    public List<Member> getServices() { return services; }

    /** How many different appointment types the services have. */
    public long getTypeCount() {
        return services.stream().map(Member::appointmentType).distinct().count();
    }

    /** How many different durations the services have. */
    public long getDurationCount() {
        return services.stream().map(Member::durationMinutes).distinct().count();
    }

    /** Whether one of the services has the given reason (for instance the "all reasons" wildcard). */
    public boolean hasReason(String reason) {
        return services.stream().anyMatch(s -> reason.equals(s.reason()));
    }
}
