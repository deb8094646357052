package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Rules R67-R93 (services, service groups, booking horizon) and R249-R255 (communications, LCGA), through the API. */
class ServiceAndCommunicationRulesApiIntegrationTests extends ClinicTest {

    long service(Enterprise enterprise, long professional, String type, String reason, int duration) {
        var created = api.post(enterprise.admin().login(), professionalPath(enterprise, professional) + "/services",
                Map.of("appointmentType", type, "reason", reason, "durationMinutes", duration));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    @Test
    void R67_R68_aHealthProfessionalHasTheirOwnServicesOfTypeReasonAndDurationStaffHaveNone() {
        Enterprise enterprise = enterprise(false);
        long doctor = hire(enterprise, person("1"), enterprise.location1());
        long colleague = hire(enterprise, person("1"), enterprise.location1());
        long staff = hire(enterprise, person(null), enterprise.location1());
        service(enterprise, doctor, "MF", "REGULAR_FOLLOWUP", 20);
        service(enterprise, doctor, "GEN", "ALL", 15);
        var services = api.get(enterprise.admin().login(), professionalPath(enterprise, doctor) + "/services");
        assertThat(services.body()).extracting(s -> s.get("appointmentType").asText() + " " + s.get("reason").asText() + " "
                + s.get("durationMinutes").asInt()).containsExactly("MF REGULAR_FOLLOWUP 20", "GEN ALL 15");
        assertThat(services.body().get(0).get("reasonLabel").asText()).isEqualTo("Suivi régulier");
        assertThat(services.body().get(0).get("ruleSetVersion").asText()).as("the rule set that accepted it")
                .isEqualTo(api.get(enterprise.admin().login(), "/api/clinic/reference-lists").text("/ruleSetVersion"));
        assertThat(api.get(enterprise.admin().login(), professionalPath(enterprise, colleague) + "/services").body()).as("their own list").isEmpty();
        var forStaff = api.post(enterprise.admin().login(), professionalPath(enterprise, staff) + "/services",
                Map.of("appointmentType", "MF", "reason", "ALL", "durationMinutes", 15));
        assertThat(forStaff.status()).isEqualTo(400);
        assertThat(forStaff.text("/errors/0/field")).isEqualTo("professionalId");
        var duration = api.post(enterprise.admin().login(), professionalPath(enterprise, doctor) + "/services",
                Map.of("appointmentType", "MF", "reason", "ALL", "durationMinutes", 17));
        assertThat(duration.text("/errors/0/message")).isEqualTo("La durée doit être de 5 à 120 minutes, par pas de 5 minutes (17 minutes demandées).");
        assertThat(api.post(enterprise.admin().login(), professionalPath(enterprise, doctor) + "/services",
                Map.of("appointmentType", "MF", "reason", "TOOTHACHE", "durationMinutes", 15)).text("/errors/0/field")).isEqualTo("reason");
    }

    @Test
    void R69_theGmfTypeIsOfferedOnlyInAGmfEnterprise() {
        Enterprise clinic = enterprise(false);
        long doctor = hire(clinic, person("1"), clinic.location1());
        var refused = api.post(clinic.admin().login(), professionalPath(clinic, doctor) + "/services",
                Map.of("appointmentType", "GMF", "reason", "MINOR_EMERGENCY", "durationMinutes", 15));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("/errors/0/field")).isEqualTo("appointmentType");
        assertThat(refused.text("/errors/0/message")).isEqualTo("Le type de rendez-vous GMF n'est offert que dans une entreprise qui est un GMF.");
        Enterprise gmf = enterprise(true);
        service(gmf, hire(gmf, person("81"), gmf.location1()), "GMF", "MINOR_EMERGENCY", 15);
    }

