package org.vigie.scheduling.booking;

import java.util.List;

import org.springframework.stereotype.Component;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Clinic;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.people.ClinicDirectory;
import org.vigie.scheduling.people.EmployeeView;
import org.vigie.web.InvalidRequestException;

/**
 * Who may do what on an appointment's agenda (spec §3.4, §3.5 note 1): the pair (location, professional) decides the column;
 * booking, modifying, moving, cancelling and attendance are {@code appointment.manage} (R61: read-only refused), reading is
 * {@code agenda.view}.
 */
@Component
class BookingAccess {
    static final String MANAGE = "appointment.manage";
    static final String VIEW = "agenda.view";

    private final Clinic clinic;
    private final SchedulingRules rules;
    private final ClinicDirectory people;

    BookingAccess(Clinic clinic, SchedulingRules rules, ClinicDirectory people) {
        this.clinic = clinic;
        this.rules = rules;
        this.people = people;
    }

    /** The professional of the agenda: a health professional of the enterprise (404 otherwise; 400 for another employee). */
    EmployeeView professional(Actor actor, Long professionalId) {
        if (professionalId == null) {
            throw new InvalidRequestException("professionalId", rules.text("booking.professional.required"));
        }
        EmployeeView professional = people.employee(actor.enterpriseId(), professionalId);
        if (!professional.healthProfessional()) {
            throw new InvalidRequestException("professionalId", rules.text("booking.professional.notHealthProfessional"));
        }
        return professional;
    }

    boolean allows(Actor actor, String action, long locationId, long professionalId) {
        return rules.allows(action, clinic.column(actor, locationId, professionalId));
    }

    /** 403 in the action's words unless the actor may do it on the agenda. */
    void require(Actor actor, String action, long locationId, long professionalId) {
        clinic.require(action, clinic.column(actor, locationId, professionalId));
    }

    /** 403 unless the actor may do it on at least one of the professional's agendas: checked before the location is settled. */
    void requireSomewhere(Actor actor, String action, EmployeeView professional) {
        List<Long> locations = professional.workLocations();
        if (locations.isEmpty()) {
            clinic.require(actor, action);
        } else if (locations.stream().noneMatch(location -> allows(actor, action, location, professional.id()))) {
            require(actor, action, locations.get(0), professional.id()); // refused there as everywhere: 403 in the action's words
        }
    }
}
