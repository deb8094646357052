package org.vigie.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.vigie.support.Api;
import org.vigie.support.ApiTest;

/** The access log: one line per request with its method, path, status and time, and nothing a path or query keeps secret. */
@ExtendWith(OutputCaptureExtension.class)
class AccessLogIntegrationTests extends ApiTest {
    @Autowired
    LoggingSystem logging;

    @BeforeEach
    void on() {
        logging.setLogLevel("vigie.access", LogLevel.INFO);
    }

    @AfterEach
    void off() {
        logging.setLogLevel("vigie.access", LogLevel.WARN);
    }

    @Test
    void eachRequestIsOneLineWithItsStatusAndNeitherQueriesNorTokens(CapturedOutput output) {
        api.get(Api.admin(), "/api/me");
        api.get(null, "/api/me");
        api.get(Api.admin(), "/api/members?q=Gélinas-Tremblay");
        api.post(null, "/api/password-resets/secret-reset-token-123", Map.of("password", "a-new-password-1"));
        api.get(null, "/api/public/agenda-feeds/secret-feed-token-456.ics");
        api.get(null, "/api/password-resets/secret-reset-token-789"); // refused before any route is matched

        assertThat(output.getOut()).containsPattern("vigie\\.access .*GET /api/me 200 \\d+ ms")
                .containsPattern("vigie\\.access .*GET /api/me 401 \\d+ ms")
                .containsPattern("vigie\\.access .*POST /api/password-resets/\\{token\\} 4\\d\\d ")
                .containsPattern("vigie\\.access .*GET /api/public/agenda-feeds/\\{token\\}\\.ics 404 ")
                .containsPattern("vigie\\.access .*GET /api/password-resets/\\{token\\} 401 ")
                .doesNotContain("Tremblay", "secret-reset-token-123", "secret-feed-token-456", "secret-reset-token-789");
    }
}
