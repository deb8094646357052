package org.vigie.scheduling.reports;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.patients.PatientRegistry;
import org.vigie.scheduling.booking.ReportedAppointments;
import org.vigie.scheduling.booking.ReportedAppointments.ReportAgenda;
import org.vigie.scheduling.booking.ReportedAppointments.ReportCriteria;
import org.vigie.scheduling.people.ClinicDirectory;
import org.vigie.scheduling.people.EmployeeView;
import org.vigie.scheduling.reports.ReportScope.ReportChoice;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.Languages;
import org.vigie.web.Validation;

/**
 * The report generator (guide §3.6.1, spec §6.2): checks the criteria, decides the agendas in scope, refuses more than the
 * pack's report.rows.maximum results before reading any (R238, M19, for every output: §9 A21), and words the rows. Read-only,
 * in one transaction so that the count and the rows see the same appointments.
 */
@Service
class ReportProduction {
    static final String ALL = "ALL";
    static final String ALL_INCLUDING_DELETED = "ALL_INCLUDING_DELETED";
    static final String ALL_PROFESSIONS = "ALL_PROFESSIONS";
    static final List<String> ATTENDANCES = List.of("UNCONFIRMED", "PRESENT", "ABSENT");

    private final ReportedAppointments appointments;
    private final ReportScope scope;
    private final ReportLines lines;
    private final ClinicDirectory people;
    private final SchedulingRules rules;

    ReportProduction(ReportedAppointments appointments, ReportScope scope, ReportLines lines, ClinicDirectory people, SchedulingRules rules) {
        this.appointments = appointments;
        this.scope = scope;
        this.lines = lines;
        this.people = people;
        this.rules = rules;
    }

    /** A report produced: its criteria as worded, its rows, and how to lay it out. */
    record ProducedReport(LocalDate from, LocalDate to, ReportFormat format, boolean pagePerDay, int maximum, List<ReportLine> rows) {
    }

    @Transactional(readOnly = true)
    ProducedReport produce(Actor actor, ReportForm form) {
        scope.requireProduce(actor);
        Validation refused = new Validation();
        period(refused, form.from(), form.to(), (int) rules.today().number("report.period.days.maximum"));
        refused.require(form.status() != null && List.of("ACTIVE", "CANCELLED").contains(form.status()), "status",
                rules.text("report.criteria.statusUnknown", Map.of("status", String.valueOf(form.status()))));
        ReportChoice professional = choice(refused, "professionalId", form.professionalId());
        ReportChoice location = choice(refused, "locationId", form.locationId());
        Set<String> professions = professions(refused, actor, form.profession());
        Set<String> attendance = attendance(refused, form.attendance());
        String reason = form.reasonCode() == null || ALL.equals(form.reasonCode()) ? null : form.reasonCode();
        if (reason != null) {
            rules.requireInList(refused, "reasonCode", "reasons", reason, "booking.reasonUnknown");
        }
        String patient = form.patient() == null || form.patient().isBlank() ? null : form.patient().strip();
        refused.require(patient == null || patient.length() >= 2, "patient", rules.text("report.patient.short"));
        ReportFormat format = format(refused, form.format());
        if (location.id() != null && !people.locationInEnterprise(location.id(), actor.enterpriseId())) {
            refused.refuse("locationId", rules.text("report.criteria.locationUnknown", Map.of("id", String.valueOf(location.id()))));
        }
        refused.throwIfAny();
        if (professional.includingDeleted() || location.includingDeleted()) {
            scope.requireDeletedIncluded(actor);
        }
        List<ReportAgenda> candidates = appointments.agendasIn(actor.enterpriseId(), form.from(), form.to());
        ReportProfessionals professionals = new ReportProfessionals(people, actor.enterpriseId());
        if (professional.id() != null) {
            EmployeeView chosen = professionals.of(professional.id());
            if (!chosen.healthProfessional()) {
                throw new InvalidRequestException("professionalId", rules.text("booking.professional.notHealthProfessional"));
            }
            scope.requireProfessional(actor, chosen, candidates);
        }
        String nam = PatientRegistry.normalized(patient).orElse(null); // a patient given by NAM, else by name
        ReportCriteria criteria = new ReportCriteria(actor.enterpriseId(), form.from(), form.to(), form.status(),
                scope.agendas(actor, candidates, professional, location, professions, professionals), attendance, reason,
                nam, nam == null ? patient : null);
        int maximum = (int) rules.today().number("report.rows.maximum");
        List<ReportLine> rows = lines.of(professionals, limited(criteria, maximum));
        return new ProducedReport(form.from(), form.to(), format, Boolean.TRUE.equals(form.pagePerDay()), maximum, rows);
    }

