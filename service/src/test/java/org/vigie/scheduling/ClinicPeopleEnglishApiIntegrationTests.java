package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.vigie.support.Api;

/**
 * The clinic's own records answer in the caller's language: the refusals of employees, profiles, enterprises, locations,
 * agenda permissions, display preferences, clinic sessions, RAMQ's registries (people and test patients), communications
 * and the SMS provider's endpoint read in English when Accept-Language asks for it, in French (byte for byte as before)
 * without the header.
 */
class ClinicPeopleEnglishApiIntegrationTests extends ClinicTest {
    Api english() {
        return api.with(Map.of("Accept-Language", "en-CA,en;q=0.9"));
    }

    /** The message of the response's error on this field. */
    static String error(Api.Response response, String field) {
        for (JsonNode error : response.body().get("errors")) {
            if (field.equals(error.get("field").asText())) {
                return error.get("message").asText();
            }
        }
        throw new AssertionError("no error on " + field + ": " + response.raw());
    }

    @Test
    void R35_R40_anEmployeesRefusalsReadInTheCallersLanguage() {
        Enterprise enterprise = enterprise(false);
        String employees = enterprise.path() + "/employees";
        var noIdentifier = english().post(enterprise.admin().login(), employees, Map.of("workLocations", List.of(enterprise.location1())));
        assertThat(noIdentifier.status()).as(noIdentifier.raw()).isEqualTo(400);
        assertThat(error(noIdentifier, "identifier")).isEqualTo("Enter the RAMQ identifier, the practice number or the pseudonym.");
        assertThat(error(api.post(enterprise.admin().login(), employees, Map.of("workLocations", List.of(enterprise.location1()))),
                "identifier")).isEqualTo("Entrez l'identifiant RAMQ, le numéro de pratique ou le pseudonyme.");

        Person nurse = person("81");
        Map<String, Object> form = Map.of("identifier", nurse.ramqId(), "workLocations", List.of(), "email", "pas-une-adresse");
        var refused = english().post(enterprise.admin().login(), employees, form);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(error(refused, "workLocations")).isEqualTo("An employee has at least one work location.");
        assertThat(error(refused, "email")).isEqualTo("Invalid e-mail address.");
        var french = api.post(enterprise.admin().login(), employees, form);
        assertThat(error(french, "workLocations")).isEqualTo("Un employé a au moins un lieu de travail.");
        assertThat(error(french, "email")).isEqualTo("Adresse courriel invalide.");

        var own = english().delete(enterprise.admin().login(), employeePath(enterprise, enterprise.adminEmployee()));
        assertThat(own.status()).as(own.raw()).isEqualTo(409);
        assertThat(own.text("/detail")).isEqualTo("You cannot delete your own record.");
        var missing = english().get(enterprise.admin().login(), employeePath(enterprise, 987_654_321L));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text("/detail")).isEqualTo("No employee has the identifier 987654321 in this enterprise.");
        assertThat(api.get(enterprise.admin().login(), employeePath(enterprise, 987_654_321L)).text("/detail"))
                .isEqualTo("Aucun employé n'a l'identifiant 987654321 dans cette entreprise.");
    }

    @Test
    void R51_M21_removingALocalAdminIsConfirmedInTheCallersLanguage() {
        Enterprise enterprise = enterprise(false);
        long other = superUser(enterprise, person(null));
        String path = employeePath(enterprise, other) + "/local-admin";
        var unconfirmed = english().delete(enterprise.admin().login(), path);
        assertThat(unconfirmed.status()).as(unconfirmed.raw()).isEqualTo(400);
        assertThat(error(unconfirmed, "confirmed")).isEqualTo("Confirm with “Remove the permission” (confirmed=true).");
        assertThat(error(api.delete(enterprise.admin().login(), path), "confirmed"))
                .isEqualTo("Confirmez avec « Retirer la permission » (confirmed=true).".replace("« ", "«\u00A0").replace(" »", "\u00A0»"));
        var notOne = english().delete(enterprise.admin().login(), path + "?confirmed=true");
        assertThat(notOne.status()).as(notOne.raw()).isEqualTo(409);
        assertThat(notOne.text("/detail")).isEqualTo("This employee is not a local administrator.");
    }

    @Test
    void R15_R16_anEnterprisesRefusalsReadInTheCallersLanguage() {
        Enterprise enterprise = enterprise(false);
        var renamed = english().patch(enterprise.admin().login(), enterprise.path(), Map.of("name", "Autre nom", "email", "x"));
        assertThat(renamed.status()).as(renamed.raw()).isEqualTo(400);
        assertThat(error(renamed, "name")).isEqualTo("Only RAMQ changes the enterprise's name.");
        assertThat(error(renamed, "email")).isEqualTo("Invalid e-mail address.");
        assertThat(error(api.patch(enterprise.admin().login(), enterprise.path(), Map.of("name", "Autre nom")), "name"))
                .isEqualTo("Seule la RAMQ modifie le nom de l'entreprise.");
        var gmf = english().patch(Api.admin(), enterprise.path(), Map.of("gmf", true));
        assertThat(error(gmf, "gmfNumber")).isEqualTo("The GMF number is required for a GMF.");
    }

    @Test
    void R20_R24_R25_locationErrorsReadInTheCallersLanguage() {
        Enterprise enterprise = enterprise(false);
        String location = enterprise.path() + "/locations/" + enterprise.location1();
        var moved = english().patch(enterprise.admin().login(), location, Map.of("street", "rue Ontario", "zone", "America/Halifax"));
        assertThat(moved.status()).as(moved.raw()).isEqualTo(400);
        assertThat(error(moved, "street")).isEqualTo("A change of address is requested from RAMQ (form 4066).");
        assertThat(error(moved, "zone")).isEqualTo("Only RAMQ changes a location's time zone.");
        assertThat(error(api.patch(enterprise.admin().login(), location, Map.of("zone", "America/Halifax")), "zone"))
                .isEqualTo("Seule la RAMQ modifie le fuseau horaire d'un lieu.");
        assertThat(error(english().patch(Api.admin(), location, Map.of("zone", "Mars/Olympus")), "zone"))
                .startsWith("Unknown time zone: Mars/Olympus. Give a time zone identifier");

        Map<String, Object> options = new HashMap<>(Map.of("availabilityDisplayMode", "NOPE", "hideProfessionalNameGmf", false,
                "hideProfessionalNameGen", false, "cancelCutoffValue", 60, "cancelCutoffUnit", "MINUTES", "sendNoShowMessage", false));
        var refused = english().put(enterprise.admin().login(), location + "/options", options);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(error(refused, "availabilityDisplayMode"))
                .isEqualTo("Unknown display mode: “NOPE” (BY_PATIENT_PROFESSIONAL_RELATION, BY_CLIENTELE_TYPE).");
        assertThat(error(refused, "cancelCutoffValue")).isEqualTo("The cancellation cutoff goes from 0 to 59 minutes.");
        var french = api.put(enterprise.admin().login(), location + "/options", options);
        assertThat(error(french, "availabilityDisplayMode"))
                .isEqualTo("Mode d'affichage inconnu : «\u00A0NOPE\u00A0» (BY_PATIENT_PROFESSIONAL_RELATION, BY_CLIENTELE_TYPE).");
        assertThat(error(french, "cancelCutoffValue")).isEqualTo("Le délai d'annulation va de 0 à 59 minutes.");
        options.putAll(Map.of("availabilityDisplayMode", "BY_CLIENTELE_TYPE", "cancelCutoffValue", 25, "cancelCutoffUnit", "HOURS"));
        assertThat(error(api.put(enterprise.admin().login(), location + "/options", options), "cancelCutoffValue"))
                .isEqualTo("Le délai d'annulation va de 0 à 24 heures.");
        assertThat(error(english().put(enterprise.admin().login(), location + "/options", options), "cancelCutoffValue"))
                .isEqualTo("The cancellation cutoff goes from 0 to 24 hours.");
    }

    @Test
    void ramqsRegistryOfPeopleAndEnterprisesAnswersInTheCallersLanguage() {
        Map<String, Object> person = Map.of("ramqId", "XX12", "firstName", "Marc", "lastName", "Gagnon", "onlineServices", false);
        var refused = english().post(Api.admin(), "/api/clinic/ramq-persons", person);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(error(refused, "ramqId")).isEqualTo("The RAMQ identifier is written IPXXXXXX or CEXXXXXX (six digits).");
        assertThat(error(api.post(Api.admin(), "/api/clinic/ramq-persons", person), "ramqId"))
                .isEqualTo("L'identifiant RAMQ s'écrit IPXXXXXX ou CEXXXXXX (six chiffres).");

        Enterprise enterprise = enterprise(false);
        var byAClinic = english().post(enterprise.admin().login(), "/api/clinic/ramq-persons", person);
        assertThat(byAClinic.status()).isEqualTo(403);
        assertThat(byAClinic.text("/detail")).isEqualTo("Only RAMQ (the service's administrator) does this operation.");
        var empty = english().post(Api.admin(), "/api/clinic/enterprises", Map.of("name", "Clinique", "gmf", false,
                "locations", List.of(), "localAdmins", List.of()));
        assertThat(error(empty, "locations")).isEqualTo("An enterprise has at least one location.");
        assertThat(error(empty, "localAdmins")).isEqualTo("Name at least one local administrator.");
    }

    @Test
    void ramqsTestPatientsAreRefusedInTheCallersLanguage() {
        Map<String, Object> patient = PatientRegistryApiIntegrationTests.patient(PatientRegistryApiIntegrationTests.nam());
        patient.putAll(Map.of("sex", "X", "dateOfBirth", LocalDate.now().plusYears(1).toString(), "gmfNumber", "GMF-1",
                "gmfUntil", "2020-01-01"));
        var refused = english().post(Api.admin(), "/api/clinic/ramq-patients", patient);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(error(refused, "sex")).isEqualTo("Unknown sex: “X” (F, M).");
        assertThat(error(refused, "dateOfBirth")).isEqualTo("The date of birth cannot be in the future.");
        assertThat(error(refused, "gmfFrom")).isEqualTo("The start date is required.");
        var french = api.post(Api.admin(), "/api/clinic/ramq-patients", patient);
        assertThat(error(french, "sex")).isEqualTo("Sexe inconnu : «\u00A0X\u00A0» (F, M).");
        assertThat(error(french, "dateOfBirth")).isEqualTo("La date de naissance ne peut être dans le futur.");
        assertThat(error(french, "gmfFrom")).isEqualTo("La date de début est obligatoire.");
    }

    @Test
    void R8_R14_displayPreferencesAreRefusedInTheCallersLanguage() {
        Enterprise enterprise = enterprise(false);
        String preferences = AgendaAndPreferenceRulesApiIntegrationTests.PREFERENCES;
        Map<String, Object> form = Map.of("timeFormat", "SUNDIAL", "displayFrom", "17:00", "displayUntil", "08:00");
        var refused = english().put(enterprise.admin().login(), preferences, form);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(error(refused, "timeFormat")).isEqualTo("Unknown time display format: “SUNDIAL” (H24, AM_PM).");
        assertThat(error(refused, "displayUntil")).isEqualTo("The “until” time (08:00) must come after the “from” time (17:00).");
        var french = api.put(enterprise.admin().login(), preferences, form);
        assertThat(error(french, "displayUntil"))
                .isEqualTo("L'heure «\u00A0jusqu'à\u00A0» (08:00) doit suivre l'heure «\u00A0à partir de\u00A0» (17:00).");
        var byRamq = english().get(Api.admin(), preferences);
        assertThat(byRamq.status()).isEqualTo(403);
        assertThat(byRamq.text("/detail")).isEqualTo("Display preferences belong to clinic users.");
    }

    @Test
    void R57_R60_agendaPermissionsAreRefusedInTheCallersLanguage() {
        Enterprise enterprise = enterprise(false);
        long user = hire(enterprise, person(null), enterprise.location1());
        long professional = hire(enterprise, person("1"), enterprise.location1());
        String rows = employeePath(enterprise, user) + "/permissions";
        Map<String, Object> unreadable = Map.of("location", "Plateau", "professionalId", professional, "access", "READ");
        var refused = english().post(enterprise.admin().login(), rows, unreadable);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(error(refused, "location")).isEqualTo("Unreadable location: “Plateau” (an identifier or ALL).");
        assertThat(error(api.post(enterprise.admin().login(), rows, unreadable), "location"))
                .isEqualTo("Lieu illisible : «\u00A0Plateau\u00A0» (un identifiant ou ALL).");
        var noType = english().post(enterprise.admin().login(), rows, Map.of("location", "ALL", "professionalId", professional, "access", "ALL"));
        assertThat(error(noType, "access")).isEqualTo("The permission type is READ (read) or READ_WRITE (read and write).");
        var gone = english().delete(enterprise.admin().login(), rows + "/987654321");
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.text("/detail")).isEqualTo("This employee has no permission 987654321.");
    }

    @Test
    void R5_R7_aClinicSessionsRefusalsReadInTheCallersLanguage() {
        Enterprise enterprise = enterprise(false);
        var opened = api.post(enterprise.admin().login(), "/api/clinic/sessions", Map.of());
        assertThat(opened.status()).as(opened.raw()).isEqualTo(201);
        Api.Login session = Api.Login.bearer(opened.text("/token"));
        var unknown = english().put(session, "/api/clinic/sessions/current", Map.of("mode", "HOLIDAYS"));
        assertThat(unknown.status()).as(unknown.raw()).isEqualTo(400);
        assertThat(error(unknown, "mode")).startsWith("Unknown mode: “HOLIDAYS” (AGENDA, ENTERPRISE, ");
        assertThat(error(api.put(session, "/api/clinic/sessions/current", Map.of("mode", "HOLIDAYS")), "mode"))
                .startsWith("Mode inconnu : «\u00A0HOLIDAYS\u00A0» (AGENDA, ENTERPRISE, ");
        var withoutSession = english().get(enterprise.admin().login(), "/api/clinic/sessions/current");
        assertThat(withoutSession.status()).as(withoutSession.raw()).isEqualTo(400);
        assertThat(error(withoutSession, "Authorization"))
                .isEqualTo("This request has no clinic session: open one (POST /api/clinic/sessions) and send its token (Authorization: Bearer).");
        var byRamq = english().post(Api.admin(), "/api/clinic/sessions", Map.of());
        assertThat(byRamq.status()).isEqualTo(403);
        assertThat(byRamq.text("/detail")).isEqualTo("Only clinic employees open a clinic session.");
    }

    @Test
    void R251_communicationsAreRefusedInTheCallersLanguage() {
        Enterprise enterprise = enterprise(true);
        String messages = enterprise.path() + "/communications/messages/M-P8";
        var nowhere = english().put(enterprise.admin().login(), messages + "/NOWHERE/FR", Map.of("html", "<p>x</p>"));
        assertThat(nowhere.status()).as(nowhere.raw()).isEqualTo(400);
        assertThat(error(nowhere, "scope")).isEqualTo("Unknown scope: “NOWHERE” (ENTERPRISE or a location's identifier).");
        var image = english().put(enterprise.admin().login(), messages + "/ENTERPRISE/FR", Map.of("html", "<p><img src=\"logo.png\"></p>"));
        assertThat(error(image, "html")).isEqualTo("The text cannot contain a logo or an image.");
        assertThat(error(api.put(enterprise.admin().login(), messages + "/ENTERPRISE/FR", Map.of("html", "<p><img src=\"logo.png\"></p>")),
                "html")).isEqualTo("Le texte ne peut pas contenir de logo ni d'image.");
        var language = english().put(enterprise.admin().login(), messages + "/ENTERPRISE/DE", Map.of("html", "<p>x</p>"));
        assertThat(error(language, "language")).isEqualTo("Unknown language: “DE” (FR, EN).");
    }

    @Test
    void R202_theSmsProvidersEndpointAndTheBacklogAnswerInTheCallersLanguage() {
        var invalid = english().post(Api.admin(), "/api/clinic/sms/inbound", Map.of("from", "12", "text", "ARRÊT"));
        assertThat(invalid.status()).as(invalid.raw()).isEqualTo(400);
        assertThat(error(invalid, "from")).isEqualTo("This phone number is not valid.");
        Enterprise enterprise = enterprise(false);
        var byAClinic = english().post(enterprise.admin().login(), "/api/clinic/sms/inbound", Map.of("from", "12", "text", "ARRÊT"));
        assertThat(byAClinic.status()).isEqualTo(403);
        assertThat(byAClinic.text("/detail")).isEqualTo("Only RAMQ's SMS provider (the service's administrator) does this operation.");
        var backlog = english().get(enterprise.admin().login(), "/api/clinic/notices/backlog");
        assertThat(backlog.status()).isEqualTo(403);
        assertThat(backlog.text("/detail")).isEqualTo("Only RAMQ (the service's administrator) sees the messages waiting to be sent.");
        assertThat(api.get(enterprise.admin().login(), "/api/clinic/notices/backlog").text("/detail"))
                .isEqualTo("Seule la RAMQ (administrateur du service) voit les messages en attente.");
    }

    @Test
    void R11_agendasAndReferenceListsAnswerInTheCallersLanguage() {
        Enterprise enterprise = enterprise(false);
        var page = english().get(enterprise.admin().login(), enterprise.path() + "/agendas?page=-1");
        assertThat(page.status()).as(page.raw()).isEqualTo(400);
        assertThat(error(page, "page")).isEqualTo("Pages are counted from 0.");
        var location = english().get(enterprise.admin().login(), enterprise.path() + "/agendas?locationId=987654321");
        assertThat(error(location, "locationId")).isEqualTo("Unknown location in this enterprise: 987654321.");
        assertThat(error(api.get(enterprise.admin().login(), enterprise.path() + "/agendas?locationId=987654321"), "locationId"))
                .isEqualTo("Lieu inconnu dans cette entreprise : 987654321.");
        var member = english().get(api.newMember().login(), "/api/clinic/reference-lists");
        assertThat(member.status()).isEqualTo(403);
        assertThat(member.text("/detail")).isEqualTo("Clinics' lists are for their employees, their connected agenda software (LCGA) and RAMQ only.");
        assertThat(api.get(api.newMember().login(), "/api/clinic/reference-lists").text("/detail"))
                .isEqualTo("Les listes des cliniques sont réservées à leurs employés, à leurs LCGA et à la RAMQ.");
    }

    @Test
    void A1_aWeekNamedByAnotherDayThanSundayIsRefusedInTheCallersLanguage() {
        Enterprise enterprise = enterprise(false);
        long professional = hire(enterprise, person("1"), enterprise.location1());
        String monday = professionalPath(enterprise, professional) + "/weeks/2026-03-02/quick-create";
        var refused = english().post(enterprise.admin().login(), monday, Map.of("days", List.of()));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(error(refused, "sunday")).isEqualTo("A week is named by its Sunday (Sunday to Saturday): March 2, 2026 is not one.");
        assertThat(error(api.post(enterprise.admin().login(), monday, Map.of("days", List.of())), "sunday"))
                .isEqualTo("Une semaine se nomme par son dimanche (du dimanche au samedi) : le 2 mars 2026 n'en est pas un.");
    }
}
