package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigie.support.Api;

/**
 * The clinic's refusals about appointments, holds, services, service groups, options, reports and agenda prints read in
 * English when Accept-Language asks for it, and in French (the clinics' language, word for word as before) without the header.
 */
class BookingEnglishApiIntegrationTests extends BookingTest {
    static final long MISSING = 999_999_999L;

    Api english() {
        return api.with(Map.of("Accept-Language", "en-CA,en;q=0.9"));
    }

    /** The French as a French reader sees it, its no-break spaces read as spaces. */
    static String plain(String french) {
        return french.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    @Test
    void R177_R184_thePatientsMissingOrUnknownDetailsAreNamedInTheCallersLanguage() {
        Map<String, Object> body = booking("09:15");
        Map<String, Object> patient = patient(null, "2000-05-01");
        patient.remove("firstName");
        patient.put("sex", "X");
        body.put("patient", patient);
        var english = english().post(enterprise.admin().login(), appointments(), body);
        assertThat(english.status()).as(english.raw()).isEqualTo(400);
        assertThat(english.raw()).contains("The patient's first name is required.", "Unknown patient sex: “X” (F, M).");
        var french = book(enterprise.admin().login(), body);
        assertThat(plain(french.raw())).contains("Le prénom du patient est obligatoire.", "Sexe du patient inconnu : « X » (F, M).");

        Map<String, Object> reason = booking("09:15");
        reason.put("reasonCode", "NOPE");
        assertThat(english().post(enterprise.admin().login(), appointments(), reason).text("/errors/0/message"))
                .startsWith("Unknown reason for consultation: “NOPE” (MINOR_EMERGENCY, ");
        assertThat(plain(book(enterprise.admin().login(), reason).text("/errors/0/message")))
                .startsWith("Raison de consultation inconnue : « NOPE » (MINOR_EMERGENCY, ");
    }

    @Test
    void R44_onlyAHealthProfessionalHasAppointmentsAndTheirDurationIsBoundedInTheCallersLanguage() {
        Map<String, Object> staff = booking("09:15");
        staff.put("professionalId", colleagueEmployee);
        var english = english().post(enterprise.admin().login(), appointments(), staff);
        assertThat(english.status()).as(english.raw()).isEqualTo(400);
        assertThat(english.text("/errors/0/message")).isEqualTo("Only a health professional has appointments.");
        assertThat(book(enterprise.admin().login(), staff).text("/errors/0/message"))
                .isEqualTo("Seul un professionnel de la santé a des rendez-vous.");

        Map<String, Object> none = booking("09:15");
        none.remove("professionalId");
        assertThat(english().post(enterprise.admin().login(), appointments(), none).text("/errors/0/message"))
                .isEqualTo("The health professional is required.");

        Map<String, Object> tooLong = booking("09:15");
        tooLong.put("durationMinutes", 721);
        assertThat(english().post(enterprise.admin().login(), appointments(), tooLong).text("/errors/0/message"))
                .isEqualTo("The duration is 1 to 720 minutes.");
        assertThat(book(enterprise.admin().login(), tooLong).text("/errors/0/message")).isEqualTo("La durée est de 1 à 720 minutes.");
    }

    @Test
    void R208_R228_anAppointmentsAttendanceAndItsSearchAreRefusedInTheCallersLanguage() {
        long id = booked(booking("09:15")).body().get("id").asLong();
        String attendance = appointments() + "/" + id + "/attendance";
        var wrong = english().put(enterprise.admin().login(), attendance, Map.of("attendance", "LATE", "version", 0));
        assertThat(wrong.status()).as(wrong.raw()).isEqualTo(400);
        assertThat(wrong.text("/errors/0/message")).isEqualTo("The attendance is UNCONFIRMED, PRESENT or ABSENT.");
        assertThat(api.put(enterprise.admin().login(), attendance, Map.of("attendance", "LATE", "version", 0)).text("/errors/0/message"))
                .isEqualTo("L'indicateur de présence est UNCONFIRMED, PRESENT ou ABSENT.");

        var missing = english().get(enterprise.admin().login(), appointments() + "/" + MISSING);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text("/detail")).isEqualTo("No appointment has the identifier " + MISSING + ".");
        assertThat(api.get(enterprise.admin().login(), appointments() + "/" + MISSING).text("/detail"))
                .isEqualTo("Aucun rendez-vous n'a l'identifiant " + MISSING + ".");

        String backwards = appointments() + "?from=2027-02-10&to=2027-02-01";
        assertThat(english().get(enterprise.admin().login(), backwards).text("/errors/0/message"))
                .isEqualTo("The end date is before the start date.");
        assertThat(api.get(enterprise.admin().login(), backwards).text("/errors/0/message")).isEqualTo("La date de fin précède la date de début.");
    }