    @Test
    void A39_onlyLocalAdminsAndSuperUsersManageServicesEvenAProfessionalsOwn() {
        Enterprise enterprise = enterprise(false);
        Person doctor = person("1");
        long professional = hire(enterprise, doctor, enterprise.location1());
        assertThat(api.post(doctor.login(), professionalPath(enterprise, professional) + "/services",
                Map.of("appointmentType", "MF", "reason", "ALL", "durationMinutes", 15)).status()).isEqualTo(403);
        assertThat(api.get(doctor.login(), professionalPath(enterprise, professional) + "/services").status()).as("reads their own").isEqualTo(200);
        Person superUser = person(null);
        superUser(enterprise, superUser);
        assertThat(api.post(superUser.login(), professionalPath(enterprise, professional) + "/services",
                Map.of("appointmentType", "MF", "reason", "ALL", "durationMinutes", 15)).status()).isEqualTo(201);
    }

    long slot(Enterprise enterprise, long professional, long service, Instant start) {
        java.time.ZonedDateTime local = start.atZone(java.time.ZoneId.of("America/Montreal"));
        jdbc.sql("INSERT INTO availability_slot (enterprise_id, location_id, professional_id, local_date, local_start, local_end, starts_at,"
                        + " ends_at, visibility, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PUBLIC', NOW())")
                .params(enterprise.id(), enterprise.location1(), professional, local.toLocalDate(), local.toLocalTime(),
                        local.plusHours(3).toLocalTime(), Timestamp.from(start), Timestamp.from(start.plus(3, ChronoUnit.HOURS)))
                .update();
        long slot = jdbc.sql("SELECT MAX(id) FROM availability_slot WHERE professional_id = ?").param(professional).query(Long.class).single();
        jdbc.sql("INSERT INTO availability_slot_service (slot_id, service_id) VALUES (?, ?)").params(slot, service).update();
        return slot;
    }

    @Test
    void R76_R77_R78_R80_aServiceIsNeverEditedItIsDeletedOnceNoFutureSlotUsesItAndThenShowsInactive() {
        Enterprise enterprise = enterprise(false);
        long doctor = hire(enterprise, person("1"), enterprise.location1());
        long inUse = service(enterprise, doctor, "MF", "ALL", 15);
        long pastOnly = service(enterprise, doctor, "MF", "MINOR_EMERGENCY", 15);
        long unused = service(enterprise, doctor, "GEN", "ALL", 30);
        slot(enterprise, doctor, inUse, Instant.now().plus(2, ChronoUnit.DAYS));
        slot(enterprise, doctor, pastOnly, Instant.now().minus(2, ChronoUnit.DAYS));
        // running now: counts as future (§9 A4)
        long running = service(enterprise, doctor, "MF", "PRIORITY_CONSULTATION", 15);
        slot(enterprise, doctor, running, Instant.now().minus(1, ChronoUnit.HOURS));
        String services = professionalPath(enterprise, doctor) + "/services/";

        assertThat(api.put(enterprise.admin().login(), services + unused, Map.of("durationMinutes", 20)).status()).as("R76: never edited")
                .isEqualTo(405);
        assertThat(api.delete(enterprise.admin().login(), services + unused).text("/errors/0/field")).as("R80: confirm").isEqualTo("confirmed");
        var blocked = api.delete(enterprise.admin().login(), services + inUse + "?confirmed=true");
        assertThat(blocked.status()).isEqualTo(409);
        assertThat(blocked.text("/detail")).contains("Ce service est offert dans 1 plage à venir :");
        assertThat(api.delete(enterprise.admin().login(), services + running + "?confirmed=true").status()).isEqualTo(409);
        var deleted = api.delete(enterprise.admin().login(), services + pastOnly + "?confirmed=true");
        assertThat(deleted.status()).as(deleted.raw()).isEqualTo(200);
        assertThat(deleted.text("/state")).isEqualTo("inactif");
        assertThat(api.delete(enterprise.admin().login(), services + unused + "?confirmed=true").status()).as("§9 A3: never used").isEqualTo(200);
        assertThat(api.get(enterprise.admin().login(), professionalPath(enterprise, doctor) + "/services").body())
                .extracting(s -> s.get("id").asLong()).containsExactly(inUse, running);
        assertThat(api.get(enterprise.admin().login(), professionalPath(enterprise, doctor) + "/services?includeDeleted=true").body())
                .extracting(s -> s.get("id").asLong()).contains(pastOnly, unused);
    }

