package org.vigie.scheduling.patients;

import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.patients.PatientRegistry.Attachment;
import org.vigie.scheduling.patients.PatientRegistry.GmfEnrolment;
import org.vigie.scheduling.patients.PatientRegistry.Validity;
import org.vigie.scheduling.patients.PatientRegistry.RegisteredPatient;
import org.vigie.web.Caller;
import org.vigie.web.ConflictException;
import org.vigie.web.ForbiddenException;
import org.vigie.web.Validation;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * RAMQ, the provincial operator, registers insured persons in the local registry as it registers people: clinics cannot, and
 * are refused before anything is read. No message and no log line carries the NAM.
 */
@Service
class PatientRegistrations {
    private final RamqPatients patients;
    private final SchedulingRules rules;
    private final Clock clock;

    PatientRegistrations(RamqPatients patients, SchedulingRules rules, Clock clock) {
        this.patients = patients;
        this.rules = rules;
        this.clock = clock;
    }

    @Schema(example = "{\"nam\": \"TREJ85031512\", \"firstName\": \"Julie\", \"lastName\": \"Tremblay\", \"sex\": \"F\", "
            + "\"dateOfBirth\": \"1985-03-15\", \"eligibleFrom\": \"2020-01-01\", \"attachedPracticeNumber\": \"112345\", "
            + "\"attachedFrom\": \"2021-06-01\", \"gmfNumber\": \"GMF-0421\", \"gmfFrom\": \"2021-06-01\"}")
    record NewPatient(@Schema(requiredMode = REQUIRED, example = "TREJ85031512", description = "Four letters and eight digits") String nam,
                      @Schema(requiredMode = REQUIRED, example = "Julie") String firstName,
                      @Schema(requiredMode = REQUIRED, example = "Tremblay") String lastName,
                      @Schema(requiredMode = REQUIRED, example = "F", description = "A code of the pack's list sexes") String sex,
                      @Schema(requiredMode = REQUIRED, example = "1985-03-15", description = "Not in the future") LocalDate dateOfBirth,
                      @Schema(example = "2020-01-01", description = "Eligible to the plan from that day; absent: not eligible") LocalDate eligibleFrom,
                      @Schema(example = "2030-12-31", description = "Eligible until that day included; absent: open") LocalDate eligibleUntil,
                      @Schema(example = "112345", description = "The attached professional's six-digit practice number") String attachedPracticeNumber,
                      @Schema(example = "2021-06-01", description = "Required with attachedPracticeNumber") LocalDate attachedFrom,
                      @Schema(example = "2030-12-31") LocalDate attachedUntil,
                      @Schema(example = "GMF-0421", description = "The GMF the patient is enrolled with") String gmfNumber,
                      @Schema(example = "2021-06-01", description = "Required with gmfNumber") LocalDate gmfFrom,
                      @Schema(example = "2030-12-31") LocalDate gmfUntil) {
        @Override
        public String toString() {
            return "NewPatient[nam=<hidden>]";
        }
    }

    /** A test patient RAMQ registers; 409 when the NAM is registered already. */
    @Transactional
    RegisteredPatient register(NewPatient request) {
        if (!Caller.current().isAdmin()) {
            throw new ForbiddenException(rules.text("ramq.operatorOnly"));
        }
        Validation validation = new Validation()
                .require(PatientRegistry.normalized(request.nam()).isPresent(), "nam", rules.text("patient.nam.shape"))
                .require(request.firstName() != null && !request.firstName().isBlank(), "firstName", rules.text("ramq.firstName.required"))
                .require(request.lastName() != null && !request.lastName().isBlank(), "lastName", rules.text("ramq.lastName.required"))
                .maxLength("firstName", request.firstName(), 100).maxLength("lastName", request.lastName(), 100);
        rules.requireInList(validation, "sex", "sexes", request.sex(), "patient.registry.sex.unknown");
        validation.require(request.dateOfBirth() != null, "dateOfBirth", rules.text("patient.registry.dateOfBirth.required"))
                .require(request.dateOfBirth() == null || !request.dateOfBirth().isAfter(LocalDate.now(clock)), "dateOfBirth",
                        rules.text("patient.registry.dateOfBirth.future"))
                .require(request.attachedPracticeNumber() == null || request.attachedPracticeNumber().matches("\\d{6}"), "attachedPracticeNumber",
                        rules.text("ramq.practiceNumber.shape"))
                .maxLength("gmfNumber", request.gmfNumber(), 40)
                .require(request.gmfNumber() == null || !request.gmfNumber().isBlank(), "gmfNumber", rules.text("patient.registry.gmfNumber.blank"));
        period(validation, "eligible", request.eligibleFrom(), request.eligibleUntil(), null);
        period(validation, "attached", request.attachedFrom(), request.attachedUntil(), request.attachedPracticeNumber() != null);
        period(validation, "gmf", request.gmfFrom(), request.gmfUntil(), request.gmfNumber() != null);
        validation.throwIfAny();
        RegisteredPatient patient = new RegisteredPatient(PatientRegistry.normalized(request.nam()).orElseThrow(), request.firstName().trim(),
                request.lastName().trim(), request.sex(), request.dateOfBirth(),
                request.eligibleFrom() == null ? null : new Validity(request.eligibleFrom(), request.eligibleUntil()),
                request.attachedPracticeNumber() == null ? null
                        : new Attachment(request.attachedPracticeNumber(), new Validity(request.attachedFrom(), request.attachedUntil())),
                request.gmfNumber() == null ? null : new GmfEnrolment(request.gmfNumber().trim(), new Validity(request.gmfFrom(), request.gmfUntil())));
        try {
            patients.insert(patient, clock.instant());
        } catch (DuplicateKeyException taken) {
            throw new ConflictException(rules.text("patient.registry.nam.taken")); // never the NAM itself
        }
        return patient;
    }

    /** A period's dates: with a number (numberGiven not null) from is required and stands only with it; until not before from. */
    private void period(Validation validation, String prefix, LocalDate from, LocalDate until, Boolean numberGiven) {
        if (numberGiven != null) {
            validation.require(!numberGiven || from != null, prefix + "From", rules.text("patient.registry.period.fromRequired"))
                    .require(numberGiven || from == null && until == null, prefix + "From", rules.text("patient.registry.period.withNumber"));
        }
        validation.require(from != null || until == null, prefix + "Until", rules.text("patient.registry.period.untilWithFrom"))
                .require(from == null || until == null || !until.isBefore(from), prefix + "Until",
                        rules.text("patient.registry.period.untilBeforeFrom"));
    }
}
