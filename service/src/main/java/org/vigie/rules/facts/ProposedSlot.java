package org.vigie.rules.facts;

import java.util.List;

/**
 * A slot a clinic wants to save (scheduling, guide §3.4.5): whether it has a location and a type (public or private), its
 * services once the groups are expanded (each by type, reason and duration), whether a service group was picked, and
 * whether a "from" date and time is set (for a template slot: a number of days before and an opening time), and whether it is a
 * slot of a schedule template, which takes services only, never a group (R145). The input fact of the scheduling pack's slot rules.
 */
public final class ProposedSlot {
    private final boolean located;
    private final String visibility;
    private final List<ProposedServiceGroup.Member> services;
    private final boolean groupPicked;
    private final boolean publishFromSet;
    private final boolean template;

    public ProposedSlot(boolean located, String visibility, List<ProposedServiceGroup.Member> services, boolean groupPicked,
                        boolean publishFromSet, boolean template) {
        this.template = template;
        this.located = located;
        this.visibility = visibility;
        this.services = List.copyOf(services);
        this.groupPicked = groupPicked;
        this.publishFromSet = publishFromSet;
    }

    public boolean isLocated() { return located; }
    /** PUBLIC, PRIVATE, or null when not set (an incomplete slot). */
    public String getVisibility() { return visibility; }
    public List<ProposedServiceGroup.Member> getServices() { return services; }
    public boolean isGroupPicked() { return groupPicked; }
    public boolean isPublishFromSet() { return publishFromSet; }
    /** A slot of a schedule template (guide §3.8.1) rather than of an agenda. */
    public boolean isTemplate() { return template; }

    /** How many of location, services and type are set: 0 or 3 is allowed (R96). */
    public int getPartsSet() {
        return (located ? 1 : 0) + (services.isEmpty() ? 0 : 1) + (visibility == null ? 0 : 1);
    }

    public long getTypeCount() {
        return services.stream().map(ProposedServiceGroup.Member::appointmentType).distinct().count();
    }

    public long getDurationCount() {
        return services.stream().map(ProposedServiceGroup.Member::durationMinutes).distinct().count();
    }

    public boolean hasReason(String reason) {
        return services.stream().anyMatch(s -> reason.equals(s.reason()));
    }
}
