package org.vigie.operations;

import static org.assertj.core.api.Assertions.assertThat;

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
                "vigie_notices_oldest_due_age_seconds");
    }

    @Test
    void nobodyElseReadsThem() {
        assertThat(api.get(null, "/actuator/prometheus").status()).isEqualTo(401);
        assertThat(api.get(api.newMember().login(), "/actuator/prometheus").status()).isEqualTo(403);
    }
}
