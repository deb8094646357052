package org.vigie.scheduling.patients;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.scheduling.patients.PatientLookups.NamLookup;
import org.vigie.scheduling.patients.PatientLookups.NamMatch;
import org.vigie.scheduling.patients.PatientRegistrations.NewPatient;
import org.vigie.scheduling.patients.PatientRegistry.RegisteredPatient;
import org.vigie.web.Bodies;

/** The patient registry: RAMQ registers insured persons; clinic staff match a NAM, given in a body so it sits in no URL or access log. */
@RestController
@Tag(name = "Patients", description = "The RAMQ patient registry standing in for the insurer's, and the NAM match of the booking form")
class PatientsController {
    private final PatientRegistrations registrations;
    private final PatientLookups lookups;

    PatientsController(PatientRegistrations registrations, PatientLookups lookups) {
        this.registrations = registrations;
        this.lookups = lookups;
    }

    @PostMapping("/api/clinic/ramq-patients")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "registerRamqPatient", summary = "RAMQ registers an insured person (NAM of four letters and eight digits, "
            + "names, sex, date of birth, eligibility, attached professional and GMF enrolment with their dates; administrators: the "
            + "provincial operator)")
    RegisteredPatient register(@RequestBody NewPatient body) {
        return registrations.register(Bodies.required(body));
    }

    @PostMapping("/api/clinic/enterprises/{enterpriseId}/patients/lookup")
    @Operation(operationId = "lookUpPatientByNam", summary = "Matches a NAM against RAMQ's data (R176: no eligibility check): the names, "
            + "sex and date of birth when it matches, else matched false and they are entered by hand (R177); for whoever may book "
            + "in at least one agenda of the enterprise")
    NamMatch lookup(@PathVariable long enterpriseId, @RequestBody NamLookup body) {
        return lookups.lookup(enterpriseId, Bodies.required(body));
    }
}
