package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigie.support.Api;

/** Rules R1-R66 of the scheduling specification (access, enterprise, locations, employees, profiles, permissions), through the API. */
class EnterpriseAndEmployeeRulesApiIntegrationTests extends ClinicTest {
    static final String M1 = "L'identifiant ou le mot de passe saisi est invalide. Veuillez consulter la section Aide.";
    static final String M2 = "Vous n'êtes pas actif dans Rendez-vous santé Québec. Veuillez créer un compte ou contacter l'administrateur de votre clinique.";
    static final String M10 = "Cet employé existe déjà dans l'entreprise.";

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("America/Montreal"));
    }

    @Test
    void R1_R3_aClinicUserSignsInWithTheirRamqIdentifierOrPseudonymAndBadCredentialsGetM1() {
        Enterprise enterprise = enterprise(false);
        assertThat(api.get(enterprise.admin().login(), "/api/clinic/enterprises").body()).extracting(e -> e.get("id").asLong())
                .containsExactly(enterprise.id());
        var byPseudonym = api.get(new Api.Login(enterprise.admin().pseudonym(), Api.PASSWORD), enterprise.path());
        assertThat(byPseudonym.status()).as("signed in with the pseudonym, the same person").isEqualTo(200);
        assertThat(api.get(new Api.Login(enterprise.admin().pseudonym(), "not-the-password"), enterprise.path()).text("/detail")).isEqualTo(M1);
        var wrong = api.get(new Api.Login(enterprise.admin().ramqId(), "not-the-password"), "/api/clinic/enterprises");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.text("/detail")).isEqualTo(M1);
    }

    @Test
    void R2_R4_someoneRegisteredWithRamqButActiveInNoEnterpriseGetsM2() {
        Person stranger = person(null);
        var answer = api.get(stranger.login(), "/api/clinic/enterprises");
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.text("/detail")).isEqualTo(M2);
    }

    @Test
    void R7_aUserOfTwoEnterprisesChoosesOneAndEveryRequestStaysInIt() {
        Enterprise first = enterprise(false);
        Enterprise second = enterprise(true);
        Person both = person("1");
        long inFirst = hire(first, both, first.location1());
        hire(second, both, second.location2());
        assertThat(api.get(both.login(), "/api/clinic/enterprises").body()).extracting(e -> e.get("id").asLong())
                .containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(api.get(second.admin().login(), employeePath(second, inFirst)).status()).as("the first's employee, asked in the second")
                .isEqualTo(404);
        assertThat(api.get(both.login(), employeePath(first, inFirst)).status()).as("their own record, in the first").isEqualTo(200);
        assertThat(api.get(first.admin().login(), second.path()).status()).as("another enterprise does not exist for them").isEqualTo(404);
    }

    @Test
    void R45_anEmployeeWhoseDepartureDateHasPassedIsNoLongerActive() {
        Enterprise enterprise = enterprise(false);
        Person leaving = person("1");
        long employee = hire(enterprise, leaving, enterprise.location1());
        var departed = api.put(enterprise.admin().login(), employeePath(enterprise, employee), Map.of("startDate", "2024-01-01",
                "departureDate", today().minusDays(1).toString(), "workLocations", List.of(enterprise.location1())));
        assertThat(departed.status()).as(departed.raw()).isEqualTo(200);
        assertThat(api.get(leaving.login(), "/api/clinic/enterprises").text("/detail")).isEqualTo(M2);
        assertThat(api.get(enterprise.admin().login(), employeePath(enterprise, employee)).text("/departureDate"))
                .isEqualTo(today().minusDays(1).toString());
    }

    @Test
    void R15_R18_onlyRamqCreatesEnterprisesAndAGmfHasItsNumber() {
        Enterprise enterprise = enterprise(false);
        Map<String, Object> body = new HashMap<>(Map.of("name", "Clinique", "gmf", true, "locations", List.of(location("Lieu")),
                "localAdmins", List.of(enterprise.admin().ramqId())));
        assertThat(api.post(enterprise.admin().login(), "/api/clinic/enterprises", body).status()).as("a clinic user").isEqualTo(403);
        assertThat(api.post(Api.admin(), "/api/clinic/enterprises", body).text("/errors/0/field")).isEqualTo("gmfNumber");
        body.put("gmf", false);
        body.put("gmfNumber", "GMF-1");
        assertThat(api.post(Api.admin(), "/api/clinic/enterprises", body).text("/errors/0/field")).as("R18: not a GMF").isEqualTo("gmfNumber");
        var renamed = api.patch(enterprise.admin().login(), enterprise.path(), Map.of("name", "Autre nom"));
        assertThat(renamed.text("/errors/0/field")).isEqualTo("name");
        assertThat(api.patch(enterprise.admin().login(), enterprise.path(), Map.of("gmf", true)).text("/errors/0/field")).isEqualTo("gmf");
        assertThat(api.patch(Api.admin(), enterprise.path(), Map.of("gmf", true)).text("/errors/0/field")).as("R18: a GMF has its number")
                .isEqualTo("gmfNumber");
        var byRamq = api.patch(Api.admin(), enterprise.path(), Map.of("name", "Clinique renommée", "gmf", true, "gmfNumber", "GMF-77"));
        assertThat(byRamq.status()).as(byRamq.raw()).isEqualTo(200);
        var renamedByRamq = api.get(enterprise.admin().login(), enterprise.path());
        assertThat(renamedByRamq.text("/name")).isEqualTo("Clinique renommée");
        assertThat(renamedByRamq.text("/gmfNumber")).isEqualTo("GMF-77");
    }

    @Test
    void R16_onlyTheLocalAdminEditsTheEnterpriseEmailAndPhone() {
        Enterprise enterprise = enterprise(false);
        Person superUser = person(null);
        superUser(enterprise, superUser);
        Person user = person("1");
        hire(enterprise, user, enterprise.location1());
        var changed = api.patch(enterprise.admin().login(), enterprise.path(), Map.of("email", "accueil@clinique.example", "phone", "514-555-0199"));
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        assertThat(changed.text("/phone")).isEqualTo("514-555-0199");
        assertThat(api.patch(superUser.login(), enterprise.path(), Map.of("phone", "1")).status()).isEqualTo(403);
        assertThat(api.patch(user.login(), enterprise.path(), Map.of("phone", "1")).status()).isEqualTo(403);
        assertThat(api.get(user.login(), enterprise.path()).text("/phone")).as("every employee reads it").isEqualTo("514-555-0199");
        assertThat(count("clinic_audit", "enterprise_id = ? AND action = 'enterprise.contact.edit' AND actor = ?", enterprise.id(),
                enterprise.admin().ramqId())).isEqualTo(1);
    }

    @Test
    void R19_R53_theAdministratorsFieldListsEveryLocalAdminAndGainsTheNamedOnes() {
        Enterprise enterprise = enterprise(true);
        Person second = person("5");
        var named = api.post(Api.admin(), enterprise.path() + "/local-admins", Map.of("ramqId", second.ramqId()));
        assertThat(named.status()).as(named.raw()).isEqualTo(200);
        assertThat(named.body().get("localAdmins")).hasSize(2);
        assertThat(api.post(enterprise.admin().login(), enterprise.path() + "/local-admins", Map.of("ramqId", second.ramqId())).status())
                .as("granting is RAMQ's (§9 A12)").isEqualTo(403);
        Person superUser = person(null);
        superUser(enterprise, superUser);
        assertThat(api.get(enterprise.admin().login(), enterprise.path() + "/employees").body().get("items"))
                .filteredOn(e -> e.get("superUser").asBoolean()).hasSize(1);
    }

    @Test
    void R20_R24_onlyTheLocalAdminEditsAbbreviationSuiteAndPhoneAndNeverTheAddress() {
        Enterprise enterprise = enterprise(false);
        Person superUser = person(null);
        superUser(enterprise, superUser);
        String location = enterprise.path() + "/locations/" + enterprise.location1();
        var changed = api.patch(enterprise.admin().login(), location, Map.of("abbreviation", "PLT", "suite", "200", "phone", "514-555-0111"));
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        assertThat(changed.text("/address/suite")).isEqualTo("200");
        assertThat(api.patch(superUser.login(), location, Map.of("abbreviation", "X")).status()).isEqualTo(403);
        var moved = api.patch(enterprise.admin().login(), location, Map.of("street", "boulevard Saint-Laurent"));
        assertThat(moved.status()).isEqualTo(400);
        assertThat(moved.text("/errors/0/message")).contains("formulaire 4066");
        assertThat(api.get(enterprise.admin().login(), location).text("/address/street")).isEqualTo("rue Sherbrooke Est");
    }

    @Test
    void R21_theLocationsUniqueIdentifierNeverChangesAndItsMachineIdIsRamqs() {
        Enterprise enterprise = enterprise(false);
        String location = enterprise.path() + "/locations/" + enterprise.location1();
        String uid = api.get(enterprise.admin().login(), location).text("/locationUid");
        assertThat(uid).hasSize(36);
        assertThat(api.patch(enterprise.admin().login(), location, Map.of("locationUid", "x")).text("/errors/0/field")).isEqualTo("locationUid");
        assertThat(api.patch(enterprise.admin().login(), location, Map.of("machineId", "M-2")).text("/errors/0/field")).isEqualTo("machineId");
        assertThat(api.patch(Api.admin(), location, Map.of("machineId", "M-2")).text("/machineId")).isEqualTo("M-2");
        assertThat(api.get(enterprise.admin().login(), location).text("/locationUid")).isEqualTo(uid);
    }

    @Test
    void R22_aSlotShowsTheLocationsAbbreviationWhenSetOtherwiseItsName() {
        Enterprise enterprise = enterprise(false);
        String location = enterprise.path() + "/locations/" + enterprise.location2();
        assertThat(api.get(enterprise.admin().login(), location).text("/slotLabel")).isEqualTo("Point de service Rosemont");
        assertThat(api.patch(enterprise.admin().login(), location, Map.of("abbreviation", "ROS")).text("/slotLabel")).isEqualTo("ROS");
    }

    @Test
    void R25_R26_R28_R30_aLocationStartsWithTheDefaultOptions() {
        Enterprise enterprise = enterprise(false);
        var options = api.get(enterprise.admin().login(), enterprise.path() + "/locations/" + enterprise.location1()).body().get("options");
        assertThat(options.get("availabilityDisplayMode").asText()).isEqualTo("BY_PATIENT_PROFESSIONAL_RELATION");
        assertThat(options.get("hideProfessionalNameGmf").asBoolean()).isFalse();
        assertThat(options.get("hideProfessionalNameGen").asBoolean()).isFalse();
        assertThat(options.get("onlineCancelCutoff").get("value").asInt()).isEqualTo(24);
        assertThat(options.get("onlineCancelCutoff").get("unit").asText()).isEqualTo("HOURS");
        assertThat(options.get("sendNoShowMessage").asBoolean()).isFalse();
    }

    static Map<String, Object> options(int cutoff, String unit) {
        return Map.of("availabilityDisplayMode", "BY_CLIENTELE_TYPE", "hideProfessionalNameGmf", true, "hideProfessionalNameGen", false,
                "cancelCutoffValue", cutoff, "cancelCutoffUnit", unit, "sendNoShowMessage", true);
    }

    @Test
    void R28_R31_theCancellationCutoffIsZeroToFiftyNineMinutesOrZeroToTwentyFourHoursAndAUserCannotChangeOptions() {
        Enterprise enterprise = enterprise(false);
        Person superUser = person(null);
        superUser(enterprise, superUser);
        Person user = person("1");
        hire(enterprise, user, enterprise.location1());
        String options = enterprise.path() + "/locations/" + enterprise.location1() + "/options";
        assertThat(api.put(superUser.login(), options, options(45, "MINUTES")).text("/options/onlineCancelCutoff/value")).isEqualTo("45");
        assertThat(api.put(enterprise.admin().login(), options, options(60, "MINUTES")).text("/errors/0/field")).isEqualTo("cancelCutoffValue");
        assertThat(api.put(enterprise.admin().login(), options, options(25, "HOURS")).text("/errors/0/message"))
                .isEqualTo("Le délai d'annulation va de 0 à 24 heures.");
        assertThat(api.put(enterprise.admin().login(), options, options(0, "HOURS")).status()).isEqualTo(200);
        assertThat(api.put(user.login(), options, options(2, "HOURS")).status()).isEqualTo(403);
        Map<String, Object> missing = new HashMap<>(options(2, "HOURS"));
        missing.remove("sendNoShowMessage");
        assertThat(api.put(enterprise.admin().login(), options, missing).text("/errors/0/field")).isEqualTo("sendNoShowMessage");
    }

    @Test
    void R29_A5_insideTheCutoffThePatientIsToldToPhoneTheClinicInTheWordsOfMP5WithTheLocationsOwnCutoff() {
        Enterprise enterprise = enterprise(false);
        String location = enterprise.path() + "/locations/" + enterprise.location1();
        assertThat(api.get(enterprise.admin().login(), location).text("/options/onlineCancelNotice")).as("the guide's words, default 24 h")
                .isEqualTo("Vous ne pouvez annuler un rendez-vous en ligne moins de 24 heures avant celui-ci. Veuillez contacter la clinique.");
        assertThat(api.put(enterprise.admin().login(), location + "/options", options(30, "MINUTES")).text("/options/onlineCancelNotice"))
                .isEqualTo("Vous ne pouvez annuler un rendez-vous en ligne moins de 30 minutes avant celui-ci. Veuillez contacter la clinique.");
        assertThat(api.put(enterprise.admin().login(), location + "/options", options(1, "HOURS")).text("/options/onlineCancelNotice"))
                .isEqualTo("Vous ne pouvez annuler un rendez-vous en ligne moins de 1 heure avant celui-ci. Veuillez contacter la clinique.");
        assertThat(api.put(enterprise.admin().login(), location + "/options", options(1, "MINUTES")).text("/options/onlineCancelNotice"))
                .as("one minute, singular")
                .isEqualTo("Vous ne pouvez annuler un rendez-vous en ligne moins de 1 minute avant celui-ci. Veuillez contacter la clinique.");
        assertThat(api.put(enterprise.admin().login(), location + "/options", options(0, "HOURS")).body().at("/options/onlineCancelNotice")
                .asText(null)).as("no cutoff: cancelled online up to the start").isNull();
    }

    @Test
    void R73_citizensSearchAMontrealLocationsGenSlotsWithinFiftyKilometresAndASaguenayOnesWithinAHundred() {
        Person admin = person(null);
        Map<String, Object> montreal = new HashMap<>(location("Clinique du Plateau"));
        montreal.put("healthRegion", "06");
        Map<String, Object> saguenay = new HashMap<>(location("Clinique de Chicoutimi"));
        saguenay.put("healthRegion", "02");
        Map<String, Object> body = new HashMap<>(Map.of("name", "Clinique " + unique(), "gmf", false,
                "locations", List.of(montreal, saguenay, location("Sans région")), "localAdmins", List.of(admin.ramqId())));
        var created = api.post(Api.admin(), "/api/clinic/enterprises", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        var urban = created.body().at("/locations/0/genSearchRadius");
        assertThat(urban.get("maximumKm").asInt()).isEqualTo(50);
        assertThat(urban.get("bands").findValuesAsText("toKm")).containsExactly("10", "20", "30", "40", "50");
        var other = created.body().at("/locations/1/genSearchRadius");
        assertThat(other.get("regionName").asText()).isEqualTo("Saguenay–Lac-Saint-Jean");
        assertThat(other.get("maximumKm").asInt()).isEqualTo(100);
        assertThat(other.get("bands").findValuesAsText("fromKm")).containsExactly("0", "25", "50");
        assertThat(created.body().at("/locations/2/genSearchRadius").isMissingNode() || created.body().at("/locations/2/genSearchRadius").isNull())
                .as("no region, no radius").isTrue();

        saguenay.put("healthRegion", "99");
        var unknown = api.post(Api.admin(), "/api/clinic/enterprises", body);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text("/errors/0/field")).isEqualTo("locations[1].healthRegion");
    }

    @Test
    void R33_R34_R35_onlyLocalAdminsAndSuperUsersAddEmployeesByRamqIdPracticeNumberOrPseudonym() {
        Enterprise enterprise = enterprise(false);
        Person superUser = person(null);
        superUser(enterprise, superUser);
        Person user = person(null);
        hire(enterprise, user, enterprise.location1());
        Person byPractice = person("81");
        Person byPseudonym = person(null);
        assertThat(api.post(user.login(), enterprise.path() + "/employees", Map.of("identifier", byPractice.ramqId(),
                "workLocations", List.of(enterprise.location1()))).status()).isEqualTo(403);
        var practice = api.post(superUser.login(), enterprise.path() + "/employees", Map.of("identifier", byPractice.practiceNumber(),
                "workLocations", List.of(enterprise.location1())));
        assertThat(practice.status()).as(practice.raw()).isEqualTo(201);
        assertThat(practice.text("/ramqId")).isEqualTo(byPractice.ramqId());
        assertThat(api.post(enterprise.admin().login(), enterprise.path() + "/employees", Map.of("identifier", byPseudonym.pseudonym(),
                "workLocations", List.of(enterprise.location2()))).text("/ramqId")).isEqualTo(byPseudonym.ramqId());
        assertThat(api.get(byPseudonym.login(), "/api/clinic/enterprises").status()).as("R33: now active").isEqualTo(200);
    }

    @Test
    void R36_addingSomeoneAlreadyEmployedGivesM10() {
        Enterprise enterprise = enterprise(false);
        Person person = person("1");
        hire(enterprise, person, enterprise.location1());
        var again = api.post(enterprise.admin().login(), enterprise.path() + "/employees", Map.of("identifier", person.ramqId(),
                "workLocations", List.of(enterprise.location2())));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("/detail")).isEqualTo(M10);
    }

    @Test
    void R37_addingSomeoneNotRegisteredWithRamqOnlineServicesGivesM11() {
        Enterprise enterprise = enterprise(false);
        var created = api.post(Api.admin(), "/api/clinic/ramq-persons", Map.of("ramqId", "CE" + String.format("%06d", unique()),
                "firstName", "Hors", "lastName", "Ligne", "onlineServices", false));
        var refused = api.post(enterprise.admin().login(), enterprise.path() + "/employees", Map.of("identifier",
                created.text("/ramqId"), "workLocations", List.of(enterprise.location1())));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("/errors/0/message")).startsWith("Cette personne n'est pas inscrite aux services en ligne de la RAMQ.");
        assertThat(api.post(enterprise.admin().login(), enterprise.path() + "/employees", Map.of("identifier", "IP999999",
                "workLocations", List.of(enterprise.location1()))).text("/errors/0/field")).isEqualTo("identifier");
    }

    @Test
    void R38_R39_ramqsFieldsCannotBeEditedAndTheStartDateIsRequiredDefaultingToToday() {
        Enterprise enterprise = enterprise(false);
        long employee = hire(enterprise, person("1"), enterprise.location1());
        assertThat(api.get(enterprise.admin().login(), employeePath(enterprise, employee)).text("/startDate")).isEqualTo(today().toString());
        var renamed = api.put(enterprise.admin().login(), employeePath(enterprise, employee), Map.of("startDate", "2025-01-01",
                "lastName", "Autre", "workLocations", List.of(enterprise.location1())));
        assertThat(renamed.text("/errors/0/field")).isEqualTo("lastName");
        assertThat(api.put(enterprise.admin().login(), employeePath(enterprise, employee), Map.of("workLocations",
                List.of(enterprise.location1()))).text("/errors/0/field")).isEqualTo("startDate");
    }

    @Test
    void R40_R41_anEmployeeHasAtLeastOneWorkLocationOfTheEnterprise() {
        Enterprise enterprise = enterprise(false);
        Enterprise other = enterprise(false);
        Person person = person("1");
        assertThat(api.post(enterprise.admin().login(), enterprise.path() + "/employees", Map.of("identifier", person.ramqId(),
                "workLocations", List.of())).text("/errors/0/field")).isEqualTo("workLocations");
        assertThat(api.post(enterprise.admin().login(), enterprise.path() + "/employees", Map.of("identifier", person.ramqId(),
                "workLocations", List.of(other.location1()))).text("/errors/0/field")).isEqualTo("workLocations[0]");
        assertThat(count("clinic_employee", "enterprise_id = ? AND person_id = ?", enterprise.id(), person.id())).isZero();
    }

    @Test
    void R42_aFilledEmailSendsTheWelcomeEmailOnlyWhenItIsSetOrChanges() {
        Enterprise enterprise = enterprise(false);
        long employee = hire(enterprise, person("1"), enterprise.location1());
        String email = "employe-" + unique() + "@clinique.example";
        Map<String, Object> form = Map.of("startDate", today().toString(), "email", email, "workLocations", List.of(enterprise.location1()));
        api.put(enterprise.admin().login(), employeePath(enterprise, employee), form);
        api.put(enterprise.admin().login(), employeePath(enterprise, employee), form);
        assertThat(count("outbox_message", "recipient = ? AND subject = ?", email, "Bienvenue dans Rendez-vous santé Québec")).isEqualTo(1);
    }

    @Test
    void R43_R44_thePracticeNumberGivesTheClassAndAProfessionalsRecordHasServicesAndOptions() {
        Enterprise enterprise = enterprise(false);
        var physician = api.get(enterprise.admin().login(), employeePath(enterprise, hire(enterprise, person("1"), enterprise.location1())));
        assertThat(physician.text("/professionalClass")).isEqualTo("PHYSICIAN");
        assertThat(physician.body().get("sections")).extracting(n -> n.asText()).containsExactly("INFORMATIONS", "PERMISSIONS", "SERVICES", "OPTIONS");
        assertThat(api.get(enterprise.admin().login(), employeePath(enterprise, hire(enterprise, person("5"), enterprise.location1())))
                .text("/professionalClass")).isEqualTo("RESIDENT");
        assertThat(api.get(enterprise.admin().login(), employeePath(enterprise, hire(enterprise, person("81"), enterprise.location1())))
                .text("/professionalClass")).isEqualTo("NURSE_PRACTITIONER");
        var staff = api.get(enterprise.admin().login(), employeePath(enterprise, hire(enterprise, person(null), enterprise.location1())));
        assertThat(staff.body().get("healthProfessional").asBoolean()).isFalse();
        assertThat(staff.body().get("sections")).extracting(n -> n.asText()).containsExactly("INFORMATIONS", "PERMISSIONS");
        assertThat(api.post(Api.admin(), "/api/clinic/ramq-persons", Map.of("ramqId", "IP" + String.format("%06d", unique()), "firstName", "A",
                "lastName", "B", "onlineServices", false, "practiceNumber", "12345")).text("/errors/0/field")).isEqualTo("practiceNumber");
    }

    @Test
    void R46_R49_aDeletedEmployeeLeavesTheScreensButStaysForReports() {
        Enterprise enterprise = enterprise(false);
        Person person = person("1");
        long employee = hire(enterprise, person, enterprise.location1());
        assertThat(api.delete(enterprise.admin().login(), employeePath(enterprise, employee)).status()).isEqualTo(200);
        assertThat(api.get(enterprise.admin().login(), enterprise.path() + "/employees").body().get("items")).extracting(e -> e.get("id").asLong())
                .doesNotContain(employee);
        assertThat(api.get(enterprise.admin().login(), enterprise.path() + "/employees?includeDeleted=true").body().get("items"))
                .extracting(e -> e.get("id").asLong()).contains(employee);
        assertThat(api.get(person.login(), "/api/clinic/enterprises").text("/detail")).isEqualTo(M2);
        assertThat(api.delete(enterprise.admin().login(), employeePath(enterprise, enterprise.adminEmployee())).status())
                .as("not oneself").isEqualTo(409);
    }

    @Test
    void R51_A14_A15_aLocalAdminRemovesAnotherLocalAdminAfterConfirmingNeverThemselvesNorTheLast() {
        Enterprise enterprise = enterprise(false);
        Person second = person(null);
        api.post(Api.admin(), enterprise.path() + "/local-admins", Map.of("ramqId", second.ramqId()));
        long secondEmployee = api.get(second.login(), enterprise.path()).body().get("localAdmins").findValues("employeeId").stream()
                .mapToLong(v -> v.asLong()).filter(id -> id != enterprise.adminEmployee()).findFirst().orElseThrow();
        String removal = employeePath(enterprise, secondEmployee) + "/local-admin";
        assertThat(api.delete(enterprise.admin().login(), removal).text("/errors/0/field")).as("unconfirmed").isEqualTo("confirmed");
        assertThat(api.delete(enterprise.admin().login(), employeePath(enterprise, enterprise.adminEmployee()) + "/local-admin?confirmed=true")
                .status()).as("A15: not oneself").isEqualTo(409);
        var removed = api.delete(enterprise.admin().login(), removal + "?confirmed=true");
        assertThat(removed.status()).as(removed.raw()).isEqualTo(200);
        assertThat(removed.body().get("localAdmin").asBoolean()).isFalse();
        assertThat(api.get(enterprise.admin().login(), enterprise.path()).body().get("localAdmins")).hasSize(1);
        assertThat(count("clinic_audit", "enterprise_id = ? AND action = 'profile.localAdmin.remove'", enterprise.id())).isEqualTo(1);
        Person superUser = person(null);
        superUser(enterprise, superUser);
        assertThat(api.delete(superUser.login(), employeePath(enterprise, enterprise.adminEmployee()) + "/local-admin?confirmed=true").status())
                .as("only a local admin removes it").isEqualTo(403);
        assertThat(api.put(superUser.login(), employeePath(enterprise, enterprise.adminEmployee()) + "/super-user", Map.of("superUser", true))
                .status()).as("A14: a super user cannot remove it indirectly").isEqualTo(403);
        assertThat(api.delete(enterprise.admin().login(), employeePath(enterprise, enterprise.adminEmployee())).status()).isEqualTo(409);
    }

    @Test
    void R52_R54_R55_settingSuperUserForcesLocalAdminOffAndUserOnAtOnce() {
        Enterprise enterprise = enterprise(false);
        Person second = person(null);
        api.post(Api.admin(), enterprise.path() + "/local-admins", Map.of("ramqId", second.ramqId()));
        long secondEmployee = api.get(enterprise.admin().login(), enterprise.path() + "/employees").body().get("items").findValues("id").stream()
                .mapToLong(v -> v.asLong()).filter(id -> id != enterprise.adminEmployee()).findFirst().orElseThrow();
        var promoted = api.put(enterprise.admin().login(), employeePath(enterprise, secondEmployee) + "/super-user", Map.of("superUser", true));
        assertThat(promoted.status()).as(promoted.raw()).isEqualTo(200);
        assertThat(promoted.body().get("superUser").asBoolean()).isTrue();
        assertThat(promoted.body().get("localAdmin").asBoolean()).isFalse();
        assertThat(promoted.body().get("user").asBoolean()).isTrue();
        var back = api.put(enterprise.admin().login(), employeePath(enterprise, secondEmployee) + "/super-user", Map.of("superUser", false));
        assertThat(back.body().get("superUser").asBoolean()).isFalse();
        Person user = person(null);
        long userEmployee = hire(enterprise, user, enterprise.location1());
        assertThat(api.put(user.login(), employeePath(enterprise, secondEmployee) + "/super-user", Map.of("superUser", true)).status())
                .isEqualTo(403);
        assertThat(api.put(enterprise.admin().login(), employeePath(enterprise, userEmployee) + "/super-user", Map.of()).text("/errors/0/field"))
                .isEqualTo("superUser");
    }

    @Test
    void R56_R58_R59_R60_aUsersAgendaAccessComesFromRowsOnTheirWorkLocationsWhereTheProfessionalWorks() {
        Enterprise enterprise = enterprise(false);
        Person doctor = person("1");
        long professional = hire(enterprise, doctor, enterprise.location1(), enterprise.location2());
        Person secretary = person(null);
        long user = hire(enterprise, secretary, enterprise.location1());
        String rows = employeePath(enterprise, user) + "/permissions";
        var granted = api.post(enterprise.admin().login(), rows, Map.of("location", String.valueOf(enterprise.location1()),
                "professionalId", professional, "access", "READ_WRITE"));
        assertThat(granted.status()).as(granted.raw()).isEqualTo(201);
        assertThat(granted.body()).singleElement().satisfies(r -> assertThat(r.get("access").asText()).isEqualTo("READ_WRITE"));
        assertThat(api.post(enterprise.admin().login(), rows, Map.of("location", String.valueOf(enterprise.location2()),
                "professionalId", professional, "access", "READ")).text("/errors/0/field")).as("R59").isEqualTo("location");
        long staffMember = hire(enterprise, person(null), enterprise.location1());
        assertThat(api.post(enterprise.admin().login(), rows, Map.of("location", String.valueOf(enterprise.location1()),
                "professionalId", staffMember, "access", "READ")).text("/errors/0/field")).as("not a professional").isEqualTo("professionalId");
        assertThat(api.post(enterprise.admin().login(), rows, Map.of("location", String.valueOf(enterprise.location1()),
                "professionalId", professional, "access", "WRITE")).text("/errors/0/field")).isEqualTo("access");
        long onlyAtTwo = hire(enterprise, person("1"), enterprise.location2());
        assertThat(api.post(enterprise.admin().login(), rows, Map.of("location", String.valueOf(enterprise.location1()),
                "professionalId", onlyAtTwo, "access", "READ")).text("/errors/0/field")).as("R60").isEqualTo("professionalId");
        assertThat(api.get(secretary.login(), rows).body()).as("the user reads their own rows").hasSize(1);
        Person superUser = person(null);
        long su = superUser(enterprise, superUser);
        assertThat(api.post(enterprise.admin().login(), employeePath(enterprise, su) + "/permissions", Map.of("location", "ALL",
                "professionalId", professional, "access", "READ")).status()).as("R56: no rows for a super user").isEqualTo(409);
    }

    @Test
    void A34_theChoiceAllGivesOneRowPerWorkLocationTheTwoShare() {
        Enterprise enterprise = enterprise(false);
        long professional = hire(enterprise, person("1"), enterprise.location1(), enterprise.location2());
        long user = hire(enterprise, person(null), enterprise.location1(), enterprise.location2());
        var all = api.post(enterprise.admin().login(), employeePath(enterprise, user) + "/permissions", Map.of("location", "ALL",
                "professionalId", professional, "access", "READ"));
        assertThat(all.body()).extracting(r -> r.get("locationId").asLong()).containsExactlyInAnyOrder(enterprise.location1(), enterprise.location2());
        long row = all.body().get(0).get("id").asLong();
        assertThat(api.delete(enterprise.admin().login(), employeePath(enterprise, user) + "/permissions/" + row).body()).hasSize(1);
        // a work location taken away takes its rows with it
        api.put(enterprise.admin().login(), employeePath(enterprise, user), Map.of("startDate", today().toString(),
                "workLocations", List.of(enterprise.location1())));
        assertThat(count("clinic_agenda_permission", "employee_id = ? AND location_id = ?", user, enterprise.location2())).isZero();
    }

    @Test
    void R57_aUserCannotGrantPermissionsToAnyone() {
        Enterprise enterprise = enterprise(false);
        Person doctor = person("1");
        long professional = hire(enterprise, doctor, enterprise.location1());
        long other = hire(enterprise, person(null), enterprise.location1());
        var refused = api.post(doctor.login(), employeePath(enterprise, other) + "/permissions", Map.of("location", "ALL",
                "professionalId", professional, "access", "READ"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("/detail")).contains("accorder ou retirer des permissions d'utilisateur");
        assertThat(count("clinic_agenda_permission", "employee_id = ?", other)).isZero();
    }

    @Test
    void R65_aUserReadsOnlyTheirOwnEmployeeRecord() {
        Enterprise enterprise = enterprise(false);
        Person user = person("1");
        long own = hire(enterprise, user, enterprise.location1());
        long colleague = hire(enterprise, person(null), enterprise.location1());
        assertThat(api.get(user.login(), employeePath(enterprise, own)).status()).isEqualTo(200);
        assertThat(api.get(user.login(), employeePath(enterprise, colleague)).status()).isEqualTo(403);
        assertThat(api.get(user.login(), enterprise.path() + "/employees").body().get("items")).extracting(e -> e.get("id").asLong()).containsExactly(own);
    }
}
