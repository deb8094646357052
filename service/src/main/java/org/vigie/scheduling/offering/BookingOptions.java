package org.vigie.scheduling.offering;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.ClinicAudit;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.people.ClinicDirectory;
import org.vigie.web.NotFoundException;
import org.vigie.web.Validation;

/**
 * A health professional's options (spec §3.2.4): the booking horizon, off by default (R88), limits how far ahead patients
 * see the professional's slots online to a number of Sunday-to-Saturday weeks from the offered list of rules/scheduling
 * (R89, R91), saved at once (R92); it never limits the clinic's own bookings (R90). Only health professionals have
 * options (R44). Every change is audited.
 */
@Component
class BookingOptions {
    private final ProfessionalOptions options;
    private final SchedulingRules rules;
    private final ClinicAudit audit;
    private final ClinicDirectory people;

    BookingOptions(ProfessionalOptions options, SchedulingRules rules, ClinicAudit audit, ClinicDirectory people) {
        this.options = options;
        this.rules = rules;
        this.audit = audit;
        this.people = people;
    }

    @Transactional(readOnly = true)
    Options options(Actor actor, long professionalId) {
        people.requireReadable(actor, professionalId);
        requireProfessional(actor.enterpriseId(), professionalId);
        return options.of(professionalId).orElse(Options.DEFAULT);
    }

    /** The horizon on, with a number of weeks from the offered list (R89), or off; saved at once (R92). */
    @Transactional
    Options change(Actor actor, long professionalId, OptionsForm form) {
        requireProfessional(actor.enterpriseId(), professionalId);
        int maximum = (int) rules.today().number("horizon.weeks.maximum");
        new Validation().require(form.bookingHorizonEnabled() != null, "bookingHorizonEnabled", rules.text("service.options.horizonChoice"))
                .require(!Boolean.TRUE.equals(form.bookingHorizonEnabled()) || form.bookingHorizonMaxWeeks() != null
                        && form.bookingHorizonMaxWeeks() >= 1 && form.bookingHorizonMaxWeeks() <= maximum, "bookingHorizonMaxWeeks",
                        rules.text("service.options.horizonWeeks", Map.of("maximum", maximum)))
                .throwIfAny();
        Options chosen = new Options(form.bookingHorizonEnabled(), form.bookingHorizonEnabled() ? form.bookingHorizonMaxWeeks() : null);
        options.save(professionalId, chosen);
        audit.record(actor, "professional.options.edit", "employee:" + professionalId,
                "horizon " + chosen.bookingHorizonEnabled() + " " + chosen.bookingHorizonMaxWeeks());
        return chosen;
    }

    private void requireProfessional(long enterpriseId, long professionalId) {
        if (!people.employee(enterpriseId, professionalId).healthProfessional()) {
            throw new NotFoundException(rules.text("service.professionalsOnly"));
        }
    }
}
