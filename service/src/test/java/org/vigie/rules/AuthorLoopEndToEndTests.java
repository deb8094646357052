package org.vigie.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigie.VigieApplication;
import org.vigie.support.Api;
import org.vigie.support.TestMail;
import org.vigie.support.TestRules;

/**
 * The rule author's loop through the HTTP API, on a service of its own serving a rules folder of its
 * own: each test copies the OTPQ pack under a regulator name of its own, so that what it activates
 * (recorded in the shared database) changes nothing for the other tests.
 */
class AuthorLoopEndToEndTests {
    private static Path rules;
    private static ConfigurableApplicationContext service;
    private static Api api;
    private static JdbcClient jdbc;

    @BeforeAll
    static void startAServiceOnItsOwnRulesFolder() throws IOException {
        TestMail.server();
        rules = Files.createTempDirectory("vigie-author-loop");
        service = new SpringApplicationBuilder(VigieApplication.class)
                // arguments, not properties: they outrank the system property the shared test service's folder is set by
                .run("--server.port=0", "--spring.jmx.enabled=false", "--vigie.rules.directory=" + rules,
                        "--vigie.rules.reload-interval=100ms");
        api = new Api(((ServletWebServerApplicationContext) service).getWebServer().getPort());
        jdbc = service.getBean(JdbcClient.class);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    // ---- the author's loop of rules/README.md, "Done when" of the rule-authoring capability ----------------------------

    @Test
    void theAuthorRaisesTheRequirementTo40ForANewCycleSeesTheFailingCaseFixesItAndBothCyclesAnswer() throws IOException {
        String regulator = newRegulator("loop-folder");
        Path pack = rules.resolve(regulator);
        Api.Login staff = api.newStaff(regulator);
        Api.MemberLogin member = newMember(regulator);
        declare(member, regulator, 1);
        assertThat(dashboard(member, regulator, "2022-2025", "").number("/requiredHours/hours")).isEqualTo(30);

        // 1-3: the new cycle, the new number from its start, and a case still expecting 30
        edit(pack.resolve("pack.yaml"), "version: \"2025.4\"", "version: \"2028.1\"");
        edit(pack.resolve("pack.yaml"), "    end: 2028-03-31\n", "    end: 2028-03-31\n  - id: \"2028-2031\"\n    start: 2028-04-01\n    end: 2031-03-31\n");
        edit(pack.resolve("parameters/requirements.yaml"), "      2025-04-01: 30\n", "      2025-04-01: 30\n      2028-04-01: 40\n");
        Files.writeString(pack.resolve("tests/cycle-2028-2031.yaml"), """
                cases:
                  - name: The 2028-2031 cycle asks for forty hours
                    cycle: "2028-2031"
                    expect:
                      figures: { required.total: 30 }
                """);

        var validation = api.post(staff, "/api/regulators/" + regulator + "/rules/validation", Map.of());
        assertThat(validation.status()).isEqualTo(200);
        assertThat(validation.body().get("valid").asBoolean()).isFalse();
        assertThat(validation.body().get("problems")).singleElement().satisfies(p -> {
            assertThat(p.get("file").asText()).isEqualTo("tests/cycle-2028-2031.yaml");
            assertThat(p.get("line").asInt()).isEqualTo(2);
            assertThat(p.get("message").asText()).contains("required.total: expected 30, got 40");
        });
        JsonNode refused = await().atMost(Duration.ofSeconds(20)).until(() -> packStatus(staff, regulator),
                s -> s.get("problems").size() > 0);
        assertThat(refused.get("activeVersion").asText()).as("the last good version keeps serving").isEqualTo("2025.4");
        assertThat(refused.at("/problems/0/file").asText()).isEqualTo("tests/cycle-2028-2031.yaml");
        assertThat(dashboard(member, regulator, "2028-2031", "").status()).as("not live").isEqualTo(404);

        // 4: fix the expectation, validate, and the new version answers for the new cycle; the old one keeps 30
        edit(pack.resolve("tests/cycle-2028-2031.yaml"), "required.total: 30", "required.total: 40");
        var valid = api.post(staff, "/api/regulators/" + regulator + "/rules/validation", Map.of());
        assertThat(valid.body().get("valid").asBoolean()).as(valid.raw()).isTrue();
        assertThat(valid.body().get("cases").asInt()).isGreaterThan(1);

        var newCycle = await().atMost(Duration.ofSeconds(20)).until(() -> dashboard(member, regulator, "2028-2031", ""),
                r -> r.status() == 200);
        assertThat(newCycle.number("/requiredHours/hours")).isEqualTo(40);
        assertThat(newCycle.text("/ruleSet/version")).isEqualTo("2028.1");
        var oldCycle = dashboard(member, regulator, "2022-2025", "");
        assertThat(oldCycle.number("/requiredHours/hours")).isEqualTo(30);
        assertThat(oldCycle.number("/remainingHours/total/hours")).isEqualTo(29);
        assertThat(oldCycle.text("/ruleSet/version")).isEqualTo("2028.1");
        assertThat(packStatus(staff, regulator).get("problems")).isEmpty();

        // audit: who activated which version when; the members were re-evaluated with it
        var activations = api.get(staff, "/api/regulators/" + regulator + "/rules/activations");
        assertThat(activations.body()).hasSize(2);
        assertThat(activations.text("/0/version")).isEqualTo("2028.1");
        assertThat(activations.text("/0/activatedBy")).startsWith("dossier ");
        assertThat(activations.text("/0/previousHash")).isEqualTo(activations.text("/1/hash"));
        JsonNode reevaluation = await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get(staff, "/api/regulators/" + regulator + "/rules/reevaluations").body().get(0),
                        r -> r != null && r.get("ruleSetVersion").asText().equals("2028.1") && r.get("state").asText().equals("DONE"));
        assertThat(reevaluation.get("total").asInt()).as("one member, three cycles").isEqualTo(3);
        assertThat(reevaluation.get("done").asInt()).isEqualTo(3);
        var results = api.get(member.login(), "/api/members/" + member.id() + "/results");
        assertThat(results.body()).anySatisfy(r -> {
            assertThat(r.get("cycleId").asText()).isEqualTo("2028-2031");
            assertThat(r.get("ruleSetVersion").asText()).isEqualTo("2028.1");
            assertThat(r.at("/gaps").toString()).contains("\"requirement\":\"total\",\"missingHours\":40.0");
        });
    }

