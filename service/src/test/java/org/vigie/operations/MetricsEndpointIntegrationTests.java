package org.vigie.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigie.support.Api;
import org.vigie.support.ApiTest;

/** Operators scrape the service's metrics in Prometheus' format, with the service administrator's login and nobody else's. */
class MetricsEndpointIntegrationTests extends ApiTest {

    @Test
    void theAdministratorReadsJvmHttpAndPoolMetricsInPrometheusFormat() {
        api.get(Api.admin(), "/api/me"); // at least one request for the HTTP timer to exist
        Api.Response metrics = api.get(Api.admin(), "/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.raw()).contains("jvm_memory_used_bytes", "http_server_requests_seconds_count", "hikaricp_connections_active",
                "vigie_notices_oldest_due_age_seconds", "vigie_outbox_backlog", "vigie_outbox_oldest_due_age_seconds",
                "vigie_reevaluation_remaining{pack=\"otpq\"}", "vigie_rules_reloads_total{");
    }

    @Test
    void theServiceCountsEvaluationsAttestationsVerificationsAndRefusedSignIns() {
        clock.today(java.time.LocalDate.of(2026, 12, 2));
        Api.MemberLogin member = api.newMember();
        Api.Login staff = api.newStaff("otpq");
        api.post(member.login(), "/api/members/" + member.id() + "/declarations", Api.declaration("structured", "congress", 15));
        api.post(member.login(), "/api/members/" + member.id() + "/declarations", Api.declaration("ethics", "ethics-training", 1));
        api.post(member.login(), "/api/members/" + member.id() + "/declarations", Api.declaration("autonomous", "reading", 14));
        double issuedBefore = value("vigie_attestations_issued_total{kind=\"otpq-cycle\",regulator=\"otpq\"}");
        double evaluatedBefore = value("vigie_evaluations_seconds_count{outcome=\"done\",pack=\"otpq\"}");
        var issued = api.post(staff, "/api/members/" + member.id() + "/attestations/otpq/2022-2025", Map.of());
        assertThat(issued.status()).as(issued.raw()).isEqualTo(201);
        double verifiedBefore = value("vigie_attestations_verified_total{status=\"VALID\",via=\"number\"}");
        api.get(null, "/api/public/attestations/" + issued.text("/number"));
        double failuresBefore = value("vigie_signin_failures_total");
        double throttledBefore = value("vigie_signin_throttled_total{limit=\"account\"}");
        Api.Login wrong = new Api.Login(member.login().username(), "not-the-password");
        int answered = 0;
        for (int i = 0; i < 6 && answered != 429; i++) {
            answered = api.get(wrong, "/api/me").status();
        }
        assertThat(answered).as("the account's lock after 5 failures").isEqualTo(429);

        assertThat(value("vigie_attestations_issued_total{kind=\"otpq-cycle\",regulator=\"otpq\"}")).isEqualTo(issuedBefore + 1);
        assertThat(value("vigie_evaluations_seconds_count{outcome=\"done\",pack=\"otpq\"}")).isGreaterThan(evaluatedBefore);
        assertThat(value("vigie_attestations_verified_total{status=\"VALID\",via=\"number\"}")).isEqualTo(verifiedBefore + 1);
        assertThat(value("vigie_signin_failures_total")).isEqualTo(failuresBefore + 5);
        assertThat(value("vigie_signin_throttled_total{limit=\"account\"}")).isGreaterThan(throttledBefore);
    }

    @Test
    void nobodyElseReadsThem() {
        assertThat(api.get(null, "/actuator/prometheus").status()).isEqualTo(401);
        assertThat(api.get(api.newMember().login(), "/actuator/prometheus").status()).isEqualTo(403);
    }

    /** The value of one series as the endpoint shows it now (0 when it is not there yet). */
    private double value(String series) {
        String text = api.get(Api.admin(), "/actuator/prometheus").raw();
        return Arrays.stream(text.split("\n")).filter(line -> line.startsWith(series + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(series.length() + 1).trim())).orElse(0.0);
    }
}
