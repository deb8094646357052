package org.vigie.scheduling.reports;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.rules.PackParameters;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.booking.ReportedAppointments.ReportAgenda;
import org.vigie.scheduling.booking.ReportedAppointments.ReportCriteria;
import org.vigie.scheduling.people.ClinicDirectory;
import org.vigie.scheduling.people.EmployeeView;
import org.vigie.web.ForbiddenException;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.Validation;

/**
 * « Imprimer l'agenda » (guide §3.6.3, spec §6.3): one professional's active appointments at one location over a period, with
 * the pack's columns marked agenda (time, duration, patient, phone, reason, attendance, reference: our reading), as a print in
 * the caller's language. The agenda must be one the actor may view and report on (R232, R240); the same limits as a report
 * (its period, R238 and M19).
 */
@Service
class AgendaPrints {
    private final ReportProduction production;
    private final ReportScope scope;
    private final ReportLines lines;
    private final ReportPrints prints;
    private final ClinicDirectory people;
    private final SchedulingRules rules;

    AgendaPrints(ReportProduction production, ReportScope scope, ReportLines lines, ReportPrints prints, ClinicDirectory people,
                 SchedulingRules rules) {
        this.production = production;
        this.scope = scope;
        this.lines = lines;
        this.prints = prints;
        this.people = people;
        this.rules = rules;
    }

    /** The print in the language (fr or en): its titles, headers, dates and the pack's words; its refusals in the caller's language. */
    @Transactional(readOnly = true)
    byte[] print(Actor actor, AgendaPrintForm form, String language) {
        Validation refused = new Validation();
        production.period(refused, form.from(), form.to(), (int) rules.today().number("report.period.days.maximum"));
        refused.require(form.professionalId() != null, "professionalId", rules.text("report.agenda.professionalMissing"));
        refused.require(form.locationId() != null, "locationId", rules.text("report.agenda.locationMissing"));
        refused.throwIfAny();
        ReportProfessionals professionals = new ReportProfessionals(people, actor.enterpriseId());
        EmployeeView professional = professionals.of(form.professionalId());
        if (!professional.healthProfessional()) {
            throw new InvalidRequestException("professionalId", rules.text("agenda.notAProfessional"));
        }
        if (!people.locationInEnterprise(form.locationId(), actor.enterpriseId())) {
            throw new InvalidRequestException("locationId",
                    rules.text("report.criteria.locationUnknown", Map.of("id", String.valueOf(form.locationId()))));
        }
        if (!scope.reports(actor, form.locationId(), professional.id())) {
            throw new ForbiddenException(rules.refusal("access.refused.printAgenda", ReportScope.PRODUCE));
        }
        ReportCriteria criteria = new ReportCriteria(actor.enterpriseId(), form.from(), form.to(), "ACTIVE",
                List.of(new ReportAgenda(form.locationId(), professional.id())), Set.copyOf(ReportProduction.ATTENDANCES), null, null, null);
        int maximum = (int) rules.today().number("report.rows.maximum");
        List<ReportLine> rows = lines.of(professionals, production.limited(criteria, maximum), language);
        PackParameters pack = rules.pack().parameters();
        String title = pack.message("report.agenda.title", language, Map.of("professional", professional.firstName() + " "
                + professional.lastName(), "location", people.locationName(form.locationId()).orElse("")));
        String period = pack.message("report.period", language, Map.of("from", form.from(), "to", form.to()));
        return prints.print(title, period, lines.agendaColumns(language), rows, Boolean.TRUE.equals(form.pagePerDay()),
                pack.message("report.empty", language), pack.wording(language));
    }
}