    @Test
    void anUploadedVersionShowsItsImpactBeforeActivationThenServesAndARollbackBringsBackTheOldNumbers() throws IOException {
        String regulator = newRegulator("loop-upload");
        Api.Login staff = api.newStaff(regulator);
        Api.MemberLogin member = newMember(regulator);
        declare(member, regulator, 1);
        long original = api.get(staff, "/api/regulators/" + regulator + "/rules/versions").body().get(0).get("id").asLong();

        Path variant = Files.createTempDirectory("vigie-upload").resolve(regulator);
        TestRules.copy(rules.resolve(regulator), variant);
        PackVersionsTests.fortyHours(variant);
        edit(variant.resolve("parameters/requirements.yaml"), "2022-01-01: 40", "2022-01-01: 45");
        edit(variant.resolve("tests/forty.yaml"), "required.total: 40", "required.total: 45");

        var uploaded = api.postBytes(staff, "/api/regulators/" + regulator + "/rules/versions", "application/zip",
                PackVersionsTests.zipOf(variant, regulator + "/"));
        assertThat(uploaded.status()).as(uploaded.raw()).isEqualTo(201);
        assertThat(uploaded.body().get("valid").asBoolean()).isTrue();
        assertThat(uploaded.text("/version")).isEqualTo("2025.5");
        assertThat(uploaded.text("/createdBy")).isEqualTo(staff.username());
        assertThat(uploaded.body().get("active").asBoolean()).isFalse();
        long candidate = uploaded.body().get("id").asLong();
        assertThat(dashboard(member, regulator, "2022-2025", "").number("/requiredHours/hours")).as("nothing activated").isEqualTo(30);

        var impact = api.get(staff, "/api/regulators/" + regulator + "/rules/versions/" + candidate + "/impact");
        assertThat(impact.status()).as(impact.raw()).isEqualTo(200);
        assertThat(impact.body().get("members").asInt()).isEqualTo(1);
        assertThat(impact.body().get("statusChanges").asInt()).isZero();
        assertThat(impact.body().get("gapChanges").asInt()).isEqualTo(1);
        assertThat(impact.text("/candidate/version")).isEqualTo("2025.5");
        assertThat(impact.body().at("/examples/0/memberId").asLong()).isEqualTo(member.id());
        assertThat(gap(impact.body().at("/examples/0/before/gaps"), "total")).isEqualTo(29);
        assertThat(gap(impact.body().at("/examples/0/after/gaps"), "total")).isEqualTo(44);

        var activation = api.post(staff, "/api/regulators/" + regulator + "/rules/versions/" + candidate + "/activation", Map.of());
        assertThat(activation.status()).as(activation.raw()).isEqualTo(201);
        assertThat(activation.text("/activatedBy")).isEqualTo(staff.username());
        assertThat(dashboard(member, regulator, "2022-2025", "").number("/requiredHours/hours")).isEqualTo(45);
        assertThat(Files.readString(rules.resolve(regulator).resolve("parameters/requirements.yaml")))
                .as("the folder shows what serves").contains("2022-01-01: 45");
        assertThat(api.post(staff, "/api/regulators/" + regulator + "/rules/versions/" + candidate + "/activation", Map.of())
                .status()).as("already active").isEqualTo(409);

        var rollback = api.post(staff, "/api/regulators/" + regulator + "/rules/versions/" + original + "/activation", Map.of());
        assertThat(rollback.status()).as(rollback.raw()).isEqualTo(201);
        assertThat(dashboard(member, regulator, "2022-2025", "").number("/requiredHours/hours")).isEqualTo(30);
        var versions = api.get(staff, "/api/regulators/" + regulator + "/rules/versions").body();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(1).get("active").asBoolean()).isTrue();
        assertThat(versions.get(1).get("source").asText()).isEqualTo("FOLDER");
    }

    @Test
    void anUploadThatIsBrokenUnsafeOrTooLargeIsRefusedWithTheReasonAndTheServingVersionStays() throws IOException {
        String regulator = newRegulator("loop-refused");
        Api.Login staff = api.newStaff(regulator);
        String versions = "/api/regulators/" + regulator + "/rules/versions";
        Path broken = Files.createTempDirectory("vigie-broken").resolve(regulator);
        TestRules.copy(rules.resolve(regulator), broken);
        edit(broken.resolve("hours.drl"), "Figure( key == \"required.total\", $total : value )",
                "Figure( key == \"required.total\", $total : value ");

        var stored = api.postBytes(staff, versions, "application/zip", PackVersionsTests.zipOf(broken, ""));
        assertThat(stored.status()).as(stored.raw()).isEqualTo(201);
        assertThat(stored.body().get("valid").asBoolean()).isFalse();
        assertThat(stored.text("/problems/0/file")).isEqualTo("hours.drl");
        assertThat(stored.body().at("/problems/0/line").asInt()).isPositive();
        var activation = api.post(staff, versions + "/" + stored.body().get("id").asLong() + "/activation", Map.of());
        assertThat(activation.status()).isEqualTo(409);
        assertThat(api.get(staff, versions + "/" + stored.body().get("id").asLong() + "/impact").status()).isEqualTo(409);

        var slip = api.postBytes(staff, versions, "application/zip", PackVersionsTests.zip(List.of("pack.yaml", "../evil.drl"),
                List.of("regulator: x".getBytes(), "rule".getBytes())));
        assertThat(slip.status()).isEqualTo(400);
        assertThat(slip.text("/errors/0/field")).isEqualTo("archive");
        assertThat(slip.text("/ruleProblems/0")).contains("../evil.drl").contains("outside the pack's folder");
        assertThat(Files.exists(rules.resolve("evil.drl"))).isFalse();

        var tooLarge = api.postBytes(staff, versions, "application/zip", new byte[1024 * 1024 + 1]);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.text("/errors/0/field")).isEqualTo("archive");
        assertThat(api.postBytes(staff, versions, "application/zip", new byte[0]).status()).isEqualTo(400);
        assertThat(api.postBytes(staff, versions, "application/zip", "PK but not really".getBytes()).status()).isEqualTo(400);
        assertThat(api.get(staff, versions).body()).as("only the folder's version and the broken upload are kept").hasSize(2);
        assertThat(packStatus(staff, regulator).get("activeVersion").asText()).isEqualTo("2025.4");
    }

    @Test
    void aDashboardAsOfAPastDayUsesTheRuleSetActiveThenAndTheFactsKnownThen() throws IOException {
        String regulator = newRegulator("loop-asof");
        Api.MemberLogin member = newMember(regulator);
        long early = declare(member, regulator, 1);
        declare(member, regulator, 2);
        // history: the pack was activated on 2024-01-01, the first declaration submitted on 2024-03-01
        jdbc.sql("UPDATE rule_pack_activation SET activated_at = '2024-01-01 09:00:00' WHERE regulator = ?").param(regulator).update();
        jdbc.sql("UPDATE declaration SET submitted_at = '2024-03-01 12:00:00' WHERE id = ?").param(early).update();
        // today a new version with a new cycle
        Path pack = rules.resolve(regulator);
        edit(pack.resolve("pack.yaml"), "version: \"2025.4\"", "version: \"2028.1\"");
        edit(pack.resolve("pack.yaml"), "    end: 2028-03-31\n", "    end: 2028-03-31\n  - id: \"2028-2031\"\n    start: 2028-04-01\n    end: 2031-03-31\n");
        await().atMost(Duration.ofSeconds(20)).until(() -> dashboard(member, regulator, "2028-2031", "").status() == 200);

        var then = dashboard(member, regulator, "2022-2025", "?asOf=2024-06-30");
        assertThat(then.status()).as(then.raw()).isEqualTo(200);
        assertThat(then.text("/asOf")).isEqualTo("2024-06-30");
        assertThat(then.text("/ruleSet/version")).isEqualTo("2025.4");
        assertThat(then.number("/declaredHours/hours")).as("only what was submitted by then").isEqualTo(1);
        var now = dashboard(member, regulator, "2022-2025", "");
        assertThat(now.number("/declaredHours/hours")).isEqualTo(3);
        assertThat(now.text("/ruleSet/version")).isEqualTo("2028.1");
        assertThat(now.body().has("asOf")).isFalse();
        assertThat(dashboard(member, regulator, "2028-2031", "?asOf=2024-06-30").status())
                .as("the version of that day had no such cycle").isEqualTo(404);

        var beforeAnyVersion = dashboard(member, regulator, "2022-2025", "?asOf=2023-12-31");
        assertThat(beforeAnyVersion.status()).isEqualTo(400);
        assertThat(beforeAnyVersion.text("/errors/0/field")).isEqualTo("asOf");
        var future = dashboard(member, regulator, "2022-2025", "?asOf=" + LocalDate.now().plusDays(2));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.text("/errors/0/field")).isEqualTo("asOf");
        assertThat(future.text("/detail")).as("the day as people write it").matches("La date du \\d{1,2}(er)? \\p{L}+ 20\\d\\d est dans le futur.*");
        assertThat(dashboard(member, regulator, "2022-2025", "?asOf=30-06-2024").status()).isEqualTo(400);
    }

    @Test
    void aBrokenFileThatIsPutBackLeavesNoProblemAndTheListedHashIsTheFolders() throws IOException {
        String regulator = newRegulator("loop-putback");
        Path drl = rules.resolve(regulator).resolve("hours.drl");
        String good = Files.readString(drl);
        String goodHash = packStatus(Api.admin(), regulator).get("activeHash").asText();

        Files.writeString(drl, good.replace("Figure( key == \"required.total\", $total : value )",
                "Figure( key == \"required.total\", $total : value "));
        JsonNode broken = await().atMost(Duration.ofSeconds(20)).until(() -> packStatus(Api.admin(), regulator),
                s -> s.get("problems").size() > 0);
        assertThat(broken.get("lastAttemptHash").asText()).isNotEqualTo(goodHash);

        Files.writeString(drl, good);
        JsonNode fixed = await().atMost(Duration.ofSeconds(20)).until(() -> packStatus(Api.admin(), regulator),
                s -> s.get("problems").isEmpty());
        assertThat(fixed.get("lastAttemptHash").asText()).as("the folder's hash").isEqualTo(goodHash);
        assertThat(fixed.get("activeHash").asText()).isEqualTo(goodHash);
    }

    @Test
    void aFolderPutBackToAnOlderStoredVersionAfterABrokenEditShowsThatVersionWithoutProblems() throws IOException {
        String regulator = newRegulator("loop-older");
        Path requirements = rules.resolve(regulator).resolve("parameters/requirements.yaml");
        String original = Files.readString(requirements);
        String originalHash = packStatus(Api.admin(), regulator).get("activeHash").asText();
        Path pack = rules.resolve(regulator).resolve("pack.yaml");
        edit(pack, "version: \"2025.4\"", "version: \"2025.9\"");
        JsonNode newer = await().atMost(Duration.ofSeconds(20)).until(() -> packStatus(Api.admin(), regulator),
                s -> "2025.9".equals(s.get("activeVersion").asText()));

        Files.writeString(requirements, original.replaceFirst("\n", "\nbroken: [unclosed\n"));
        await().atMost(Duration.ofSeconds(20)).until(() -> packStatus(Api.admin(), regulator), s -> s.get("problems").size() > 0);
        Files.writeString(requirements, original);
        edit(pack, "version: \"2025.9\"", "version: \"2025.4\"");

        JsonNode back = await().atMost(Duration.ofSeconds(20)).until(() -> packStatus(Api.admin(), regulator),
                s -> s.get("problems").isEmpty() && originalHash.equals(s.get("lastAttemptHash").asText()));
        assertThat(back.get("activeHash").asText()).as("a stored version is not activated by a save")
                .isEqualTo(newer.get("activeHash").asText());
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** A copy of the OTPQ pack under another regulator name, live once the service has picked it up. */
    private static String newRegulator(String prefix) throws IOException {
        String regulator = prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
        Path incoming = rules.resolve("." + regulator);
        TestRules.copy(TestRules.source().resolve("otpq"), incoming);
        edit(incoming.resolve("pack.yaml"), "regulator: otpq\n", "regulator: " + regulator + "\n");
        Files.move(incoming, rules.resolve(regulator));
        await().atMost(Duration.ofSeconds(20)).until(() -> packStatus(Api.admin(), regulator),
                s -> s != null && "2025.4".equals(s.path("activeVersion").asText()));
        return regulator;
    }

    private static JsonNode packStatus(Api.Login login, String regulator) {
        for (JsonNode status : api.get(login, "/api/rules/packs").body()) {
            if (status.get("regulator").asText().equals(regulator)) {
                return status;
            }
        }
        return null;
    }

    private static Api.MemberLogin newMember(String regulator) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> membership = new HashMap<>(Map.of("regulator", regulator, "number", "L" + unique));
        var created = api.post(Api.admin(), "/api/members", Map.of("firstName", "Noémie", "lastName", "Tremblay",
                "email", "loop-" + unique + "@example.org", "password", Api.PASSWORD, "membership", membership));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return new Api.MemberLogin(created.body().get("id").asLong(), new Api.Login("loop-" + unique + "@example.org", Api.PASSWORD));
    }

    private static long declare(Api.MemberLogin member, String regulator, double hours) {
        Map<String, Object> declaration = Api.declaration("structured", "course", hours);
        declaration.put("regulator", regulator);
        var declared = api.post(member.login(), "/api/members/" + member.id() + "/declarations", declaration);
        assertThat(declared.status()).as(declared.raw()).isEqualTo(201);
        return declared.body().at("/declaration/id").asLong();
    }

    private static Api.Response dashboard(Api.MemberLogin member, String regulator, String cycleId, String query) {
        return api.get(member.login(), "/api/members/" + member.id() + "/dashboards/" + regulator + "/" + cycleId + query);
    }

    private static double gap(JsonNode gaps, String requirement) {
        for (JsonNode gap : gaps) {
            if (gap.get("requirement").asText().equals(requirement)) {
                return gap.get("missingHours").asDouble();
            }
        }
        return -1;
    }

    private static void edit(Path file, String from, String to) throws IOException {
        PackVersionsTests.edit(file, from, to);
    }
}
