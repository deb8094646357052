package org.vigie.scheduling.patients;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Clinic;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.web.ForbiddenException;
import org.vigie.web.InvalidRequestException;

/**
 * The NAM match of the booking form (R176, R177): whoever may book in at least one agenda of the enterprise asks RAMQ's
 * registry; a match fills the names, sex and date of birth (R179: staff then edit them on the appointment, never RAMQ's
 * row), without checking eligibility (R176); no match asks for them by hand (R177). The NAM is never logged.
 */
@Service
class PatientLookups {
    static final String ACTION = "appointment.manage";

    private final PatientRegistry registry;
    private final Clinic clinic;
    private final SchedulingRules rules;

    PatientLookups(PatientRegistry registry, Clinic clinic, SchedulingRules rules) {
        this.registry = registry;
        this.clinic = clinic;
        this.rules = rules;
    }

    record NamLookup(@Schema(requiredMode = REQUIRED, example = "TREJ85031512", description = "Four letters and eight digits") String nam) {
        @Override
        public String toString() {
            return "NamLookup[nam=<hidden>]";
        }
    }

    /** matched false: the names, sex and date of birth are entered by hand, as the message says (R177). */
    record NamMatch(boolean matched, String firstName, String lastName, String sex, LocalDate dateOfBirth, String message) {
    }

    @Transactional(readOnly = true)
    NamMatch lookup(long enterpriseId, NamLookup request) {
        Actor actor = clinic.actor(enterpriseId);
        if (!clinic.allowsSomewhere(actor, ACTION)) { // whoever may book in at least one agenda of the enterprise
            throw new ForbiddenException(rules.refusal("access.refused", ACTION));
        }
        String nam = PatientRegistry.normalized(request.nam())
                .orElseThrow(() -> new InvalidRequestException("nam", rules.text("patient.nam.shape")));
        return registry.byNam(nam)
                .map(p -> new NamMatch(true, p.firstName(), p.lastName(), p.sex(), p.dateOfBirth(), null))
                .orElseGet(() -> new NamMatch(false, null, null, null, null, rules.text("patient.nam.unmatched")));
    }
}
