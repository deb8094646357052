package org.vigie.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigie.support.Api;
import org.vigie.support.ApiTest;

class RulesApiIntegrationTests extends ApiTest {

    @Test
    void theCatalogueShowsTheRegulatorsCyclesListsAndTheBoxesToTick() {
        var member = api.newMember();
        var catalogue = api.get(member.login(), "/api/regulators/otpq/catalogue");
        assertThat(catalogue.status()).isEqualTo(200);
        assertThat(catalogue.text("/ruleSetVersion")).isEqualTo("2025.4");
        assertThat(catalogue.text("/cycles/0/start")).isEqualTo("2022-01-01");
        assertThat(catalogue.body().at("/lists/categories")).extracting(c -> c.get("code").asText())
                .containsExactly("structured", "ethics", "autonomous");
        assertThat(catalogue.body().at("/lists/exemptionMotives")).anyMatch(m -> m.at("/attributes/fr").asText()
                .equals("Circonstances exceptionnelles") && m.at("/attributes/requiresPrecision").asBoolean());
        assertThat(catalogue.body().at("/lists/declarationAttestations")).hasSize(3);
        assertThat(catalogue.body().at("/lists/exemptionCommitments")).hasSize(2);
    }

    @Test
    void staffSeeWhichVersionOfTheirRuleSetServesAndItsProblems() {
        var status = api.get(api.newStaff("otpq"), "/api/rules/packs");
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.body()).singleElement().satisfies(pack -> {
            assertThat(pack.get("regulator").asText()).isEqualTo("otpq");
            assertThat(pack.get("activeVersion").asText()).isEqualTo("2025.4");
            assertThat(pack.get("problems")).isEmpty();
        });
    }

    @Test
    void everyDashboardAnswerNamesTheRuleSetThatProducedIt() {
        var member = api.newMember();
        var dashboard = api.get(member.login(), "/api/members/" + member.id() + "/dashboards/otpq/2022-2025");
        var pack = java.util.stream.StreamSupport.stream(api.get(Api.admin(), "/api/rules/packs").body().spliterator(), false)
                .filter(p -> p.get("regulator").asText().equals("otpq")).findFirst().orElseThrow();
        assertThat(dashboard.text("/ruleSet/version")).isEqualTo(pack.get("activeVersion").asText());
        assertThat(dashboard.text("/ruleSet/hash")).isEqualTo(pack.get("activeHash").asText());
        dashboard.body().get("remainingHours").forEach(figure -> assertThat(figure.get("rule").asText()).isNotBlank());
        dashboard.body().get("gaps").forEach(gap -> assertThat(gap.get("rule").asText()).isNotBlank());
    }
}
