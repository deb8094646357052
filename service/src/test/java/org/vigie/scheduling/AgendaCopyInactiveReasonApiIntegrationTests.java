package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.vigie.rules.PackArchive;
import org.vigie.support.Api;
import org.vigie.support.TestRules;

/**
 * R133 (M12): a week whose slot offers a service with an inactive consultation reason is not copied. The pack lists no
 * inactive reason (spec §7), so the test does what RAMQ would: it activates a version of the scheduling pack in which
 * « Suivi de grossesse » is inactive (reasons/active "false", the question services.drl's ReasonStillActive asks), then
 * rolls back to the version that served.
 */
class AgendaCopyInactiveReasonApiIntegrationTests extends ClinicTest {
    static final String VERSIONS = "/api/regulators/scheduling/rules/versions";

    @Test
    void R133_aWeekWhoseSlotOffersAServiceWithAnInactiveReasonIsNotCopied() throws IOException {
        clock.today(LocalDate.of(2026, 3, 4));
        Enterprise enterprise = enterprise(false);
        long professional = hire(enterprise, person("1"), enterprise.location1());
        String pro = professionalPath(enterprise, professional);
        long pregnancy = api.post(enterprise.admin().login(), pro + "/services", Map.of("appointmentType", "MF", "reason", "PREGNANCY_FOLLOWUP",
                "durationMinutes", 30)).body().get("id").asLong();
        var slot = api.post(enterprise.admin().login(), pro + "/slots", Map.of("date", "2026-03-10", "startTime", "09:00", "endTime", "12:00",
                "locationId", enterprise.location1(), "serviceIds", List.of(pregnancy), "visibility", "PUBLIC"));
        assertThat(slot.status()).as(slot.raw()).isEqualTo(201);
        long serving = serving();
        activate(upload(withPregnancyFollowUpInactive()));
        try {
            var refused = api.post(enterprise.admin().login(), pro + "/weeks/2026-03-08/copy", Map.of("nextWeeks", 2, "interval", 1));
            assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
            assertThat(refused.text("/errors/0/field")).isEqualTo("sunday");
            assertThat(refused.text("/errors/0/message")).isEqualTo("La semaine ne peut être copiée : une plage offre un service dont la "
                    + "raison de consultation «\u00a0Suivi de grossesse\u00a0» n'est plus active.");
            var dry = api.post(enterprise.admin().login(), pro + "/weeks/2026-03-08/copy?dryRun=true", Map.of("nextWeeks", 2, "interval", 1));
            assertThat(dry.status()).as("a dry run says so too: " + dry.raw()).isEqualTo(400);
            assertThat(count("availability_slot", "professional_id = ?", professional)).as("nothing written").isEqualTo(1);
        } finally {
            activate(serving);
        }
        var copied = api.post(enterprise.admin().login(), pro + "/weeks/2026-03-08/copy", Map.of("nextWeeks", 2, "interval", 1));
        assertThat(copied.status()).as("the reason active again: " + copied.raw()).isEqualTo(201);
    }

    long serving() {
        for (JsonNode version : api.get(Api.admin(), VERSIONS).body()) {
            if (version.get("active").asBoolean()) {
                return version.get("id").asLong();
            }
        }
        throw new AssertionError("no scheduling version serves");
    }

    long upload(byte[] zip) {
        var uploaded = api.postBytes(Api.admin(), VERSIONS, "application/zip", zip);
        assertThat(uploaded.body().get("valid").asBoolean()).as(uploaded.raw()).isTrue();
        return uploaded.body().get("id").asLong();
    }

    void activate(long version) {
        var activated = api.post(Api.admin(), VERSIONS + "/" + version + "/activation", null);
        assertThat(activated.status()).as(activated.raw()).isEqualTo(201);
    }

    /** The scheduling pack serving now, « Suivi de grossesse » made inactive (no author case uses it), with a distinct comment. */
    static byte[] withPregnancyFollowUpInactive() throws IOException {
        Path copy = Files.createTempDirectory("vigie-inactive-reason").resolve("scheduling");
        TestRules.copy(TestRules.workspace().resolve("scheduling"), copy);
        Path lists = copy.resolve("parameters/lists.yaml");
        String before = Files.readString(lists);
        String pregnancy = "en: Pregnancy follow-up, online: \"true\", active: \"true\"";
        assertThat(before).contains(pregnancy);
        Files.writeString(lists, before.replace(pregnancy, "en: Pregnancy follow-up, online: \"true\", active: \"false\"")
                + "# " + UUID.randomUUID() + "\n");
        return PackArchive.zip(copy);
    }
}
