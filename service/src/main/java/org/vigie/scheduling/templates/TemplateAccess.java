package org.vigie.scheduling.templates;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Clinic;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.people.ClinicDirectory;
import org.vigie.scheduling.people.ClinicDirectory.ProfessionalAtLocation;
import org.vigie.web.ForbiddenException;

/**
 * Who may keep and apply templates where (spec §3.4, §3.8), on the matrix's (location, professional) columns as availability
 * checks an agenda: a template is managed at a location where the actor may write on at least one professional's agenda
 * (R141, R142, R144: a local administrator, a super user, a professional through their own agenda, a user with READ_WRITE), and
 * applied to an agenda the actor may write on at the template's location (R154, R155).
 */
@Component
class TemplateAccess {
    static final String MANAGE = "agenda.template.manage";
    static final String APPLY = "agenda.template.apply";

    private final Clinic clinic;
    private final SchedulingRules rules;
    private final ClinicDirectory people;

    TemplateAccess(Clinic clinic, SchedulingRules rules, ClinicDirectory people) {
        this.clinic = clinic;
        this.rules = rules;
        this.people = people;
    }

    /** The health professionals active today at the location. */
    List<ProfessionalAtLocation> professionalsAt(Actor actor, long locationId) {
        return people.activeProfessionalsAtTheirLocations(actor.enterpriseId(), clinic.today()).stream()
                .filter(p -> p.locationId() == locationId).toList();
    }

    /** Whether the actor may write on the professional's agenda at the location, as the template rows of the matrix say (R150). */
    boolean writes(Actor actor, long locationId, long professionalId) {
        return rules.allows(MANAGE, clinic.column(actor, locationId, professionalId));
    }

    /** The enterprise's locations where the actor may keep templates (R142, R144). */
    Set<Long> manageableLocations(Actor actor) {
        if (actor.operator()) {
            return Set.of();
        }
        return people.activeProfessionalsAtTheirLocations(actor.enterpriseId(), clinic.today()).stream()
                .filter(p -> writes(actor, p.locationId(), p.employeeId())).map(ProfessionalAtLocation::locationId).collect(Collectors.toSet());
    }

    /** 403 unless the actor may keep templates at the location (R141, R144). */
    void requireManage(Actor actor, long locationId) {
        if (actor.operator()) {
            clinic.require(actor, MANAGE); // the operator's column: no clinic's agenda work
        }
        if (professionalsAt(actor, locationId).stream().noneMatch(p -> writes(actor, locationId, p.employeeId()))) {
            throw new ForbiddenException(rules.refusal("access.refused.templateHere", MANAGE));
        }
    }

    /** 403 unless the actor may apply a template to the professional's agenda at the location (R154, R155). */
    void requireApply(Actor actor, long locationId, long professionalId) {
        if (actor.operator() || !rules.allows(APPLY, clinic.column(actor, locationId, professionalId))) {
            throw new ForbiddenException(rules.refusal("access.refused.templateAgenda", APPLY));
        }
    }
}
