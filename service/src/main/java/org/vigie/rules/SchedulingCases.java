package org.vigie.rules;

import static org.vigie.rules.AuthorCases.asMap;
import static org.vigie.rules.AuthorCases.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.vigie.rules.facts.ProposedService;
import org.vigie.rules.facts.ProposedServiceGroup;
import org.vigie.rules.facts.ProposedSlot;

/** The fact an author case of the scheduling pack gives (rules/scheduling/tests/*.yaml). */
final class SchedulingCases {
    private SchedulingCases() {
    }

    /**
     * A {@code service} (type, reason, duration, professionalClass, enterpriseGmf), a {@code serviceGroup} (a list of services:
     * type, reason, duration) or a {@code slot} (located, visibility, services, groupPicked, publishFrom, template); null for none.
     */
    static Object fact(Map<String, Object> given) {
        if (given.containsKey("service")) {
            Map<String, Object> service = asMap(given.get("service"));
            return new ProposedService(String.valueOf(service.get("type")), String.valueOf(service.get("reason")),
                    (int) number(service.get("duration")), (String) service.get("professionalClass"),
                    Boolean.TRUE.equals(service.get("enterpriseGmf")));
        }
        if (given.containsKey("serviceGroup")) {
            return new ProposedServiceGroup(members(given.get("serviceGroup")));
        }
        if (given.containsKey("slot")) {
            Map<String, Object> slot = asMap(given.get("slot"));
            return new ProposedSlot(Boolean.TRUE.equals(slot.get("located")), (String) slot.get("visibility"),
                    members(slot.getOrDefault("services", List.of())), Boolean.TRUE.equals(slot.get("groupPicked")),
                    Boolean.TRUE.equals(slot.get("publishFrom")), Boolean.TRUE.equals(slot.get("template")));
        }
        return null;
    }

    private static List<ProposedServiceGroup.Member> members(Object services) {
        List<ProposedServiceGroup.Member> members = new ArrayList<>();
        for (Object s : (List<?>) services) {
            Map<String, Object> service = asMap(s);
            members.add(new ProposedServiceGroup.Member(String.valueOf(service.get("type")), String.valueOf(service.get("reason")),
                    (int) number(service.get("duration"))));
        }
        return members;
    }
}