    /** The appointments of the criteria, refused with M19 when they are more than the maximum (R238): nothing else is read. */
    List<ReportedAppointments.ReportedAppointment> limited(ReportCriteria criteria, int maximum) {
        long count = appointments.count(criteria);
        if (count > maximum) {
            NumberFormat numbers = NumberFormat.getIntegerInstance("en".equals(Languages.current()) ? Locale.CANADA : Locale.CANADA_FRENCH);
            throw new InvalidRequestException("criteria", rules.text("message.M19", Map.of("count", numbers.format(count),
                    "maximum", numbers.format(maximum))));
        }
        return appointments.rows(criteria, maximum);
    }

    /** The period's two dates, in order, at most {@code maximum} days long (inclusive). */
    void period(Validation refused, LocalDate from, LocalDate to, int maximum) {
        refused.require(from != null, "from", rules.text("report.criteria.fromMissing"));
        refused.require(to != null, "to", rules.text("report.criteria.toMissing"));
        if (from != null && to != null) {
            long days = ChronoUnit.DAYS.between(from, to) + 1;
            refused.require(days >= 1, "to", rules.text("report.period.order"));
            refused.require(days < 1 || days <= maximum, "to", rules.text("report.period.tooLong", Map.of("maximum", maximum, "days", days)));
        }
    }

    private ReportChoice choice(Validation refused, String field, String value) {
        if (ALL.equals(value)) {
            return new ReportChoice(null, false);
        }
        if (ALL_INCLUDING_DELETED.equals(value)) {
            return new ReportChoice(null, true);
        }
        try {
            return new ReportChoice(Long.parseLong(value), false);
        } catch (NumberFormatException e) {
            refused.refuse(field, rules.text("report.criteria.choiceUnknown", Map.of("value", String.valueOf(value))));
            return new ReportChoice(null, false);
        }
    }

    private Set<String> professions(Validation refused, Actor actor, String profession) {
        List<String> classes = rules.codes("practiceClasses");
        if (ALL_PROFESSIONS.equals(profession)) {
            refused.require(people.isGmf(actor.enterpriseId()), "profession", rules.text("report.profession.allGmfOnly"));
            return Set.copyOf(classes);
        }
        refused.require(classes.contains(profession), "profession", rules.text("report.criteria.professionUnknown",
                Map.of("profession", String.valueOf(profession), "classes", String.join(", ", classes), "all", ALL_PROFESSIONS)));
        return profession == null ? Set.of() : Set.of(profession);
    }

    private Set<String> attendance(Validation refused, List<String> chosen) {
        if (chosen == null) {
            return new LinkedHashSet<>(ATTENDANCES); // R237: all three by default
        }
        refused.require(!chosen.isEmpty(), "attendance", rules.text("report.attendance.none"));
        chosen.stream().filter(a -> !ATTENDANCES.contains(a)).findFirst().ifPresent(a -> refused.refuse("attendance",
                rules.text("report.criteria.attendanceUnknown", Map.of("attendance", String.valueOf(a), "values", String.join(", ", ATTENDANCES)))));
        return new LinkedHashSet<>(chosen);
    }

    private ReportFormat format(Validation refused, String format) {
        if (format == null) {
            return ReportFormat.JSON;
        }
        try {
            return ReportFormat.valueOf(format);
        } catch (IllegalArgumentException e) {
            refused.refuse("format", rules.text("report.criteria.formatUnknown", Map.of("format", format)));
            return ReportFormat.JSON;
        }
    }
}
