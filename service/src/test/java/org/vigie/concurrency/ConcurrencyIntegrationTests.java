package org.vigie.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.vigie.VigieApplication;
import org.vigie.support.Api;
import org.vigie.support.ApiTest;
import org.vigie.support.RamqNumbers;
import org.vigie.support.Together;
import org.vigie.support.TestMail;
import org.vigie.support.TestRules;

/**
 * Double submissions and races, on the real database, through two service instances: this test's
 * own and a second one started on the same database.
 */
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class ConcurrencyIntegrationTests extends ApiTest {
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startSecondInstance() {
        second = new SpringApplicationBuilder(VigieApplication.class)
                .properties("server.port=0", "spring.jmx.enabled=false")
                .run();
    }

    @AfterAll
    static void stopSecondInstance() {
        second.close();
    }

    private Api secondApi() {
        return new Api(((ServletWebServerApplicationContext) second).getWebServer().getPort());
    }


    @Test
    void sameSubmissionSentEightTimesAtOnceToTwoInstancesRecordsOneDeclaration() throws Exception {
        var member = api.newMember();
        var declaration = Api.declaration("structured", "course", 2);
        String key = UUID.randomUUID().toString();
        String path = "/api/members/" + member.id() + "/declarations";
        List<Callable<Api.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Api target = i % 2 == 0 ? api : secondApi();
            calls.add(() -> target.post(member.login(), path, declaration, Map.of("Idempotency-Key", key)));
        }

        List<Api.Response> responses = Together.run(calls);

        assertThat(responses).extracting(Api.Response::status).containsOnly(200, 201).containsOnlyOnce(201);
        assertThat(responses).extracting(r -> r.body().at("/declaration/id").asLong()).containsOnly(
                responses.get(0).body().at("/declaration/id").asLong());
        assertThat(responses).allSatisfy(r -> assertThat(r.number("/dashboard/declaredHours/hours")).isEqualTo(2));
        assertThat(count("declaration", "member_id = ?", member.id())).isEqualTo(1);
    }

    @Test
    void aDoubleClickWithoutKeyRecordsOneDeclarationButADifferentActivityIsRecorded() throws Exception {
        var member = api.newMember();
        var declaration = Api.declaration("structured", "course", 2);
        String path = "/api/members/" + member.id() + "/declarations";

        Together.run(List.of(() -> api.post(member.login(), path, declaration), () -> secondApi().post(member.login(), path, declaration)));
        assertThat(count("declaration", "member_id = ?", member.id())).isEqualTo(1);

        var other = Api.declaration("structured", "course", 2);
        assertThat(api.post(member.login(), path, other).status()).isEqualTo(201);
        assertThat(count("declaration", "member_id = ?", member.id())).isEqualTo(2);
    }

    @Test
    void declarationOnOneInstanceShowsInTheDashboardOfTheOther() {
        var member = api.newMember();
        api.post(member.login(), "/api/members/" + member.id() + "/declarations", Api.declaration("ethics", "ethics-training", 1));
        var dashboard = secondApi().get(member.login(), "/api/members/" + member.id() + "/dashboards/otpq/2022-2025");
        assertThat(dashboard.number("/remainingHours/ethics/hours")).isZero();
        assertThat(dashboard.number("/remainingHours/total/hours")).isEqualTo(29);
    }

    @Test
    void twoStaffDecidingTheSameExemptionAtOnceOnTwoInstancesMakeOneDecisionAndOneMail() throws Exception {
        var member = api.newMember();
        var draft = api.post(member.login(), "/api/members/" + member.id() + "/exemptions", Map.of("regulator", "otpq",
                "cycleId", "2022-2025", "motive", "illness", "motiveStart", "2023-01-01", "motiveEnd", "2023-02-01"));
        long id = draft.body().get("id").asLong();
        api.upload(member.login(), "/api/exemptions/" + id + "/documents", "certificat.pdf", "application/pdf",
                "%PDF-1.4\n%%EOF".getBytes());
        // the member submits twice at once: one submission, both answered with it
        var submissions = Together.run(List.of(
                () -> api.post(member.login(), "/api/exemptions/" + id + "/submission", Map.of("commitments", List.of(true, true))),
                () -> secondApi().post(member.login(), "/api/exemptions/" + id + "/submission", Map.of("commitments", List.of(true, true)))));
        assertThat(submissions).extracting(r -> r.text("/status")).containsOnly("SUBMITTED");

        var staffA = api.newStaff("otpq");
        var staffB = api.newStaff("otpq");
        var decisions = Together.run(List.of(
                () -> api.post(staffA, "/api/exemptions/" + id + "/decision", Map.of("outcome", "VALIDATED", "hoursGranted", 5)),
                () -> secondApi().post(staffB, "/api/exemptions/" + id + "/decision", Map.of("outcome", "REFUSED"))));

        assertThat(decisions).extracting(Api.Response::status).containsExactlyInAnyOrder(200, 409);
        String email = api.get(member.login(), "/api/members/" + member.id()).text("/email");
        await().atMost(Duration.ofSeconds(10)).until(() -> count("outbox_message", "recipient = ? AND sent_at IS NOT NULL", email) == 1);
        Thread.sleep(1000); // both relays have had several turns: still one mail
        assertThat(Arrays.stream(TestMail.server().getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(email);
            } catch (Exception e) {
                return false;
            }
        })).hasSize(1);
        assertThat(count("outbox_message", "recipient = ?", email)).isEqualTo(1);
    }

    /**
     * Two staff activate two different versions at the same instant, one on each instance (which
     * share the database and, here, the rules folder): both activations are recorded, one after the
     * other, and both instances end up serving the version recorded last, which the folder holds.
     */
    @Test
    void twoActivationsAtOnceOnTwoInstancesLeaveBothServingTheVersionRecordedLast() throws Exception {
        long x = upload(variantOfOtpq());
        long y = upload(variantOfOtpq());
        var staffA = api.newStaff("otpq");
        var staffB = api.newStaff("otpq");
        String versions = "/api/regulators/otpq/rules/versions/";

        var activations = Together.run(List.of(
                () -> api.post(staffA, versions + x + "/activation", Map.of()),
                () -> secondApi().post(staffB, versions + y + "/activation", Map.of())));

        assertThat(activations).extracting(Api.Response::status).containsOnly(201);
        String last = jdbc.sql("SELECT hash FROM rule_pack_activation WHERE regulator = 'otpq' ORDER BY id DESC LIMIT 1")
                .query(String.class).single();
        assertThat(jdbc.sql("SELECT hash FROM rule_pack_active WHERE regulator = 'otpq'").query(String.class).single()).isEqualTo(last);
        await().atMost(Duration.ofSeconds(10)).until(() -> servingHash(api).equals(last) && servingHash(secondApi()).equals(last));
        Thread.sleep(1000); // several polls later, neither instance has gone back
        assertThat(servingHash(api)).isEqualTo(last);
        assertThat(servingHash(secondApi())).isEqualTo(last);
        assertThat(org.vigie.rules.PackArchive.zip(TestRules.workspace().resolve("otpq")))
                .as("the folder holds the version serving").isEqualTo(jdbc.sql(
                        "SELECT archive FROM rule_pack_version WHERE regulator = 'otpq' AND hash = ?").param(last)
                        .query(byte[].class).single());
    }

    /** A physician confirms the validation request on both instances at once while adding an action: one request, actions fixed. */
    @Test
    void aValidationRequestConfirmedTwiceOnTwoInstancesIsOneRequestAndFixesTheActions() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        var registered = api.post(null, "/api/physicians", Map.of("lastName", "Martin", "firstName", "Claire",
                "email", "dr-" + unique + "@example.org", "password", Api.PASSWORD, "cnp", "cnp-cardiologie",
                "rpps", String.valueOf(10_000_000_000L + (long) (Math.random() * 89_999_999_999L))));
        long id = registered.body().get("id").asLong();
        Api.Login physician = new Api.Login("dr-" + unique + "@example.org", Api.PASSWORD);
        String path = "/api/physicians/" + id + "/pathways/cnp-cardiologie/2023-2025";
        for (String action : List.of("congres", "du", "accreditation")) {
            api.post(physician, path + "/actions", Map.of("action", action, "date", "2024-03-01"));
        }

        var answers = Together.run(List.of(
                () -> api.post(physician, path + "/validation-request", Map.of("certified", true)),
                () -> secondApi().post(physician, path + "/validation-request", Map.of("certified", true)),
                () -> secondApi().post(physician, path + "/actions", Map.of("action", "seminaires", "date", "2024-03-02"))));

        assertThat(answers.subList(0, 2)).extracting(Api.Response::status).containsExactlyInAnyOrder(200, 409);
        long actions = count("pathway_action a JOIN pathway p ON p.id = a.pathway_id", "p.member_id = ?", id);
        assertThat(actions).isEqualTo(answers.get(2).status() == 201 ? 4 : 3);
        assertThat(secondApi().post(physician, path + "/actions", Map.of("action", "formation", "date", "2024-03-03")).status())
                .isEqualTo(409);
    }

    private static String servingHash(Api target) {
        for (var status : target.get(Api.admin(), "/api/rules/packs").body()) {
            if (status.get("regulator").asText().equals("otpq")) {
                return status.get("activeHash").asText();
            }
        }
        return "";
    }

    private long upload(byte[] zip) {
        var uploaded = api.postBytes(Api.admin(), "/api/regulators/otpq/rules/versions", "application/zip", zip);
        assertThat(uploaded.body().get("valid").asBoolean()).as(uploaded.raw()).isTrue();
        return uploaded.body().get("id").asLong();
    }

    /** The OTPQ pack serving now with a distinct comment: a new version with the same results. */
    private static byte[] variantOfOtpq() throws java.io.IOException {
        java.nio.file.Path copy = java.nio.file.Files.createTempDirectory("vigie-variant").resolve("otpq");
        TestRules.copy(TestRules.workspace().resolve("otpq"), copy);
        java.nio.file.Files.writeString(copy.resolve("pack.yaml"), "\n# " + UUID.randomUUID() + "\n",
                java.nio.file.StandardOpenOption.APPEND);
        return org.vigie.rules.PackArchive.zip(copy);
    }

    private static java.sql.Timestamp now() {
        return java.sql.Timestamp.from(java.time.Instant.now());
    }

    @Test
    void mailQueuedWhileTheMailServerIsDownIsSentOnceItIsBack(org.springframework.boot.test.system.CapturedOutput output) {
        String email = "attente-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        TestMail.server().stop();
        try {
            java.time.Instant queued = java.time.Instant.now();
            jdbc.sql("INSERT INTO outbox_message (recipient, subject, body, created_at, next_attempt_at, attempts)"
                    + " VALUES (?, 'Sujet', 'Corps', ?, ?, 0)").params(email, now(), now()).update();
            await().atMost(Duration.ofSeconds(15)).until(() -> count("outbox_message", "recipient = ? AND attempts > 0", email) == 1);
            assertThat(count("outbox_message", "recipient = ? AND sent_at IS NULL", email)).isEqualTo(1);
            java.time.Instant retry = jdbc.sql("SELECT next_attempt_at FROM outbox_message WHERE recipient = ?").param(email)
                    .query(java.sql.Timestamp.class).single().toInstant();
            assertThat(retry).as("the outboxes' first wait, as the appointment messages'")
                    .isBetween(queued.plusSeconds(29), java.time.Instant.now().plusSeconds(31));
            long id = jdbc.sql("SELECT id FROM outbox_message WHERE recipient = ?").param(email).query(Long.class).single();
            assertThat(output.getOut()).as("the operator reads why it waits, without the recipient")
                    .containsPattern("Mail " + id + " waits in the outbox: the mail server 127\\.0\\.0\\.1:\\d+ does not answer .*attempt 1 of 20")
                    .doesNotContain(email);
        } finally {
            TestMail.server().start();
        }
        // do not wait for the back-off in a test: make the retry due now
        jdbc.sql("UPDATE outbox_message SET next_attempt_at = ? WHERE recipient = ?").params(now(), email).update();
        await().atMost(Duration.ofSeconds(15)).until(() -> count("outbox_message", "recipient = ? AND sent_at IS NOT NULL", email) == 1);
    }

    /** Registers a clinic user with RAMQ and returns their RAMQ identifier (password Api.PASSWORD). */
    private String clinicUser() {
        String ramqId = "CE" + String.format("%06d", RamqNumbers.next());
        var registered = api.post(Api.admin(), "/api/clinic/ramq-persons", Map.of("ramqId", ramqId, "firstName", "Anne", "lastName", "Roy",
                "onlineServices", true, "password", Api.PASSWORD));
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        return ramqId;
    }

    /** An enterprise of one location with these local administrators. */
    private com.fasterxml.jackson.databind.JsonNode clinic(String... localAdmins) {
        var enterprise = api.post(Api.admin(), "/api/clinic/enterprises", Map.of("name", "Clinique " + localAdmins[0], "gmf", false,
                "locations", List.of(Map.of("name", "Lieu", "civicNumber", "1", "street", "rue Principale", "city", "Laval", "province", "QC",
                        "postalCode", "H7N 1A1", "phone", "450-555-0100")), "localAdmins", List.of(localAdmins)));
        assertThat(enterprise.status()).as(enterprise.raw()).isEqualTo(201);
        return enterprise.body();
    }

    @Test
    void aClinicSessionOpenedOnOneInstanceServesOnTheOtherAndSigningOutThereEndsItOnBoth() {
        String ramqId = clinicUser();
        String path = "/api/clinic/enterprises/" + clinic(ramqId).get("id").asLong();

        var opened = api.post(new Api.Login(ramqId, Api.PASSWORD), "/api/clinic/sessions", Map.of());
        assertThat(opened.status()).as(opened.raw()).isEqualTo(201);
        Api.Login session = Api.Login.bearer(opened.text("/token"));
        assertThat(secondApi().get(session, path).status()).as("the other instance knows the session").isEqualTo(200);
        assertThat(secondApi().delete(session, "/api/clinic/sessions/current").status()).isEqualTo(204);
        assertThat(api.get(session, path).status()).as("signed out on the other instance").isEqualTo(401);
    }

    @Test
    void twoLocalAdministratorsRemovingEachOtherAtOnceOnTwoInstancesLeaveTheEnterpriseOne() throws Exception {
        String first = clinicUser();
        String second = clinicUser();
        var enterprise = clinic(first, second);
        String path = "/api/clinic/enterprises/" + enterprise.get("id").asLong() + "/employees/";
        var employees = api.get(Api.admin(), path.substring(0, path.length() - 1)).body();
        long firstEmployee = employees.findParents("ramqId").stream().filter(e -> e.get("ramqId").asText().equals(first)).findFirst()
                .orElseThrow().get("id").asLong();
        long secondEmployee = employees.findParents("ramqId").stream().filter(e -> e.get("ramqId").asText().equals(second)).findFirst()
                .orElseThrow().get("id").asLong();

        List<Api.Response> answers = Together.run(List.of(
                () -> api.delete(new Api.Login(first, Api.PASSWORD), path + secondEmployee + "/local-admin?confirmed=true"),
                () -> secondApi().delete(new Api.Login(second, Api.PASSWORD), path + firstEmployee + "/local-admin?confirmed=true")));

        // the loser is refused: 409 when both passed the profile check before either wrote, 403 when it came after the winner's write
        assertThat(answers).extracting(Api.Response::status).containsOnlyOnce(200).allMatch(s -> s == 200 || s == 409 || s == 403);
        assertThat(count("clinic_employee", "enterprise_id = ? AND is_local_admin", enterprise.get("id").asLong())).isEqualTo(1);
    }

    @Test
    void theSameWorkGroupCreatedAtOnceOnTwoInstancesIsCreatedOnce() throws Exception {
        String admin = clinicUser();
        var enterprise = api.post(Api.admin(), "/api/clinic/enterprises", Map.of("name", "GMF " + admin, "gmf", true, "gmfNumber", "G-" + admin,
                "locations", List.of(Map.of("name", "Lieu", "civicNumber", "1", "street", "rue Principale", "city", "Laval", "province", "QC",
                        "postalCode", "H7N 1A1", "phone", "450-555-0100")), "localAdmins", List.of(admin)));
        assertThat(enterprise.status()).as(enterprise.raw()).isEqualTo(201);
        String path = "/api/clinic/enterprises/" + enterprise.body().get("id").asLong();
        long location = enterprise.body().at("/locations/0/id").asLong();
        String doctor = "IP" + String.format("%06d", RamqNumbers.next());
        assertThat(api.post(Api.admin(), "/api/clinic/ramq-persons", Map.of("ramqId", doctor, "firstName", "Marc", "lastName", "Gagnon",
                "practiceNumber", "1" + doctor.substring(3), "onlineServices", true, "password", Api.PASSWORD)).status()).isEqualTo(201);
        var hired = api.post(new Api.Login(admin, Api.PASSWORD), path + "/employees", Map.of("identifier", doctor, "workLocations", List.of(location)));
        assertThat(hired.status()).as(hired.raw()).isEqualTo(201);
        Map<String, Object> group = Map.of("members", List.of(hired.body().get("id").asLong()), "relayTeam1", List.of(), "relayTeam2", List.of());

        List<Api.Response> answers = Together.run(List.of(
                () -> api.post(new Api.Login(admin, Api.PASSWORD), path + "/work-groups", group),
                () -> secondApi().post(new Api.Login(admin, Api.PASSWORD), path + "/work-groups", group)));

        assertThat(answers).extracting(Api.Response::status).containsExactlyInAnyOrder(201, 409);
        assertThat(count("clinic_work_group", "enterprise_id = ?", enterprise.body().get("id").asLong())).isEqualTo(1);
    }

    @Test
    void failedSignInsCountedOnBothInstancesLockTheAccountOnBoth() {
        var member = api.newMember().login();
        var wrong = new Api.Login(member.username(), "not-the-password");
        for (int i = 1; i <= 4; i++) {
            Api target = i % 2 == 0 ? api : secondApi();
            assertThat(target.get(wrong, "/api/me").status()).as("failure " + i).isEqualTo(401);
        }
        assertThat(secondApi().get(wrong, "/api/me").status()).as("the fifth, on the second instance").isEqualTo(429);

        Api.Response right = api.get(member, "/api/me");
        assertThat(right.status()).as("the right password, on the first instance").isEqualTo(429);
        assertThat(right.headers()).containsKey("retry-after");
        assertThat(secondApi().delete(Api.admin(), "/api/sign-in-locks/" + member.username()).status()).isEqualTo(204);
        assertThat(api.get(member, "/api/me").status()).as("lifted on the other instance").isEqualTo(200);
    }
}