    @Test
    void R172_aHoldsPeriodAndAMissingHoldAreRefusedInTheCallersLanguage() {
        Map<String, Object> noDuration = hold(professional, DAY, "09:15", 15);
        noDuration.remove("durationMinutes");
        var english = english().post(enterprise.admin().login(), holds(), noDuration);
        assertThat(english.status()).as(english.raw()).isEqualTo(400);
        assertThat(english.text("/errors/0/message")).isEqualTo("The held period's duration is required.");
        assertThat(api.post(enterprise.admin().login(), holds(), noDuration).text("/errors/0/message"))
                .isEqualTo("La durée de la période retenue est obligatoire.");

        var missing = english().delete(enterprise.admin().login(), holds() + "/" + MISSING);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text("/detail")).isEqualTo("No held period has the identifier " + MISSING + ".");
        assertThat(api.delete(enterprise.admin().login(), holds() + "/" + MISSING).text("/detail"))
                .isEqualTo("Aucune période retenue n'a l'identifiant " + MISSING + ".");
    }

    @Test
    void R77_R80_aServiceInUseOrUnconfirmedIsNotDeletedAndItsStateReadsInTheCallersLanguage() {
        String path = professionalPath(enterprise, professional) + "/services";
        var unconfirmed = english().delete(enterprise.admin().login(), path + "/" + service);
        assertThat(unconfirmed.status()).isEqualTo(400);
        assertThat(unconfirmed.text("/errors/0/message")).isEqualTo("Confirm the deletion with “Delete” (confirmed=true).");
        assertThat(plain(api.delete(enterprise.admin().login(), path + "/" + service).text("/errors/0/message")))
                .isEqualTo("Confirmez la suppression avec « Supprimer » (confirmed=true).");

        var inUse = english().delete(enterprise.admin().login(), path + "/" + service + "?confirmed=true");
        assertThat(inUse.status()).as(inUse.raw()).isEqualTo(409);
        assertThat(inUse.text("/detail")).isEqualTo("This service is offered in 1 upcoming slot: remove it from them before deleting it.");
        assertThat(api.delete(enterprise.admin().login(), path + "/" + service + "?confirmed=true").text("/detail"))
                .isEqualTo("Ce service est offert dans 1 plage à venir : retirez-le de ces plages avant de le supprimer.");

        assertThat(english().get(enterprise.admin().login(), path).text("/0/state")).isEqualTo("active");
        assertThat(api.get(enterprise.admin().login(), path).text("/0/state")).isEqualTo("actif");

        var missingType = english().post(enterprise.admin().login(), path, Map.of("reason", "MINOR_EMERGENCY", "durationMinutes", 15));
        assertThat(missingType.text("/errors/0/message")).isEqualTo("Choose the appointment type (MF, GMF or GEN).");
    }

    @Test
    void R85_aGroupsNameIsTakenOnceAndAMissingGroupIsNamedInTheCallersLanguage() {
        String groups = professionalPath(enterprise, professional) + "/service-groups";
        Map<String, Object> group = Map.of("name", "Sans rendez-vous", "serviceIds", List.of(service));
        assertThat(api.post(enterprise.admin().login(), groups, group).status()).isEqualTo(201);
        var taken = english().post(enterprise.admin().login(), groups, group);
        assertThat(taken.status()).as(taken.raw()).isEqualTo(400);
        assertThat(taken.text("/errors/0/message")).isEqualTo("This professional already has a service group named “Sans rendez-vous”.");
        assertThat(plain(api.post(enterprise.admin().login(), groups, group).text("/errors/0/message")))
                .isEqualTo("Ce professionnel a déjà un groupe de services nommé « Sans rendez-vous ».");

        var missing = english().delete(enterprise.admin().login(), groups + "/" + MISSING + "?confirmed=true");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text("/detail")).isEqualTo("This professional has no service group " + MISSING + ".");
    }

    @Test
    void R89_R44_theHorizonsWeeksAndAStaffMembersOptionsAreRefusedInTheCallersLanguage() {
        String options = professionalPath(enterprise, professional) + "/options";
        Map<String, Object> tooFar = Map.of("bookingHorizonEnabled", true, "bookingHorizonMaxWeeks", 53);
        assertThat(english().put(enterprise.admin().login(), options, tooFar).text("/errors/0/message")).isEqualTo("Choose from 1 to 52 weeks.");
        assertThat(api.put(enterprise.admin().login(), options, tooFar).text("/errors/0/message")).isEqualTo("Choisissez de 1 à 52 semaines.");

        var staff = english().get(enterprise.admin().login(), professionalPath(enterprise, colleagueEmployee) + "/options");
        assertThat(staff.status()).isEqualTo(404);
        assertThat(staff.text("/detail")).isEqualTo("Only health professionals have services and options (R44).");
    }

    @Test
    void R232_aReportsAndAnAgendaPrintsCriteriaAreRefusedInTheCallersLanguage() {
        Map<String, Object> criteria = new HashMap<>(Map.of("from", "2027-03-01", "to", "2027-03-28", "status", "LOST",
                "profession", "PHYSICIAN", "professionalId", "ALL", "locationId", "ALL", "format", "DOCX"));
        var english = english().post(enterprise.admin().login(), enterprise.path() + "/reports", criteria);
        assertThat(english.status()).as(english.raw()).isEqualTo(400);
        assertThat(english.raw()).contains("Unknown status: “LOST” (ACTIVE, CANCELLED).", "Unknown format: “DOCX” (JSON, CSV, XLSX, PDF).");
        var french = api.post(enterprise.admin().login(), enterprise.path() + "/reports", criteria);
        assertThat(plain(french.raw())).contains("Statut inconnu : « LOST » (ACTIVE, CANCELLED).",
                "Format inconnu : « DOCX » (JSON, CSV, XLSX, PDF).");

        Map<String, Object> print = Map.of("from", "2027-03-01", "to", "2027-03-28", "locationId", enterprise.location1());
        var refused = english().post(enterprise.admin().login(), enterprise.path() + "/agenda-prints", print);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.text("/errors/0/message")).isEqualTo("Choose the health professional whose agenda is printed.");
        assertThat(api.post(enterprise.admin().login(), enterprise.path() + "/agenda-prints", print).text("/errors/0/message"))
                .isEqualTo("Choisissez le professionnel de la santé dont l'agenda s'imprime.");
    }

    @Test
    void R238_M19_moreThanAThousandResultsAreCountedAsTheCallersLanguageWritesNumbers() {
        jdbc.sql("INSERT INTO clinic_appointment (enterprise_id, location_id, professional_id, local_date, local_start, duration_minutes,"
                        + " starts_at, ends_at, created_at, patient_first_name, patient_last_name) SELECT ?, ?, ?,"
                        + " DATE_ADD('2027-03-01', INTERVAL (seq MOD 28) DAY), '09:00', 15,"
                        + " TIMESTAMP(DATE_ADD('2027-03-01', INTERVAL (seq MOD 28) DAY), '14:00'),"
                        + " TIMESTAMP(DATE_ADD('2027-03-01', INTERVAL (seq MOD 28) DAY), '14:15'), '2027-02-01 12:00', 'Patient', CONCAT('N', seq)"
                        + " FROM seq_1_to_1001")
                .params(enterprise.id(), enterprise.location1(), professional).update();
        Map<String, Object> criteria = Map.of("from", "2027-03-01", "to", "2027-03-31", "status", "ACTIVE", "profession", "PHYSICIAN",
                "professionalId", "ALL", "locationId", "ALL");
        var english = english().post(enterprise.admin().login(), enterprise.path() + "/reports", criteria);
        assertThat(english.status()).as(english.raw()).isEqualTo(400);
        assertThat(english.text("/errors/0/message")).isEqualTo("The report has 1,001 results, more than the 1,000 allowed: narrow the "
                + "selection criteria (period, professional, location, attendance, reason or patient).");
        assertThat(plain(api.post(enterprise.admin().login(), enterprise.path() + "/reports", criteria).text("/errors/0/message")))
                .startsWith("Le rapport compte 1 001 résultats, plus que les 1 000 permis :");
    }
}