    @Test
    void R79_R87_deletingAServiceTakesItOutOfEveryGroupAndDeletingAGroupKeepsItsServices() {
        Enterprise enterprise = enterprise(false);
        long doctor = hire(enterprise, person("1"), enterprise.location1());
        long a = service(enterprise, doctor, "MF", "MINOR_EMERGENCY", 15);
        long b = service(enterprise, doctor, "MF", "PRIORITY_CONSULTATION", 15);
        String groups = professionalPath(enterprise, doctor) + "/service-groups";
        long group = api.post(enterprise.admin().login(), groups, Map.of("name", "Sans rendez-vous", "serviceIds", List.of(a, b)))
                .body().get("id").asLong();
        api.delete(enterprise.admin().login(), professionalPath(enterprise, doctor) + "/services/" + a + "?confirmed=true");
        assertThat(api.get(enterprise.admin().login(), groups).body().get(0).get("services")).extracting(s -> s.get("id").asLong())
                .containsExactly(b);
        assertThat(api.delete(enterprise.admin().login(), groups + "/" + group).text("/errors/0/field")).isEqualTo("confirmed");
        assertThat(api.delete(enterprise.admin().login(), groups + "/" + group + "?confirmed=true").body()).isEmpty();
        assertThat(api.get(enterprise.admin().login(), professionalPath(enterprise, doctor) + "/services").body())
                .extracting(s -> s.get("id").asLong()).containsExactly(b);
    }

    /** Our reading: an empty group cannot be created (R83's rules refuse it), so none is left empty either. */
    @Test
    void R79_aGroupWhoseLastServiceIsDeletedIsDeletedWithItAuditedAndTheDeletionSaysSo() {
        Enterprise enterprise = enterprise(false);
        long doctor = hire(enterprise, person("1"), enterprise.location1());
        long a = service(enterprise, doctor, "MF", "MINOR_EMERGENCY", 15);
        long b = service(enterprise, doctor, "MF", "PRIORITY_CONSULTATION", 15);
        String groups = professionalPath(enterprise, doctor) + "/service-groups";
        long alone = api.post(enterprise.admin().login(), groups, Map.of("name", "Urgences", "serviceIds", List.of(a))).body().get("id").asLong();
        long both = api.post(enterprise.admin().login(), groups, Map.of("name", "Sans rendez-vous", "serviceIds", List.of(a, b)))
                .body().get("id").asLong();

        var deleted = api.delete(enterprise.admin().login(), professionalPath(enterprise, doctor) + "/services/" + a + "?confirmed=true");
        assertThat(deleted.status()).as(deleted.raw()).isEqualTo(200);
        assertThat(deleted.text("/state")).isEqualTo("inactif");
        assertThat(deleted.body().get("groupsDeleted")).extracting(g -> g.get("id").asLong() + " " + g.get("name").asText())
                .containsExactly(alone + " Urgences");
        assertThat(api.get(enterprise.admin().login(), groups).body()).extracting(g -> g.get("id").asLong()).containsExactly(both);
        assertThat(count("clinic_service_group", "id = ?", alone)).isZero();
        assertThat(api.get(enterprise.admin().login(), enterprise.path() + "/audit").body().get("items"))
                .extracting(e -> e.get("action").asText() + " " + e.get("target").asText())
                .containsSubsequence("serviceGroup.delete serviceGroup:" + alone, "service.delete service:" + a);

        var last = api.delete(enterprise.admin().login(), professionalPath(enterprise, doctor) + "/services/" + b + "?confirmed=true");
        assertThat(last.body().get("groupsDeleted")).extracting(g -> g.get("id").asLong()).containsExactly(both);
        assertThat(api.get(enterprise.admin().login(), groups).body()).isEmpty();
        long c = service(enterprise, doctor, "MF", "REGULAR_FOLLOWUP", 15);
        assertThat(api.delete(enterprise.admin().login(), professionalPath(enterprise, doctor) + "/services/" + c + "?confirmed=true")
                .body().get("groupsDeleted")).as("in no group").isEmpty();
    }

