package org.vigie.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vigie.support.Api;

/** A deployment that keeps its API description private turns it off with one setting: no document, no page, for anyone. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "VIGIE_API_DOCS=false")
class PrivateApiDocumentationIntegrationTests {
    static {
        org.vigie.support.TestRules.workspace();
    }

    @LocalServerPort
    int port;

    @Test
    void withTheSettingOffTheDocumentationIsNotServed() {
        Api api = new Api(port);
        assertThat(api.get(null, "/v3/api-docs").status()).isEqualTo(404);
        assertThat(api.get(Api.admin(), "/v3/api-docs").status()).isEqualTo(404);
        assertThat(api.get(null, "/swagger-ui.html").status()).isEqualTo(404);
    }
}
