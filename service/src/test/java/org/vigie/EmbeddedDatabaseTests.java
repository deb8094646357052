package org.vigie;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vigie.support.Api;

/**
 * The README's run command uses the embedded H2 database (MySQL mode): the same migrations and
 * the same API must work there, with no server installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:vigie-embedded;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE",
        "spring.datasource.username=sa", "spring.datasource.password="})
class EmbeddedDatabaseTests {
    static {
        org.vigie.support.TestRules.workspace();
    }

    @LocalServerPort
    int port;

    @Test
    void aMemberDeclaresAndReadsTheDashboardOnTheEmbeddedDatabase() {
        Api api = new Api(port);
        var member = api.newMember();
        var declared = api.post(member.login(), "/api/members/" + member.id() + "/declarations",
                Api.declaration("structured", "course", 1));
        assertThat(declared.status()).as(declared.raw()).isEqualTo(201);
        assertThat(declared.number("/dashboard/remainingHours/structured/hours")).isEqualTo(14);

        var draft = api.post(member.login(), "/api/members/" + member.id() + "/exemptions", java.util.Map.of("regulator", "otpq",
                "cycleId", "2022-2025", "motive", "illness", "motiveStart", "2023-01-01", "motiveEnd", "2023-02-01"));
        long id = draft.body().get("id").asLong();
        var uploaded = api.upload(member.login(), "/api/exemptions/" + id + "/documents", "c.pdf", "application/pdf",
                "%PDF-1.4\n%%EOF".getBytes());
        assertThat(uploaded.status()).as(uploaded.raw()).isEqualTo(201);
    }
}