    /** Each deletion locks the groups of its service before it reads what they hold, so the second sees the first's. */
    @Test
    void R79_theLastTwoServicesOfAGroupDeletedAtOnceLeaveNoEmptyGroup() throws Exception {
        Enterprise enterprise = enterprise(false);
        long doctor = hire(enterprise, person("1"), enterprise.location1());
        String groups = professionalPath(enterprise, doctor) + "/service-groups";
        for (int round = 0; round < 3; round++) {
            long a = service(enterprise, doctor, "MF", "MINOR_EMERGENCY", 15);
            long b = service(enterprise, doctor, "MF", "PRIORITY_CONSULTATION", 15);
            long group = api.post(enterprise.admin().login(), groups, Map.of("name", "Groupe " + round, "serviceIds", List.of(a, b)))
                    .body().get("id").asLong();
            var answers = org.vigie.support.Together.run(List.of(
                    () -> api.delete(enterprise.admin().login(), professionalPath(enterprise, doctor) + "/services/" + a + "?confirmed=true"),
                    () -> api.delete(enterprise.admin().login(), professionalPath(enterprise, doctor) + "/services/" + b + "?confirmed=true")));
            assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.raw()).isEqualTo(200));
            assertThat(answers).as("one of the two took the group with it").filteredOn(answer -> !answer.body().get("groupsDeleted").isEmpty())
                    .hasSize(1);
            assertThat(count("clinic_service_group", "id = ?", group)).isZero();
        }
    }

    /** The 2025 period of rules/scheduling is our reading of the guide's 2026 values: a clinic set up then works alike. */
    @Test
    void aClinicSetUpOnADayOf2025CreatesServicesAndListsItsAgendas() {
        clock.today(java.time.LocalDate.of(2025, 6, 2));
        Enterprise enterprise = enterprise(true);
        Person doctor = person("1");
        long professional = hire(enterprise, doctor, enterprise.location1());
        long created = service(enterprise, professional, "GMF", "MINOR_EMERGENCY", 15);
        var services = api.get(enterprise.admin().login(), professionalPath(enterprise, professional) + "/services");
        assertThat(services.body()).extracting(s -> s.get("id").asLong()).containsExactly(created);
        assertThat(services.body().get(0).get("ruleSetVersion").asText()).isNotBlank();
        var agendas = api.get(enterprise.admin().login(), enterprise.path() + "/agendas");
        assertThat(agendas.status()).as(agendas.raw()).isEqualTo(200);
        assertThat(agendas.body().get("items")).extracting(i -> i.get("location").get("id").asLong() + "/" + i.get("professional").get("id").asLong())
                .contains(enterprise.location1() + "/" + professional);
        assertThat(api.get(doctor.login(), enterprise.path() + "/agendas/default").status()).isEqualTo(200);
    }

    @Test
    void R82_aGroupHoldsOnlyTheProfessionalsOwnServices() {
        Enterprise enterprise = enterprise(false);
        long doctor = hire(enterprise, person("1"), enterprise.location1());
        long colleague = hire(enterprise, person("1"), enterprise.location1());
        long own = service(enterprise, doctor, "MF", "MINOR_EMERGENCY", 15);
        long theirs = service(enterprise, colleague, "MF", "PRIORITY_CONSULTATION", 15);
        var refused = api.post(enterprise.admin().login(), professionalPath(enterprise, doctor) + "/service-groups",
                Map.of("name", "Groupe", "serviceIds", List.of(own, theirs)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("/errors/0/field")).isEqualTo("serviceIds[1]");
        assertThat(count("clinic_service_group", "professional_id = ?", doctor)).isZero();
    }

    @Test
    void R83_groupServicesShareTypeAndDuration() {
        Enterprise enterprise = enterprise(false);
        long doctor = hire(enterprise, person("1"), enterprise.location1());
        long mf15 = service(enterprise, doctor, "MF", "MINOR_EMERGENCY", 15);
        long gen15 = service(enterprise, doctor, "GEN", "MINOR_EMERGENCY", 15);
        long mf30 = service(enterprise, doctor, "MF", "REGULAR_FOLLOWUP", 30);
        String groups = professionalPath(enterprise, doctor) + "/service-groups";
        assertThat(api.post(enterprise.admin().login(), groups, Map.of("name", "Types", "serviceIds", List.of(mf15, gen15)))
                .text("/errors/0/message")).isEqualTo("Tous les services d'un groupe doivent avoir le même type de rendez-vous.");
        assertThat(api.post(enterprise.admin().login(), groups, Map.of("name", "Durées", "serviceIds", List.of(mf15, mf30)))
                .text("/errors/0/message")).isEqualTo("Tous les services d'un groupe doivent avoir la même durée.");
    }

    @Test
    void R84_anAllReasonsServiceCannotJoinAGroup() {
        Enterprise enterprise = enterprise(false);
        long doctor = hire(enterprise, person("1"), enterprise.location1());
        long all = service(enterprise, doctor, "MF", "ALL", 15);
        long one = service(enterprise, doctor, "MF", "MINOR_EMERGENCY", 15);
        assertThat(api.post(enterprise.admin().login(), professionalPath(enterprise, doctor) + "/service-groups",
                Map.of("name", "Tout", "serviceIds", List.of(all, one))).text("/errors/0/message"))
                .isEqualTo("Un service «\u00A0Toutes les raisons\u00A0» ne peut pas faire partie d'un groupe de services.");
    }

    @Test
    void R85_R86_aGroupsNameIsUniqueForItsProfessionalAndItsNameAndServicesCanBeEdited() {
        Enterprise enterprise = enterprise(false);
        long doctor = hire(enterprise, person("1"), enterprise.location1());
        long colleague = hire(enterprise, person("1"), enterprise.location1());
        long a = service(enterprise, doctor, "MF", "MINOR_EMERGENCY", 15);
        long b = service(enterprise, doctor, "MF", "PRIORITY_CONSULTATION", 15);
        long c = service(enterprise, colleague, "MF", "PRIORITY_CONSULTATION", 15);
        String groups = professionalPath(enterprise, doctor) + "/service-groups";
        long first = api.post(enterprise.admin().login(), groups, Map.of("name", "Urgences", "serviceIds", List.of(a))).body().get("id").asLong();
        long second = api.post(enterprise.admin().login(), groups, Map.of("name", "Suivis", "serviceIds", List.of(b))).body().get("id").asLong();
        assertThat(api.post(enterprise.admin().login(), groups, Map.of("name", "Urgences", "serviceIds", List.of(b))).text("/errors/0/field"))
                .isEqualTo("name");
        assertThat(api.post(enterprise.admin().login(), professionalPath(enterprise, colleague) + "/service-groups",
                Map.of("name", "Urgences", "serviceIds", List.of(c))).status()).as("another professional may").isEqualTo(201);
        var edited = api.put(enterprise.admin().login(), groups + "/" + first, Map.of("name", "Urgences mineures", "serviceIds", List.of(a, b)));
        assertThat(edited.status()).as(edited.raw()).isEqualTo(200);
        assertThat(edited.body().get("services")).hasSize(2);
        assertThat(api.put(enterprise.admin().login(), groups + "/" + second, Map.of("name", "Urgences mineures", "serviceIds", List.of(b)))
                .text("/errors/0/field")).isEqualTo("name");
    }

    @Test
    void R88_R89_R92_theBookingHorizonIsOffByDefaultAndTakesAWeekCountFromTheList() {
        Enterprise enterprise = enterprise(false);
        long doctor = hire(enterprise, person("1"), enterprise.location1());
        String options = professionalPath(enterprise, doctor) + "/options";
        assertThat(api.get(enterprise.admin().login(), options).body().get("bookingHorizonEnabled").asBoolean()).isFalse();
        assertThat(api.put(enterprise.admin().login(), options, Map.of("bookingHorizonEnabled", true)).text("/errors/0/field"))
                .isEqualTo("bookingHorizonMaxWeeks");
        assertThat(api.put(enterprise.admin().login(), options, Map.of("bookingHorizonEnabled", true, "bookingHorizonMaxWeeks", 53))
                .text("/errors/0/message")).isEqualTo("Choisissez de 1 à 52 semaines.");
        var saved = api.put(enterprise.admin().login(), options, Map.of("bookingHorizonEnabled", true, "bookingHorizonMaxWeeks", 6));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(api.get(enterprise.admin().login(), options).text("/bookingHorizonMaxWeeks")).isEqualTo("6");
        long staff = hire(enterprise, person(null), enterprise.location1());
        assertThat(api.get(enterprise.admin().login(), professionalPath(enterprise, staff) + "/options").status())
                .as("R44: staff have no options").isEqualTo(404);
    }

    @Test
    void R249_R250_R251_R253_emailTextsArePerEnterpriseSubjectAndLanguageWithoutLogoAndAPreviewSavesNothing() {
        Enterprise enterprise = enterprise(false);
        Person user = person("1");
        hire(enterprise, user, enterprise.location1());
        String emails = enterprise.path() + "/communications/emails";
        var saved = api.put(enterprise.admin().login(), emails + "/REMINDER/FR", Map.of("html", "<p>Apportez votre carte d'assurance maladie.</p>"));
        assertThat(saved.status()).as(saved.raw()).isEqualTo(200);
        api.put(enterprise.admin().login(), emails + "/REMINDER/EN", Map.of("html", "<p>Bring your health insurance card.</p>"));
        assertThat(api.get(user.login(), emails).body()).extracting(e -> e.get("subject").asText() + "/" + e.get("language").asText())
                .containsExactly("REMINDER/EN", "REMINDER/FR");
        assertThat(api.put(enterprise.admin().login(), emails + "/REMINDER/FR", Map.of("html", "<p><img src=\"logo.png\"/></p>"))
                .text("/errors/0/message")).isEqualTo("Le texte ne peut pas contenir de logo ni d'image.");
        assertThat(api.put(enterprise.admin().login(), emails + "/BIRTHDAY/FR", Map.of("html", "x")).text("/errors/0/field")).isEqualTo("subject");
        assertThat(api.put(user.login(), emails + "/REMINDER/FR", Map.of("html", "<p>x</p>")).status()).isEqualTo(403);
        var preview = api.post(enterprise.admin().login(), enterprise.path() + "/communications/preview", Map.of("html", "<p>Essai</p>"));
        assertThat(preview.text("/html")).isEqualTo("<p>Essai</p>");
        assertThat(count("clinic_email_text", "enterprise_id = ?", enterprise.id())).isEqualTo(2);
    }

    @Test
    void R252_R261_aLocationsMessageReplacesTheEnterprisesWhichReplacesRamqsDefault() {
        Enterprise enterprise = enterprise(true);
        String messages = enterprise.path() + "/communications/messages/M-P8";
        var ramq = api.get(enterprise.admin().login(), messages + "?scope=" + enterprise.location1());
        assertThat(ramq.text("/source")).isEqualTo("RAMQ");
        assertThat(ramq.text("/html")).isEqualTo("Certaines disponibilités peuvent ne pas être affichées dans Rendez-vous santé Québec. "
                + "Vous pouvez téléphoner à la clinique pour connaître toutes les disponibilités de ses professionnels de la santé ou cliquer "
                + "sur le bouton ci-dessous.");
        assertThat(api.get(enterprise.admin().login(), enterprise.path() + "/communications/messages/M-P6").text("/html"))
                .as("the patient's own professional").contains("toutes les disponibilités de votre professionnel de la santé");
        api.put(enterprise.admin().login(), messages + "/ENTERPRISE/FR", Map.of("html", "<p>Appelez-nous au 514-555-0100.</p>"));
        assertThat(api.get(enterprise.admin().login(), messages + "?scope=" + enterprise.location1()).text("/source")).isEqualTo("ENTERPRISE");
        api.put(enterprise.admin().login(), messages + "/" + enterprise.location1() + "/FR", Map.of("html", "<p>Plateau : 514-555-0111.</p>"));
        assertThat(api.get(enterprise.admin().login(), messages + "?scope=" + enterprise.location1()).text("/html"))
                .isEqualTo("<p>Plateau : 514-555-0111.</p>");
        assertThat(api.get(enterprise.admin().login(), messages + "?scope=" + enterprise.location2()).text("/source")).isEqualTo("ENTERPRISE");
        Enterprise other = enterprise(false);
        assertThat(api.put(enterprise.admin().login(), messages + "/" + other.location1() + "/FR", Map.of("html", "x")).text("/errors/0/field"))
                .isEqualTo("scope");
    }

    @Test
    void R32_R50_R254_withAConnectedLcgaTheEnterpriseLocationsEmployeesAndCommunicationsStayInTheService() {
        // a location whose agendas are kept in connected software (its vendor's machine id is set) is still maintained here
        Enterprise enterprise = enterprise(false);
        String location = enterprise.path() + "/locations/" + enterprise.location1();
        assertThat(api.get(enterprise.admin().login(), location).text("/machineId")).isNotBlank();
        var options = api.put(enterprise.admin().login(), location + "/options", EnterpriseAndEmployeeRulesApiIntegrationTests.options(3, "HOURS"));
        assertThat(options.status()).as(options.raw()).isEqualTo(200);
        assertThat(api.patch(enterprise.admin().login(), location, Map.of("phone", "514-555-0177")).text("/phone")).isEqualTo("514-555-0177");
        long doctor = hire(enterprise, person("1"), enterprise.location1());
        service(enterprise, doctor, "MF", "ALL", 15);
        assertThat(api.put(enterprise.admin().login(), professionalPath(enterprise, doctor) + "/options",
                Map.of("bookingHorizonEnabled", true, "bookingHorizonMaxWeeks", 4)).status()).isEqualTo(200);
        assertThat(api.put(enterprise.admin().login(), enterprise.path() + "/communications/emails/REMINDER/FR",
                Map.of("html", "<p>Apportez votre carte.</p>")).status()).isEqualTo(200);
    }

    @Test
    void everyWriteIsInTheAuditTrailWithWhoAndWhen() {
        Enterprise enterprise = enterprise(false);
        Person user = person("1");
        long doctor = hire(enterprise, user, enterprise.location1());
        service(enterprise, doctor, "MF", "ALL", 15);
        api.put(enterprise.admin().login(), enterprise.path() + "/locations/" + enterprise.location1() + "/options",
                EnterpriseAndEmployeeRulesApiIntegrationTests.options(2, "HOURS"));
        var trail = api.get(enterprise.admin().login(), enterprise.path() + "/audit");
        assertThat(trail.body().get("items")).extracting(e -> e.get("action").asText())
                .containsSubsequence("location.options.edit", "service.create", "employee.add", "enterprise.create");
        assertThat(trail.body().get("items").get(0).get("actor").asText()).isEqualTo(enterprise.admin().ramqId());
        assertThat(api.get(user.login(), enterprise.path() + "/audit").status()).isEqualTo(403);
    }

    @Test
    void R68_R89_theServiceAndHorizonFormsOfferTheListsOfThePackAndNothingElseIsAccepted() {
        Enterprise enterprise = enterprise(true);
        var lists = api.get(enterprise.admin().login(), "/api/clinic/reference-lists");
        assertThat(lists.status()).as(lists.raw()).isEqualTo(200);
        List<Integer> durations = new java.util.ArrayList<>();
        lists.body().get("serviceDurations").forEach(d -> durations.add(d.asInt()));
        assertThat(durations).hasSize(24).startsWith(5, 10, 15).endsWith(120);
        assertThat(lists.body().get("bookingHorizonWeeks")).hasSize(52);
        assertThat(lists.body().get("reasons").findParents("code")).filteredOn(r -> r.get("code").asText().equals("PATIENT_REDIRECTION"))
                .singleElement().satisfies(r -> {
                    assertThat(r.get("labelFr").asText()).isEqualTo("Réorientation");
                    assertThat(r.get("patientVisible").asBoolean()).as("never shown online (R75)").isFalse();
                });
        assertThat(lists.body().get("reasons").findParents("code")).filteredOn(r -> r.get("allReasons").asBoolean())
                .extracting(r -> r.get("labelFr").asText()).containsExactly("Toutes les raisons");
        assertThat(lists.body().at("/cancellationCutoff/hoursMaximum").asInt()).isEqualTo(24);

        Person doctor = person("1");
        long professional = hire(enterprise, doctor, enterprise.location1());
        String services = professionalPath(enterprise, professional) + "/services";
        for (int offered : List.of(durations.get(0), durations.get(durations.size() - 1))) {
            assertThat(api.post(enterprise.admin().login(), services, Map.of("appointmentType", "GEN", "reason", "ALL",
                    "durationMinutes", offered)).status()).isEqualTo(201);
        }
        assertThat(api.post(enterprise.admin().login(), services, Map.of("appointmentType", "GEN", "reason", "ALL",
                "durationMinutes", durations.get(0) + 1)).text("/errors/0/field")).isEqualTo("durationMinutes");
        assertThat(api.get(api.newMember().login(), "/api/clinic/reference-lists").status()).as("a regulator's member").isEqualTo(403);
    }

    @Test
    void R82_anotherEnterprisesServicesAndGroupsCannotBeReachedThroughOnesOwnEnterprisesPath() {
        Enterprise mine = enterprise(false);
        Enterprise theirs = enterprise(false);
        long theirDoctor = hire(theirs, person("1"), theirs.location1());
        long theirService = service(theirs, theirDoctor, "MF", "REGULAR_FOLLOWUP", 15);
        long theirGroup = api.post(theirs.admin().login(), professionalPath(theirs, theirDoctor) + "/service-groups",
                Map.of("name", "Suivis", "serviceIds", List.of(theirService))).body().get("id").asLong();
        String throughMine = professionalPath(mine, theirDoctor);
        assertThat(api.delete(mine.admin().login(), throughMine + "/services/" + theirService + "?confirmed=true").status()).isEqualTo(404);
        assertThat(api.put(mine.admin().login(), throughMine + "/service-groups/" + theirGroup,
                Map.of("name", "Pris", "serviceIds", List.of(theirService))).status()).isEqualTo(404);
        assertThat(api.delete(mine.admin().login(), throughMine + "/service-groups/" + theirGroup + "?confirmed=true").status()).isEqualTo(404);
        assertThat(count("clinic_service", "id = ? AND deleted_at IS NULL", theirService)).as("untouched").isEqualTo(1);
        assertThat(api.get(theirs.admin().login(), professionalPath(theirs, theirDoctor) + "/service-groups").body().get(0).get("name").asText())
                .isEqualTo("Suivis");
    }
}
