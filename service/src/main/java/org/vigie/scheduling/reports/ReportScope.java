package org.vigie.scheduling.reports;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Clinic;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.booking.ReportedAppointments.ReportAgenda;
import org.vigie.scheduling.people.EmployeeView;
import org.vigie.web.ForbiddenException;

/**
 * Whose appointments a report may list (spec §3.4, §6.4; R232, R234, R240), on the matrix's (location, professional) columns
 * as the agenda is checked: a local administrator and a super user every agenda of the enterprise, a professional their own,
 * a user the agendas where they hold a row. An appointment is reported on only when its agenda passes, so a patient's data
 * never leaves the agendas the actor may read, nor the enterprise.
 */
@Component
class ReportScope {
    static final String PRODUCE = "report.produce";
    static final String DELETED = "report.deleted.include";

    private final Clinic clinic;
    private final SchedulingRules rules;

    ReportScope(Clinic clinic, SchedulingRules rules) {
        this.clinic = clinic;
        this.rules = rules;
    }

    /** A choice of the professional or location list: one id, « Tous » (ALL), or « Tous, incluant ceux qui sont supprimés ». */
    record ReportChoice(Long id, boolean includingDeleted) {
    }

    /** R240: a user who is not LA or SU produces reports through their own agenda or a row on another's (READ suffices). */
    void requireProduce(Actor actor) {
        if (!clinic.allowsSomewhere(actor, PRODUCE)) {
            // the operator's column refuses, and the LCGA's (R255): no agenda to name
            throw new ForbiddenException(rules.refusal(actor.manager() || actor.isLcga() ? "access.refused" : "access.refused.reportAgenda",
                    PRODUCE));
        }
    }

    /** R234, R49: « Tous, incluant ceux qui sont supprimés » is the local administrator's and the super user's choice. */
    void requireDeletedIncluded(Actor actor) {
        clinic.require(actor, DELETED);
    }

    /** R232: a professional chosen by id is one whose agenda the actor may report on at some location (403 otherwise). */
    void requireProfessional(Actor actor, EmployeeView professional, List<ReportAgenda> candidates) {
        if (professional.deletedAt() != null) {
            requireDeletedIncluded(actor);
        }
        Stream<Long> locations = Stream.concat(professional.workLocations().stream(),
                candidates.stream().filter(a -> a.professionalId() == professional.id()).map(ReportAgenda::locationId));
        if (!actor.manager() && locations.distinct().noneMatch(location -> reports(actor, location, professional.id()))) {
            throw new ForbiddenException(rules.text("report.professional.outOfScope"));
        }
    }

    /** The candidate agendas the actor may report on that the choices and the professions keep (R232, R233, R234, R235). */
    List<ReportAgenda> agendas(Actor actor, List<ReportAgenda> candidates, ReportChoice professional, ReportChoice location,
                               Set<String> professions, ReportProfessionals professionals) {
        return candidates.stream()
                .filter(a -> professional.id() == null || a.professionalId() == professional.id())
                .filter(a -> location.id() == null || a.locationId() == location.id())
                .filter(a -> {
                    EmployeeView p = professionals.of(a.professionalId());
                    boolean shown = p.deletedAt() == null || professional.includingDeleted() || professional.id() != null;
                    return shown && professions.contains(p.professionalClass());
                })
                .filter(a -> reports(actor, a.locationId(), a.professionalId()))
                .toList();
    }

    /** Whether the matrix lets the actor report on the agenda (and view it: a print shows what the agenda shows). */
    boolean reports(Actor actor, long locationId, long professionalId) {
        String column = clinic.column(actor, locationId, professionalId);
        return rules.allows(PRODUCE, column) && rules.allows("agenda.view", column);
    }

}
