package org.vigie.scheduling.availability;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.vigie.rules.facts.ProposedServiceGroup;
import org.vigie.rules.facts.ProposedSlot;
import org.vigie.scheduling.Clinic;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.Weeks;
import org.vigie.scheduling.offering.OfferedServices;
import org.vigie.scheduling.people.ClinicDirectory;
import org.vigie.scheduling.people.EmployeeView;
import org.vigie.web.ConflictException;
import org.vigie.web.Validation;

/**
 * Turns a slot form into a {@link Placement}: where and when (code: R98, R102, R103, start before end), then which
 * combinations it may hold (rules/scheduling: R96, R104, R106, R107, R111). Its instants come from its own local date and
 * times in its location's zone, by {@link Weeks#instant}, never from another slot.
 */
@Component
class SlotChecks {
    private static final Map<String, String> FIELDS = Map.of("slot.partsTogether", "locationId", "slot.noService", "serviceIds",
            "slot.mixedTypes", "serviceIds", "slot.mixedDurations", "serviceIds", "slot.allReasonsAlone", "serviceIds",
            "slot.publishFromNotPublic", "publishFrom");

    private final ClinicDirectory people;
    private final OfferedServices offering;
    private final SchedulingRules rules;
    private final Clinic clinic;

    SlotChecks(ClinicDirectory people, OfferedServices offering, SchedulingRules rules, Clinic clinic) {
        this.people = people;
        this.offering = offering;
        this.rules = rules;
        this.clinic = clinic;
    }

    /** The checked slot, or a 400 naming each refused field. {@code now} decides "in the past" (R98). */
    Placement check(long enterpriseId, EmployeeView professional, SlotForm form, Instant now) {
        Validation where = new Validation()
                .require(form.date() != null, "date", rules.text("slot.date.required"))
                .require(form.startTime() != null, "startTime", rules.text("slot.startTime.required"))
                .require(form.endTime() != null, "endTime", rules.text("slot.endTime.required"));
        Long locationId = form.locationId();
        // R102: one of the professional's work locations
        where.require(locationId == null || professional.workLocations().contains(locationId), "locationId",
                rules.text("slot.location.notAWorkLocation", Map.of("location", String.valueOf(locationId))));
        Map<Long, OfferedServices.OfferedService> services = new LinkedHashMap<>();
        List<Long> ids = form.serviceIds() == null ? List.of() : form.serviceIds();
        for (int i = 0; i < ids.size(); i++) { // R103: the professional's own, active
            var service = ids.get(i) == null ? null : offering.activeOne(professional.id(), ids.get(i)).orElse(null);
            where.require(service != null, "serviceIds[" + i + "]",
                    rules.text("slot.service.notActive", Map.of("service", String.valueOf(ids.get(i)))));
            if (service != null) {
                services.putIfAbsent(service.id(), service);
            }
        }
        List<Long> groups = form.serviceGroupIds() == null ? List.of() : form.serviceGroupIds();
        for (int i = 0; i < groups.size(); i++) { // R105: a group adds its services, skipping those already on the slot
            var members = groups.get(i) == null ? null : offering.group(enterpriseId, professional.id(), groups.get(i)).orElse(null);
            where.require(members != null, "serviceGroupIds[" + i + "]",
                    rules.text("slot.group.notTheProfessionals", Map.of("group", String.valueOf(groups.get(i)))));
            if (members != null) {
                members.forEach(s -> services.putIfAbsent(s.id(), s));
            }
        }
        where.throwIfAny();
        ZoneId zone = zone(locationId);
        Instant startsAt = Weeks.instant(form.date(), form.startTime(), zone);
        Instant endsAt = Weeks.instant(form.date(), form.endTime(), zone);
        new Validation()
                .require(form.startTime().isBefore(form.endTime()), "endTime", rules.text("slot.endTime.notAfterStart"))
                .require(!form.startTime().isBefore(form.endTime()) || startsAt.isBefore(endsAt), "endTime",
                        rules.text("slot.hours.skipped"))
                .require(endsAt.isAfter(now), "endTime", rules.text("slot.end.past")) // R98
                .throwIfAny();
        // R108: left unchecked, a slot with a location or services is private
        Visibility visibility = form.visibility() != null ? form.visibility()
                : locationId != null || !services.isEmpty() ? Visibility.PRIVATE : null;
        List<ProposedServiceGroup.Member> members = new ArrayList<>();
        services.values().forEach(s -> members.add(new ProposedServiceGroup.Member(s.appointmentType(), s.reason(), s.durationMinutes())));
        rules.check(new ProposedSlot(locationId != null, visibility == null ? null : visibility.name(), members, !groups.isEmpty(),
                form.publishFrom() != null, false), FIELDS);
        return new Placement(form.date(), form.startTime(), form.endTime(), locationId, zone, startsAt, endsAt, visibility,
                form.publishFrom(), List.copyOf(services.keySet()));
    }

    /**
     * Holds the services the slots are about to take up until the transaction ends, as their deletion does, and refuses (409)
     * when one was deleted since it was checked: a slot and its service's deletion never both succeed (R77).
     */
    void holdServices(Collection<Long> serviceIds) {
        if (!offering.holdActive(serviceIds)) {
            throw new ConflictException(rules.text("slots.serviceDeleted"));
        }
    }

    /** The zone a slot's local date and times are read in: its location's (§9 A23), the service's when it has none. */
    ZoneId zone(Long locationId) {
        return locationId == null ? clinic.zone() : people.zone(locationId);
    }
}
