package org.vigie.scheduling.offering;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.Bodies;
import org.vigie.web.NotFoundException;
import org.vigie.web.Validation;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Clinic;
import org.vigie.scheduling.ClinicAudit;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.people.ClinicDirectory;

/**
 * A health professional's options (spec §3.2.4): the booking horizon, off by default (R88), limits
 * how far ahead patients see the professional's slots online to a number of Sunday-to-Saturday weeks
 * from the offered list of rules/scheduling (R89, R91), saved at once (R92); it never limits the
 * clinic's own bookings (R90). Only health professionals have options (R44). Every change is audited.
 */
@RestController
@Tag(name = "Clinic scheduling", description = "Enterprises, locations, employees, profiles, permissions, services (RVSQ, clinic side)")
class ProfessionalOptions {
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clinic clinic;
    private final SchedulingRules rules;
    private final ClinicAudit audit;
    private final ClinicDirectory people;

    ProfessionalOptions(JdbcClient jdbc, TransactionTemplate transactions, Clinic clinic, SchedulingRules rules, ClinicAudit audit,
                        ClinicDirectory people) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clinic = clinic;
        this.rules = rules;
        this.audit = audit;
        this.people = people;
    }

    record Options(boolean bookingHorizonEnabled, Integer bookingHorizonMaxWeeks) {
    }

    record OptionsForm(Boolean bookingHorizonEnabled, Integer bookingHorizonMaxWeeks) {
    }

    private static final String OPTIONS = "/api/clinic/enterprises/{enterpriseId}/professionals/{professionalId}/options";

    @GetMapping(OPTIONS)
    @Operation(summary = "The professional's options: the booking horizon, off by default (R88)")
    Options options(@PathVariable long enterpriseId, @PathVariable long professionalId) {
        Actor actor = clinic.actor(enterpriseId);
        people.requireReadable(actor, professionalId);
        requireProfessional(enterpriseId, professionalId);
        return jdbc.sql("SELECT horizon_enabled, horizon_weeks FROM clinic_professional_options WHERE employee_id = ?").param(professionalId)
                .query((rs, n) -> new Options(rs.getBoolean(1), (Integer) rs.getObject(2, Integer.class))).optional()
                .orElse(new Options(false, null));
    }

    @PutMapping(OPTIONS)
    @Operation(summary = "A local administrator or super user limits how far ahead patients see the professional's slots online: a "
            + "number of Sunday-to-Saturday weeks from the offered list (R89, R91), saved at once (R92); never limits the clinic's own "
            + "bookings (R90)")
    Options changeOptions(@PathVariable long enterpriseId, @PathVariable long professionalId, @RequestBody OptionsForm body) {
        OptionsForm form = Bodies.required(body);
        Actor actor = clinic.actor(enterpriseId);
        clinic.require(actor, "professional.services.manage");
        requireProfessional(enterpriseId, professionalId);
        int maximum = (int) rules.today().number("horizon.weeks.maximum");
        new Validation().require(form.bookingHorizonEnabled() != null, "bookingHorizonEnabled", "Indiquez true (Oui) ou false (Non).")
                .require(!Boolean.TRUE.equals(form.bookingHorizonEnabled()) || form.bookingHorizonMaxWeeks() != null
                        && form.bookingHorizonMaxWeeks() >= 1 && form.bookingHorizonMaxWeeks() <= maximum, "bookingHorizonMaxWeeks",
                        "Choisissez de 1 à " + maximum + " semaines.")
                .throwIfAny();
        Integer weeks = form.bookingHorizonEnabled() ? form.bookingHorizonMaxWeeks() : null;
        transactions.executeWithoutResult(tx -> {
            int updated = jdbc.sql("UPDATE clinic_professional_options SET horizon_enabled = ?, horizon_weeks = ? WHERE employee_id = ?")
                    .params(form.bookingHorizonEnabled(), weeks, professionalId).update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO clinic_professional_options (employee_id, horizon_enabled, horizon_weeks) VALUES (?, ?, ?)")
                        .params(professionalId, form.bookingHorizonEnabled(), weeks).update();
            }
            audit.record(actor, "professional.options.edit", "employee:" + professionalId, "horizon " + form.bookingHorizonEnabled() + " " + weeks);
        });
        return new Options(form.bookingHorizonEnabled(), weeks);
    }

    private void requireProfessional(long enterpriseId, long professionalId) {
        if (!people.employee(enterpriseId, professionalId).healthProfessional()) {
            throw new NotFoundException("Seuls les professionnels de la santé ont des services et des options (R44).");
        }
    }
}
