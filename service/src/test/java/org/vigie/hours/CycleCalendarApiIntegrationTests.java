package org.vigie.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.vigie.support.Api;
import org.vigie.support.ApiTest;

/**
 * The OTPQ's cycles in today's calendar (2026-12-02): a 2026 activity goes to the 2025-2028 cycle
 * and counts there, and the 2022-2025 cycle, over since 2025-03-31, reads as ended, not in progress.
 */
class CycleCalendarApiIntegrationTests extends ApiTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private Api.Response declare(Api.MemberLogin member, String cycle, String day, double hours) {
        var course = Api.declaration("structured", "course", hours);
        course.put("cycleId", cycle);
        course.put("startDate", day);
        course.put("endDate", day);
        return api.post(member.login(), "/api/members/" + member.id() + "/declarations", course);
    }

    private static JsonNode step(JsonNode dashboard, String requirement, String figure) {
        for (JsonNode explained : dashboard.get("explanation")) {
            for (JsonNode step : explained.get("steps")) {
                if (explained.get("requirement").asText().equals(requirement) && step.get("figure").asText().equals(figure)) {
                    return step;
                }
            }
        }
        throw new AssertionError("no step " + figure + " for " + requirement + " in " + dashboard.get("explanation"));
    }

    @Test
    void aMemberDeclaresA2026ActivityToTheCurrentCycleAndSeesItCounted() {
        clock.today(TODAY);
        var member = api.newMember();

        var declared = declare(member, "2025-2028", "2026-05-12", 3);

        assertThat(declared.status()).as(declared.raw()).isEqualTo(201);
        var dashboard = declared.body().get("dashboard");
        assertThat(dashboard.at("/cycleId").asText()).isEqualTo("2025-2028");
        assertThat(dashboard.at("/start").asText()).isEqualTo("2025-04-01");
        assertThat(dashboard.at("/end").asText()).isEqualTo("2028-03-31");
        assertThat(dashboard.at("/requiredHours/hours").asDouble()).isEqualTo(30);
        assertThat(dashboard.at("/creditedHours/structured/hours").asDouble()).isEqualTo(3);
        assertThat(dashboard.at("/remainingHours/structured/hours").asDouble()).isEqualTo(12);
        assertThat(dashboard.at("/remainingHours/total/hours").asDouble()).isEqualTo(27);
        assertThat(dashboard.at("/status/label").asText()).isEqualTo("En cours");
        var read = api.get(member.login(), "/api/members/" + member.id() + "/dashboards/otpq/2025-2028");
        assertThat(read.number("/declaredHours/hours")).isEqualTo(3);
        assertThat(api.get(member.login(), "/api/regulators/otpq/catalogue").raw()).contains("2025-2028");
    }

    @Test
    void a2026ActivityIsRefusedInTheEndedCycleAndNothingIsWritten() {
        clock.today(TODAY);
        var member = api.newMember();

        var refused = declare(member, "2022-2025", "2026-05-12", 3);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("/field")).isEqualTo("endDate");
        assertThat(refused.text("/detail")).contains("cycle de référence");
        assertThat(count("declaration", "member_id = ?", member.id())).isZero();
    }

    @Test
    void the2022To2025DashboardReadsAsEndedOn2026_12_02InItsStatusGapsAndExplanation() {
        var member = api.newMember();
        String path = "/api/members/" + member.id() + "/dashboards/otpq/2022-2025";
        clock.today(LocalDate.of(2025, 3, 31));
        assertThat(declare(member, "2022-2025", "2023-05-10", 1).status()).isEqualTo(201);
        assertThat(api.get(member.login(), path).text("/status/label")).as("on its last day").isEqualTo("En cours");

        clock.today(TODAY);
        var dashboard = api.get(member.login(), path).body();
        var english = api.get(member.login(), path, Map.of("Accept-Language", "en")).body();

        assertThat(dashboard.at("/status/code").asText()).isEqualTo("ended");
        assertThat(dashboard.at("/status/label").asText()).isEqualTo("Cycle terminé : exigences non remplies");
        assertThat(dashboard.at("/status/rule").asText()).isEqualTo("CycleEndedWithRequirementMissing");
        assertThat(english.at("/status/label").asText()).isEqualTo("Cycle ended: requirements not met");
        assertThat(dashboard.get("gaps")).extracting(g -> g.get("message").asText()).contains(
                "Le cycle de référence est terminé : il vous manque 29 heures de formation au total pour répondre aux exigences du règlement.");
        assertThat(step(dashboard, "total", "remaining.total").get("text").asText())
                .isEqualTo("Cycle terminé, il manque 30 h − 1 h = 29 h au total (jamais moins de 0).");
        assertThat(step(english, "structured", "remaining.structured").get("text").asText())
                .isEqualTo("Cycle ended, missing: 15 h − 1 h = 14 h in a structured setting (never below 0).");
        assertThat(dashboard.toString()).doesNotContain("En cours", "Il vous reste", "Il reste");
    }

    @Test
    void theDashboardCountsActivitiesInTheRightPluralAndNamesTheCyclesThatExistInWords() {
        clock.today(TODAY);
        var member = api.newMember();
        String path = "/api/members/" + member.id() + "/dashboards/otpq/2025-2028";
        var none = api.get(member.login(), path).body();
        assertThat(step(none, "total", "total.declared").get("text").asText()).isEqualTo("Heures déclarées (0 activité) : 0 h.");

        assertThat(declare(member, "2025-2028", "2026-05-12", 1.5).status()).isEqualTo(201);
        assertThat(step(api.get(member.login(), path).body(), "total", "total.declared").get("text").asText())
                .isEqualTo("Heures déclarées (1 activité) : 1,5 h.");
        var english = api.get(member.login(), path, Map.of("Accept-Language", "en")).body();
        assertThat(step(english, "total", "total.declared").get("text").asText()).isEqualTo("Hours declared (1 activity): 1.5 h.");
        assertThat(english.get("gaps")).extracting(g -> g.get("message").asText())
                .contains("You still need 28.5 hours of training in total before the end of the reference cycle to meet the regulation.");

        assertThat(declare(member, "2025-2028", "2026-06-12", 1).status()).isEqualTo(201);
        var two = api.get(member.login(), path).body();
        assertThat(step(two, "total", "total.declared").get("text").asText()).isEqualTo("Heures déclarées (2 activités) : 2,5 h.");

        var unknown = api.get(member.login(), "/api/members/" + member.id() + "/dashboards/otpq/1999-2001");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("/detail")).as("the cycles worded as a list, not printed from code")
                .isEqualTo("Le cycle «\u00A01999-2001\u00A0» n'existe pas pour otpq (cycles : 2022-2025 et 2025-2028).");
    }
}
