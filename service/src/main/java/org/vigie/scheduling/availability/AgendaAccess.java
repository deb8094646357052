package org.vigie.scheduling.availability;

import java.util.List;

import org.springframework.stereotype.Component;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Clinic;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.people.ClinicDirectory;
import org.vigie.scheduling.people.EmployeeView;
import org.vigie.web.ForbiddenException;
import org.vigie.web.InvalidRequestException;

/**
 * Whether the matrix lets the actor do an agenda action on a professional's slots (spec §3.4). An agenda is a professional at a
 * location (R94), so a slot with a location is checked there; one without (an incomplete slot) at any of the professional's
 * work locations (our reading: whoever may work on one of the professional's agendas may complete it).
 */
@Component
class AgendaAccess {
    private final Clinic clinic;
    private final SchedulingRules rules;
    private final ClinicDirectory people;

    AgendaAccess(Clinic clinic, SchedulingRules rules, ClinicDirectory people) {
        this.clinic = clinic;
        this.rules = rules;
        this.people = people;
    }

    /** The professional whose agenda it is: a health professional of the enterprise; 404 for anyone else, 400 for an employee. */
    EmployeeView professional(Actor actor, long professionalId) {
        EmployeeView professional = people.employee(actor.enterpriseId(), professionalId);
        if (!professional.healthProfessional()) {
            throw new InvalidRequestException("professionalId", rules.text("slot.notAProfessional"));
        }
        return professional;
    }

    boolean allows(Actor actor, String action, Long locationId, EmployeeView professional) {
        List<Long> locations = locationId != null ? List.of(locationId) : professional.workLocations();
        if (locations.isEmpty()) {
            return rules.allows(action, actor.operator() ? Clinic.OPERATOR : clinic.column(actor));
        }
        return locations.stream().anyMatch(location -> rules.allows(action, clinic.column(actor, location, professional.id())));
    }

    /** 403 in the action's words, as {@link Clinic#require} words it, unless {@link #allows}. */
    void require(Actor actor, String action, Long locationId, EmployeeView professional) {
        if (!allows(actor, action, locationId, professional)) {
            throw new ForbiddenException(rules.refusal("access.refused", action));
        }
    }
}
