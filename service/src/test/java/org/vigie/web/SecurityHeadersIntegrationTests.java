package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigie.support.Api;
import org.vigie.support.ApiTest;

/** What browsers are told, with the default settings: the service is not said to be behind TLS, nor behind a proxy. */
class SecurityHeadersIntegrationTests extends ApiTest {

    @Test
    void theVerificationPageMayLoadOnlyItsOwnStylesheetAndImagesAndIsFramedByNoOne() {
        Api.Response page = api.get(null, "/verify/VIG-0000-INCONNU", Map.of("Accept", "text/html"));
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.headers().get("content-security-policy")).containsExactly(
                "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
        assertThat(page.headers().get("referrer-policy")).containsExactly("no-referrer");
    }

    @Test
    void everyAnswerTellsBrowsersToSendNoReferrerAndNoneClaimsHttpsOnly() {
        for (Api.Response answer : new Api.Response[] {api.get(Api.admin(), "/api/me"), api.get(null, "/api/me"),
                api.get(null, "/actuator/health")}) {
            assertThat(answer.headers().get("referrer-policy")).as("status " + answer.status()).containsExactly("no-referrer");
            assertThat(answer.headers()).as("status " + answer.status()).doesNotContainKey("strict-transport-security");
        }
    }

    @Test
    void aForwardedForHeaderIsNotTrustedByDefault() {
        // a guesser who could name their address would dodge the per-address limit; by default the connection's address counts
        String forged = "192.0.2.77";
        for (int i = 0; i < 6; i++) {
            api.get(new Api.Login("forge-" + i + "-" + System.nanoTime() + "@example.org", "x"), "/api/me", Map.of("X-Forwarded-For", forged));
        }
        assertThat(count("sign_in_throttle", "kind = 'ADDRESS' AND subject = ?", forged)).isZero();
        assertThat(count("sign_in_throttle", "kind = 'ADDRESS' AND subject = ?", "127.0.0.1")).isPositive();
    }
}
