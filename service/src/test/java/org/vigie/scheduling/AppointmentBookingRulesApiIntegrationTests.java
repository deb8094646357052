package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigie.support.Api;

/**
 * Staff book appointments (issue 17, §3.5.2, R167-R192): where (the slot's location, R114; a chosen work location elsewhere,
 * R192), when (the window of the past, R167, §9 A30), for whom (the NAM matched, R176), how to reach them (R180-R182, only ahead:
 * §9 A27), with a type from the patient-professional relation (R190, §9 A37), an author (R189) and a reference (R188).
 */
class AppointmentBookingRulesApiIntegrationTests extends BookingTest {

    String registered(Map<String, Object> extra) {
        String nam = PatientRegistryApiIntegrationTests.nam();
        Map<String, Object> body = PatientRegistryApiIntegrationTests.patient(nam);
        body.putAll(extra);
        var created = api.post(Api.admin(), "/api/clinic/ramq-patients", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return nam;
    }

    @Test
    void R117_aBookingStartingInASlotWhoseDefaultedDurationRunsPastItsEndIsNotInTheSlot() {
        var booked = booked(booking("11:50")); // the slot ends at 12 h, its service's 15 minutes at 12 h 05
        assertThat(booked.body().get("durationMinutes").asInt()).as("the slot service's duration").isEqualTo(15);
        assertThat(booked.body().get("locationId").asLong()).as("R174: the slot's").isEqualTo(enterprise.location1());
        assertThat(booked.body().get("inSlot").asBoolean()).as("no complete slot encloses 11 h 50 - 12 h 05").isFalse();
        var read = api.get(enterprise.admin().login(), appointments() + "/" + booked.body().get("id").asLong());
        assertThat(read.body().get("inSlot").asBoolean()).as("the appointment read back says the same").isFalse();
        assertThat(booked(booking("11:45")).body().get("inSlot").asBoolean()).as("ending at the slot's end").isTrue();
    }

    @Test
    void R174_R188_R189_R191_R206_aBookingInACompleteSlotTakesItsLocationAndDurationAReferenceAndItsAuthor() {
        var booked = booked(booking("09:15"));
        assertThat(booked.text("/referenceNumber")).matches("\\d{10}");
        assertThat(booked.body().get("locationId").asLong()).as("R174: the slot's").isEqualTo(enterprise.location1());
        assertThat(booked.body().get("durationMinutes").asInt()).as("the slot service's duration").isEqualTo(15);
        assertThat(booked.text("/startsAt")).isEqualTo("2027-02-10T14:15:00Z");
        assertThat(booked.text("/endsAt")).isEqualTo("2027-02-10T14:30:00Z");
        assertThat(booked.text("/attendance")).isEqualTo("UNCONFIRMED");
        assertThat(booked.text("/status")).isEqualTo("ACTIVE");
        assertThat(booked.body().get("inSlot").asBoolean()).isTrue();
        assertThat(booked.body().get("nameHidden").asBoolean()).as("R191: always green for the clinic").isFalse();
        assertThat(booked.text("/author/kind")).isEqualTo("EMPLOYEE");
        assertThat(booked.text("/author/name")).isNotBlank();
        assertThat(booked.text("/cancelCutoff/unit")).isNotBlank();
        assertThat(booked.text("/type")).as("no NAM: GEN").isEqualTo("GEN");
        assertThat(booked.body().get("version").asInt()).isZero();
        long id = booked.body().get("id").asLong();
        assertThat(count("clinic_appointment", "id = ? AND reference_number = ? AND author_employee_id = ? AND notify_email AND language = 'FR'",
                id, booked.text("/referenceNumber"), enterprise.adminEmployee())).isEqualTo(1);
        var second = booked(booking("09:15"));
        assertThat(Long.parseLong(second.text("/referenceNumber"))).as("R168 concurrent, R188 sequential")
                .isGreaterThan(Long.parseLong(booked.text("/referenceNumber")));
        var agenda = api.get(enterprise.admin().login(), professionalPath(enterprise, professional) + "/agenda?from=2027-02-07&to=2027-02-13");
        assertThat(agenda.body().get("appointments").findValuesAsText("startTime")).containsExactly("09:15", "09:15");
        assertThat(agenda.body().get("appointments").get(0).get("patientLastName").asText()).isEqualTo("Tremblay");
        assertThat(agenda.body().get("appointments").get(0).get("attendance").asText()).isEqualTo("UNCONFIRMED");
        assertThat(agenda.body().get("appointments").findValuesAsText("referenceNumber"))
                .containsExactly(booked.text("/referenceNumber"), second.text("/referenceNumber"));
        var read = api.get(colleague.login(), appointments() + "/" + id);
        assertThat(read.status()).as(read.raw()).isEqualTo(200);
        assertThat(read.text("/patient/lastName")).isEqualTo("Tremblay");
        assertThat(read.body().get("mayCancel").asBoolean()).isTrue();
    }

    @Test
    void R114_aLocationOtherThanTheEnclosingSlotsIsRefusedNamingLocationId() {
        Map<String, Object> body = booking("09:15");
        body.put("locationId", enterprise.location2());
        var before = snapshot();
        refused(book(enterprise.admin().login(), body), 400, "locationId", "Ce rendez-vous tombe dans une plage de", before);
        assertThat(appointmentCount()).isZero();
    }

    @Test
    void R192_outsideASlotTheLocationIsChosenAmongTheProfessionalsWhenTheyWorkAtSeveral() {
        Map<String, Object> body = booking("09:15");
        body.put("professionalId", roamingProfessional);
        body.put("durationMinutes", 20);
        var before = snapshot();
        refused(book(enterprise.admin().login(), body), 400, "locationId", "Ce professionnel travaille à plusieurs lieux", before);
        Map<String, Object> elsewhere = new HashMap<>(body);
        elsewhere.put("professionalId", professional);
        elsewhere.put("time", "14:00");
        elsewhere.put("locationId", enterprise.location2());
        refused(book(enterprise.admin().login(), elsewhere), 400, "locationId", "Ce professionnel ne travaille pas à ce lieu.", before);
        elsewhere.remove("durationMinutes");
        refused(book(enterprise.admin().login(), elsewhere), 400, "durationMinutes", "La durée du rendez-vous est obligatoire hors d'une plage complète.",
                before);
        assertThat(appointmentCount()).isZero();
        body.put("locationId", enterprise.location2());
        var booked = booked(body);
        assertThat(booked.body().get("inSlot").asBoolean()).isFalse();
        assertThat(booked.body().get("durationMinutes").asInt()).isEqualTo(20);
        Map<String, Object> single = booking("14:00");
        single.put("durationMinutes", 30);
        assertThat(booked(single).body().get("locationId").asLong()).as("the only work location, out of slot").isEqualTo(enterprise.location1());
    }

    @Test
    void R61_aReaderBooksNothingAndNobodyOutsideTheAgendaEither() {
        var before = snapshot();
        refused(book(reader.login(), booking("09:15")), 403, null,
                "Votre profil ne permet pas de : réserver, modifier, déplacer ou annuler un rendez-vous.", before);
        refused(book(Api.admin(), booking("09:15")), 403, null, null, before);
        Map<String, Object> other = booking("09:15");
        other.put("professionalId", roamingProfessional);
        other.put("locationId", enterprise.location1());
        other.put("durationMinutes", 15);
        refused(book(colleague.login(), other), 403, null, null, before);
        assertThat(appointmentCount()).isZero();
    }

    @Test
    void R167_A30_A27_theWindowOfThePastIs90DaysOr365WhenRamqExtendsItAndThePastNeedsNoPhone() {
        Map<String, Object> old = booking("09:15");
        old.put("date", TODAY.minusDays(91).toString());
        old.put("durationMinutes", 15);
        old.remove("mobilePhone");
        old.remove("email");
        var before = snapshot();
        refused(book(enterprise.admin().login(), old), 400, "date",
                "Un rendez-vous ne se crée, ne se modifie ni ne s'annule plus de 90 jours dans le passé", before);
        old.put("date", TODAY.minusDays(89).toString());
        var recent = booked(old);
        assertThat(recent.body().get("mayCancel").asBoolean()).isTrue();
        var extended = api.patch(Api.admin(), enterprise.path(), Map.of("pastWindowExtended", true));
        assertThat(extended.status()).as(extended.raw()).isEqualTo(200);
        assertThat(extended.body().get("pastWindowExtended").asBoolean()).isTrue();
        assertThat(api.patch(enterprise.admin().login(), enterprise.path(), Map.of("pastWindowExtended", false)).status())
                .as("RAMQ's only").isEqualTo(400);
        old.put("date", TODAY.minusDays(300).toString());
        booked(old);
        old.put("date", TODAY.minusDays(366).toString());
        var after = snapshot();
        refused(book(enterprise.admin().login(), old), 400, "date", "plus de 365 jours dans le passé", after);
    }

    @Test
    void R180_R181_R182_anAppointmentAheadNeedsAPhoneAChannelAndTheChannelsAddress() {
        var before = snapshot();
        Map<String, Object> noPhone = booking("09:15");
        noPhone.remove("mobilePhone");
        refused(book(enterprise.admin().login(), noPhone), 400, "mobilePhone", "Entrez au moins un numéro de téléphone", before);
        Map<String, Object> noChannel = booking("09:15");
        noChannel.put("channels", List.of());
        refused(book(enterprise.admin().login(), noChannel), 400, "channels", "Choisissez au moins un mode de communication", before);
        Map<String, Object> noEmail = booking("09:15");
        noEmail.remove("email");
        noEmail.remove("channels"); // EMAIL by default (R181)
        refused(book(enterprise.admin().login(), noEmail), 400, "email", "Le courriel comme mode de communication demande une adresse courriel.",
                before);
        Map<String, Object> sms = booking("09:15");
        sms.remove("mobilePhone");
        sms.put("homePhone", "514-555-0199");
        sms.put("channels", List.of("SMS"));
        refused(book(enterprise.admin().login(), sms), 400, "mobilePhone", "Le texto comme mode de communication demande un numéro de téléphone mobile.",
                before);
        Map<String, Object> call = booking("09:15");
        call.put("channels", List.of("VOICE_CALL"));
        refused(book(enterprise.admin().login(), call), 400, "homePhone", "L'appel automatisé comme mode de communication demande un numéro",
                before);
        Map<String, Object> nameless = booking("09:15");
        nameless.put("patient", Map.of("sex", "X"));
        var missing = book(enterprise.admin().login(), nameless);
        assertThat(missing.body().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("patient.firstName", "patient.lastName", "patient.sex", "patient.dateOfBirth");
        assertThat(appointmentCount()).isZero();
        call.put("homePhone", "514-555-0199");
        var booked = booked(call);
        assertThat(booked.body().get("channels").get(0).asText()).isEqualTo("VOICE_CALL");
    }

    @Test
    void R176_aNamRamqDoesNotKnowIsRefusedNamingPatientNam() {
        Map<String, Object> body = booking("09:15");
        body.put("patient", patient(PatientRegistryApiIntegrationTests.nam(), "2000-05-01"));
        var before = snapshot();
        refused(book(enterprise.admin().login(), body), 400, "patient.nam", PatientRegistryApiIntegrationTests.UNMATCHED, before);
        body.put("patient", patient("ABC", "2000-05-01"));
        refused(book(enterprise.admin().login(), body), 400, "patient.nam", PatientRegistryApiIntegrationTests.SHAPE, before);
        String nam = registered(Map.of());
        Map<String, Object> edited = patient(nam.toLowerCase(), "1985-03-15");
        edited.put("firstName", "Juliette");
        body.put("patient", edited);
        var booked = booked(body);
        assertThat(booked.text("/patient/nam")).isEqualTo(nam);
        assertThat(booked.text("/patient/firstName")).as("R179: the clinic's edit").isEqualTo("Juliette");
        assertThat(count("ramq_patient", "nam = ? AND first_name = 'Julie'", nam)).as("RAMQ's row untouched").isEqualTo(1);
    }

    @Test
    void R190_A37_theTypeIsMfForTheAttachedProfessionalGmfForTheEnterprisesGmfElseGen() {
        String gmfNumber = api.get(Api.admin(), enterprise.path()).text("/gmfNumber");
        String attached = registered(Map.of("attachedPracticeNumber", doctor.practiceNumber(), "attachedFrom", "2020-01-01"));
        String enrolled = registered(Map.of("gmfNumber", gmfNumber, "gmfFrom", "2020-01-01"));
        String elsewhere = registered(Map.of("gmfNumber", "GMF-0000", "gmfFrom", "2020-01-01"));
        String ended = registered(Map.of("attachedPracticeNumber", doctor.practiceNumber(), "attachedFrom", "2020-01-01",
                "attachedUntil", "2026-12-31"));
        Map<String, String> types = new HashMap<>();
        for (String nam : List.of(attached, enrolled, elsewhere, ended)) {
            Map<String, Object> body = booking("10:00");
            body.put("patient", patient(nam, "1985-03-15"));
            types.put(nam, booked(body).text("/type"));
        }
        assertThat(List.of(types.get(attached), types.get(enrolled), types.get(elsewhere), types.get(ended)))
                .containsExactly("MF", "GMF", "GEN", "GEN");
        Map<String, Object> roamingBody = booking("10:00");
        roamingBody.putAll(Map.of("professionalId", roamingProfessional, "locationId", enterprise.location1(), "durationMinutes", 15,
                "patient", patient(attached, "1985-03-15")));
        assertThat(booked(roamingBody).text("/type")).as("another professional: the GMF enrolment or GEN").isEqualTo("GEN");
    }

    @Test
    void R90_R113_R170_theClinicBooksAPrivateSlotFarPastTheHorizonAndBeforeItsFromDate() {
        var horizon = api.put(enterprise.admin().login(), professionalPath(enterprise, professional) + "/options",
                Map.of("bookingHorizonEnabled", true, "bookingHorizonMaxWeeks", 1));
        assertThat(horizon.status()).as(horizon.raw()).isEqualTo(200);
        var privateSlot = api.post(enterprise.admin().login(), professionalPath(enterprise, professional) + "/slots", Map.of("date",
                "2027-09-15", "startTime", "13:00", "endTime", "17:00", "locationId", enterprise.location1(), "serviceIds", List.of(service),
                "visibility", "PRIVATE"));
        assertThat(privateSlot.status()).as(privateSlot.raw()).isEqualTo(201);
        Map<String, Object> body = booking("13:30");
        body.put("date", "2027-09-15");
        var booked = booked(body);
        assertThat(booked.body().get("inSlot").asBoolean()).isTrue();
        assertThat(booked.text("/startsAt")).as("EDT in September").isEqualTo("2027-09-15T17:30:00Z");
        assertThat(booked(booking("11:00")).body().get("inSlot").asBoolean()).as("R170: the public slot too").isTrue();
    }

    @Test
    void R183_R184_theLanguageIsFrenchOrEnglishAndTheReasonOneOfThePacks() {
        var before = snapshot();
        Map<String, Object> german = booking("09:15");
        german.put("language", "DE");
        refused(book(enterprise.admin().login(), german), 400, "language", "Langue de communication inconnue", before);
        Map<String, Object> reason = booking("09:15");
        reason.put("reasonCode", "TEETH_WHITENING");
        refused(book(enterprise.admin().login(), reason), 400, "reasonCode", "Raison de consultation inconnue", before);
        reason.put("reasonCode", "REGULAR_FOLLOWUP");
        reason.put("language", "EN");
        var booked = booked(reason);
        assertThat(List.of(booked.text("/language"), booked.text("/reasonCode"))).containsExactly("EN", "REGULAR_FOLLOWUP");
    }

    @Test
    void aPatientOfAnotherEnterpriseIsNeverInItsAnswers() {
        long id = booked(booking("09:15")).body().get("id").asLong();
        Enterprise other = enterprise(false);
        var read = api.get(other.admin().login(), other.path() + "/appointments/" + id);
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.raw()).doesNotContain("Tremblay");
        var search = api.get(other.admin().login(), other.path() + "/appointments?lastName=Tremblay");
        assertThat(search.status()).isEqualTo(200);
        assertThat(search.body()).isEmpty();
    }
}
