package org.vigie.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.vigie.support.Api;
import org.vigie.support.ApiTest;

class DeclarationApiIntegrationTests extends ApiTest {
    /** A day the 2022-2025 cycle was running: its dashboard reads « En cours » then, and « terminé » after its end. */
    static final LocalDate DURING_2022_2025 = LocalDate.of(2025, 1, 10);

    private Api.Response declare(Api.MemberLogin member, Map<String, Object> declaration) {
        return api.post(member.login(), "/api/members/" + member.id() + "/declarations", declaration);
    }

    @Test
    void seedExampleOneStructuredAndOneEthicsHourLeave14Structured0Ethics28Total() {
        clock.today(DURING_2022_2025);
        var member = api.newMember();
        assertThat(declare(member, Api.declaration("structured", "course", 1)).status()).isEqualTo(201);

        var response = declare(member, Api.declaration("ethics", "ethics-training", 1));

        assertThat(response.status()).isEqualTo(201);
        var dashboard = response.body().get("dashboard");
        assertThat(dashboard.at("/requiredHours/hours").asDouble()).isEqualTo(30);
        assertThat(dashboard.at("/declaredHours/hours").asDouble()).isEqualTo(2);
        assertThat(dashboard.at("/creditedHours/structured/hours").asDouble()).isEqualTo(1);
        assertThat(dashboard.at("/creditedHours/ethics/hours").asDouble()).isEqualTo(1);
        assertThat(dashboard.at("/creditedHours/autonomous/hours").asDouble()).isEqualTo(0);
        assertThat(dashboard.at("/remainingHours/structured/hours").asDouble()).isEqualTo(14);
        assertThat(dashboard.at("/remainingHours/ethics/hours").asDouble()).isEqualTo(0);
        assertThat(dashboard.at("/remainingHours/total/hours").asDouble()).isEqualTo(28);
        assertThat(dashboard.at("/remainingHours/structured/rule").asText()).isEqualTo("StructuredHoursRemaining");
        assertThat(dashboard.at("/remainingHours/total/rule").asText()).isEqualTo("TotalHoursRemaining");
        assertThat(dashboard.at("/status/label").asText()).isEqualTo("En cours");
        assertThat(dashboard.at("/start").asText()).isEqualTo("2022-01-01");
        assertThat(dashboard.at("/end").asText()).isEqualTo("2025-03-31");
        assertThat(dashboard.at("/ruleSet/version").asText()).isEqualTo("2025.4");
        assertThat(dashboard.at("/ruleSet/hash").asText()).hasSize(16);
        assertThat(dashboard.get("gaps")).extracting(g -> g.get("requirement").asText()).containsExactly("structured", "total");
        assertThat(dashboard.at("/gaps/0/message").asText()).isEqualTo(
                "Il vous reste 14 heures de formation à accumuler dans la catégorie structurée afin de répondre aux exigences du règlement"
                        + " (15 heures minimum).");
        assertThat(dashboard.at("/gaps/0/rule").asText()).isEqualTo("StructuredMinimumNotReached");
    }

