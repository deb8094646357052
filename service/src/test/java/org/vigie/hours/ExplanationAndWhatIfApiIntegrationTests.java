package org.vigie.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.vigie.support.Api;
import org.vigie.support.ApiTest;

/** A member sees why each figure is what it is, and can try activities out before declaring them. */
class ExplanationAndWhatIfApiIntegrationTests extends ApiTest {

    private Api.MemberLogin memberWithOneStructuredAndOneEthicsHour() {
        var member = api.newMember();
        api.post(member.login(), "/api/members/" + member.id() + "/declarations", Api.declaration("structured", "course", 1));
        api.post(member.login(), "/api/members/" + member.id() + "/declarations", Api.declaration("ethics", "ethics-training", 1));
        return member;
    }

    private static JsonNode requirement(JsonNode dashboard, String code) {
        for (JsonNode requirement : dashboard.get("explanation")) {
            if (requirement.get("requirement").asText().equals(code)) {
                return requirement;
            }
        }
        throw new AssertionError("no explanation for " + code + " in " + dashboard.get("explanation"));
    }

    @Test
    void eachRequirementIsExplainedFromRequiredToRemainingWithRulesValuesAndWordsInFrenchAndEnglish() {
        clock.today(java.time.LocalDate.of(2025, 1, 10)); // the cycle running: what remains is still to do
        var member = memberWithOneStructuredAndOneEthicsHour();
        String path = "/api/members/" + member.id() + "/dashboards/otpq/2022-2025";

        JsonNode dashboard = api.get(member.login(), path).body();
        JsonNode english = api.get(member.login(), path, Map.of("Accept-Language", "en")).body();

        JsonNode structured = requirement(dashboard, "structured");
        assertThat(structured.get("label").asText()).isEqualTo("Minimum en contexte structuré");
        assertThat(requirement(english, "structured").get("label").asText()).isEqualTo("Structured-setting minimum");
        assertThat(structured.get("steps")).extracting(s -> s.get("figure").asText())
                .containsExactly("required.total", "required.structured", "credited.structured", "remaining.structured");
        JsonNode minimum = structured.at("/steps/1");
        assertThat(minimum.get("hours").asDouble()).isEqualTo(15);
        assertThat(minimum.get("rule").asText()).isEqualTo("StructuredMinimumIsShareOfRequiredTotal");
        assertThat(minimum.at("/values/structured.share").asDouble()).isEqualTo(0.5);
        assertThat(minimum.get("text").asText()).isEqualTo("Minimum en contexte structuré : 30 h × 0,5 = 15 h.");
        assertThat(requirement(english, "structured").at("/steps/1/text").asText()).isEqualTo("Structured-setting minimum: 30 h × 0.5 = 15 h.");
        assertThat(structured.at("/steps/3/text").asText())
                .isEqualTo("Il reste 15 h − 1 h = 14 h en contexte structuré (jamais moins de 0).");

        JsonNode ethics = requirement(dashboard, "ethics");
        assertThat(ethics.at("/steps/0/rule").asText()).isEqualTo("EthicsMinimumIsFixed");
        assertThat(ethics.at("/steps/0/values/ethics.minimum").asDouble()).isEqualTo(1);
        assertThat(requirement(dashboard, "total").get("steps")).extracting(s -> s.get("figure").asText())
                .startsWith("required.prorated", "exemption.granted", "required.total").endsWith("total.credited", "remaining.total");
        assertThat(dashboard.at("/remainingHours/total/explanation").asText())
                .isEqualTo("Il reste 30 h − 2 h = 28 h au total (jamais moins de 0).");
    }

    @Test
    void aProratedRequirementShowsTheMonthsAndTheRounding() {
        var member = api.newMember("2023-07-15");

        JsonNode dashboard = api.get(member.login(), "/api/members/" + member.id() + "/dashboards/otpq/2022-2025").body();

        JsonNode prorated = requirement(dashboard, "total").at("/steps/0");
        assertThat(prorated.get("rule").asText()).isEqualTo("TotalProratedForAdmissionDuringCycle");
        assertThat(prorated.get("text").asText())
                .isEqualTo("Admission en cours de cycle : 30 h × 21/39 mois restants, arrondi à 0,5 h près = 16 h.");
    }

    @Test
    void whatIfShowsTheEffectOfActivitiesNotYetDeclaredAndSavesNothing() {
        var member = memberWithOneStructuredAndOneEthicsHour();
        String path = "/api/members/" + member.id() + "/dashboards/otpq/2022-2025";

        var whatIf = api.post(member.login(), path + "/what-if", Map.of("activities", List.of(
                Map.of("category", "structured", "type", "congress", "hours", 14),
                Map.of("category", "autonomous", "type", "reading", "hours", 14))));

        assertThat(whatIf.status()).isEqualTo(200);
        assertThat(whatIf.number("/dashboard/remainingHours/structured/hours")).isEqualTo(0);
        assertThat(whatIf.number("/dashboard/remainingHours/total/hours")).isEqualTo(0);
        assertThat(whatIf.text("/dashboard/status/label")).isEqualTo("Formations complétées");
        assertThat(whatIf.body().get("hypotheticalActivities")).hasSize(2);
        var actual = api.get(member.login(), path);
        assertThat(actual.number("/remainingHours/structured/hours")).isEqualTo(14);
        assertThat(actual.number("/declaredHours/hours")).isEqualTo(2);
    }

    @Test
    void whatIfRefusesUnknownTypesAndHoursNamingTheActivityField() {
        var member = api.newMember();

        var refused = api.post(member.login(), "/api/members/" + member.id() + "/dashboards/otpq/2022-2025/what-if",
                Map.of("activities", List.of(Map.of("category", "structured", "type", "course", "hours", 2),
                        Map.of("category", "structured", "type", "knitting", "hours", 0))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.raw()).contains("activities[1].type").contains("activities[1].hours").doesNotContain("activities[0]");
        var empty = api.post(member.login(), "/api/members/" + member.id() + "/dashboards/otpq/2022-2025/what-if",
                Map.of("activities", List.of()));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.raw()).contains("\"activities\"");
    }

    @Test
    void regulatorStaffValidateTheirRuleFolderWithoutActivatingAnything() {
        var staff = api.newStaff("otpq");

        var validation = api.post(staff, "/api/regulators/otpq/rules/validation", Map.of());

        assertThat(validation.status()).isEqualTo(200);
        assertThat(validation.body().get("valid").asBoolean()).isTrue();
        assertThat(validation.body().get("cases").asInt()).isGreaterThanOrEqualTo(6);
        assertThat(validation.body().get("problems")).isEmpty();
        assertThat(validation.text("/version")).isEqualTo("2025.4");
    }
}