    @Test
    void dashboardReflectsADeclarationImmediatelyAndReportsCompletion() {
        var member = api.newMember();
        declare(member, Api.declaration("structured", "congress", 15));
        declare(member, Api.declaration("ethics", "ethics-training", 1));
        var last = declare(member, Api.declaration("autonomous", "reading", 14));

        assertThat(last.body().at("/dashboard/status/label").asText()).isEqualTo("Formations complétées");
        var dashboard = api.get(member.login(), "/api/members/" + member.id() + "/dashboards/otpq/2022-2025");
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.number("/remainingHours/total/hours")).isZero();
        assertThat(dashboard.body().get("gaps")).isEmpty();
    }

    @Test
    void englishIsGivenWhenAsked() {
        clock.today(DURING_2022_2025);
        var member = api.newMember();
        var response = api.send(member.login(), java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + "/api/members/" + member.id() + "/dashboards/otpq/2022-2025")).GET(),
                Map.of("Accept-Language", "en"));
        assertThat(response.text("/status/label")).isEqualTo("In progress");
        assertThat(response.text("/gaps/2/message")).startsWith("You still need 30 hours");
    }

    @Test
    void memberAdmittedDuringTheCycleStartsAtAdmissionWithProratedHours() {
        var member = api.newMember("2023-07-15");
        var dashboard = api.get(member.login(), "/api/members/" + member.id() + "/dashboards/otpq/2022-2025");
        assertThat(dashboard.text("/start")).isEqualTo("2023-07-15");
        assertThat(dashboard.number("/requiredHours/hours")).isEqualTo(16);
        assertThat(dashboard.text("/requiredHours/rule")).isEqualTo("GrantedExemptionsReduceRequiredTotal");

        var before = Api.declaration("structured", "course", 2);
        before.put("startDate", "2023-01-10");
        before.put("endDate", "2023-01-10");
        var refused = declare(member, before);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("/field")).isEqualTo("startDate");
    }

    @Test
    void catalogueTitleOrganisationAndTrainerAreResolvedToTheirNames() {
        var member = api.newMember();
        var declaration = Api.declaration("structured", "course", 2.5);
        declaration.remove("title");
        declaration.remove("organisation");
        declaration.remove("trainer");
        declaration.put("titleCode", "otpq-radioprotection-2024");
        declaration.put("organisationCode", "otpq");
        declaration.put("trainerCode", "emma-gelinas");
        declaration.put("startDate", "2024-03-01");
        declaration.put("endDate", "2024-03-02");

        var response = declare(member, declaration);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.text("/declaration/title")).isEqualTo("Radioprotection du patient et du personnel");
        assertThat(response.text("/declaration/trainer")).isEqualTo("Emma Gélinas");
        assertThat(response.number("/declaration/hours")).isEqualTo(2.5);
        assertThat(response.number("/dashboard/remainingHours/structured/hours")).isEqualTo(12.5);
    }

    // ---- refusals: each names its field, and nothing is written -------------------------------

    private void assertRefused(Consumer<Map<String, Object>> change, String field, String messageFragment) {
        var member = api.newMember();
        var declaration = Api.declaration("structured", "course", 2);
        change.accept(declaration);
        var response = declare(member, declaration);
        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        assertThat(response.headers().get("content-type")).anyMatch(v -> v.startsWith("application/problem+json"));
        assertThat(response.body().get("errors")).anyMatch(e -> e.get("field").asText().equals(field)
                && e.get("message").asText().contains(messageFragment));
        assertThat(count("declaration", "member_id = ?", member.id())).isZero();
    }

    @Test
    void refusesActivityThatHasNotEnded() {
        String tomorrow = LocalDate.now(ZoneId.of("America/Montreal")).plusDays(1).toString();
        assertRefused(d -> d.put("endDate", tomorrow), "endDate",
                "Vous ne pouvez pas déclarer une activité de formation qui ne s'est pas encore déroulée ou qui n'est pas encore terminée");
    }

    @Test
    void refusesEndBeforeStart() {
        assertRefused(d -> d.put("endDate", "2023-05-09"), "endDate", "ne peut pas précéder");
    }

    @Test
    void refusesZeroOrNegativeDuration() {
        assertRefused(d -> d.put("hours", 0), "hours", "supérieure à zéro");
        assertRefused(d -> d.put("hours", -2), "hours", "supérieure à zéro");
    }

    @Test
    void refusesDurationLongerThanTheDatesAllow() {
        assertRefused(d -> d.put("hours", 24.5), "hours", "dépasse ce que permettent les dates");
    }

    @Test
    void refusesMissingAttestations() {
        assertRefused(d -> d.put("attestations", List.of(true, false, true)), "attestations", "cocher les 3 cases");
        assertRefused(d -> d.remove("attestations"), "attestations", "cocher les 3 cases");
    }

    @Test
    void refusesUnknownCategoryOrType() {
        assertRefused(d -> d.put("category", "leisure"), "category", "leisure");
        assertRefused(d -> d.put("type", "yoga"), "type", "yoga");
        assertRefused(d -> d.put("type", "reading"), "type", "n'appartient pas à la catégorie");
    }

    @Test
    void refusesDatesOutsideTheCycle() {
        assertRefused(d -> {
            d.put("startDate", "2021-12-30");
            d.put("endDate", "2021-12-31");
        }, "startDate", "comprises dans votre cycle");
    }

    @Test
    void refusesAbbreviatedOrganisationAndTrainerWithoutLastName() {
        assertRefused(d -> d.put("organisation", "CHUM"), "organisation", "sans abréviation");
        assertRefused(d -> d.put("trainer", "Emma"), "trainer", "prénom, suivi du nom");
    }

    @Test
    void refusesMalformedJsonWrongTypesAndUnknownFieldsWithoutA500() {
        var member = api.newMember();
        String path = "/api/members/" + member.id() + "/declarations";
        var malformed = api.post(member.login(), path, "{\"regulator\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.text("/title")).isEqualTo("Requête invalide");

        var wrongType = Api.declaration("structured", "course", 2);
        wrongType.put("hours", "beaucoup");
        var typed = api.post(member.login(), path, wrongType);
        assertThat(typed.status()).isEqualTo(400);
        assertThat(typed.text("/field")).isEqualTo("hours");

        var badDate = Api.declaration("structured", "course", 2);
        badDate.put("startDate", "2023-13-45");
        assertThat(api.post(member.login(), path, badDate).text("/field")).isEqualTo("startDate");

        var unknown = Api.declaration("structured", "course", 2);
        unknown.put("colour", "blue");
        assertThat(api.post(member.login(), path, unknown).text("/field")).isEqualTo("colour");

        assertThat(api.post(member.login(), "/api/members/abc/declarations", Api.declaration("structured", "course", 2)).status())
                .isEqualTo(400);
        assertThat(api.post(Api.admin(), "/api/members/999999999/declarations", Api.declaration("structured", "course", 2)).status())
                .isEqualTo(404);
        assertThat(count("declaration", "member_id = ?", member.id())).isZero();
    }

    @Test
    void unknownCycleIsRefusedNamingTheField() {
        var member = api.newMember();
        var declaration = Api.declaration("structured", "course", 2);
        declaration.put("cycleId", "1999-2002");
        var response = declare(member, declaration);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("/field")).isEqualTo("cycleId");
    }

    // ---- after submission: staff only, with a trace -----------------------------------------------

    @Test
    void memberCannotCancelOrCorrectButRegulatorStaffCanWithWhoWhenWhy() {
        var member = api.newMember();
        long id = declare(member, Api.declaration("structured", "course", 3)).body().at("/declaration/id").asLong();

        assertThat(api.post(member.login(), "/api/declarations/" + id + "/cancellation", Map.of("reason", "erreur")).status())
                .isEqualTo(403);
        var correction = Api.declaration("structured", "course", 2);
        correction.remove("regulator");
        correction.remove("cycleId");
        correction.remove("attestations");
        correction.put("reason", "Attestation de participation : 2 heures");
        assertThat(api.post(member.login(), "/api/declarations/" + id + "/correction", correction).status()).isEqualTo(403);

        var staff = api.newStaff("otpq");
        var corrected = api.post(staff, "/api/declarations/" + id + "/correction", correction);
        assertThat(corrected.status()).as(corrected.raw()).isEqualTo(200);
        assertThat(corrected.number("/hours")).isEqualTo(2);
        assertThat(corrected.text("/history/0/kind")).isEqualTo("CORRECTED");
        assertThat(corrected.text("/history/0/by")).isEqualTo(staff.username());
        assertThat(corrected.text("/history/0/reason")).isEqualTo("Attestation de participation : 2 heures");
        assertThat(corrected.text("/history/0/previousValues")).contains("hours=3");
        assertThat(api.get(member.login(), "/api/members/" + member.id() + "/dashboards/otpq/2022-2025")
                .number("/remainingHours/structured/hours")).isEqualTo(13);

        var cancelled = api.post(staff, "/api/declarations/" + id + "/cancellation", Map.of("reason", "Activité en double"));
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.text("/statusLabel")).isEqualTo("Annulée");
        assertThat(cancelled.body().get("history")).hasSize(2);
        assertThat(api.get(member.login(), "/api/declarations/" + id).body().get("history")).hasSize(2);
        assertThat(api.get(member.login(), "/api/members/" + member.id() + "/dashboards/otpq/2022-2025")
                .number("/declaredHours/hours")).isZero();

        var again = api.post(staff, "/api/declarations/" + id + "/cancellation", Map.of("reason", "encore"));
        assertThat(again.status()).isEqualTo(409);
        var noReason = api.post(staff, "/api/declarations/" + id + "/correction", Map.of("hours", 1));
        assertThat(noReason.status()).isEqualTo(400);
    }
}
