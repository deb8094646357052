package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.vigie.accounts.Account;
import org.vigie.accounts.Accounts;
import org.vigie.support.Api;
import org.vigie.support.RamqNumbers;
import org.vigie.support.ApiTest;
import org.vigie.support.Fuzz;
import org.vigie.support.TestRules;

/**
 * Walks every operation of the API with every kind of caller. The operations come from the
 * running service, so a new endpoint without a line in {@link #table()} fails this test.
 */
class AuthorizationIntegrationTests extends ApiTest {
    /** CLINIC_USER: a clinic employee (scheduling), who has no business with the regulators' data. */
    enum Caller { ANONYMOUS, WRONG_PASSWORD, OWNER, OTHER_MEMBER, STAFF, OTHER_REGULATOR_STAFF, ADMIN, CLINIC_USER }

    /** Who may: the callers allowed; every other signed-in caller gets 403, anonymous ones 401. */
    enum Access {
        /** No login needed (a wrong password is still refused): self-registration, password reset. */
        PUBLIC(Set.of(Caller.ANONYMOUS, Caller.OWNER, Caller.OTHER_MEMBER, Caller.STAFF, Caller.OTHER_REGULATOR_STAFF, Caller.ADMIN,
                Caller.CLINIC_USER)),
        SIGNED_IN(Set.of(Caller.OWNER, Caller.OTHER_MEMBER, Caller.STAFF, Caller.OTHER_REGULATOR_STAFF, Caller.ADMIN, Caller.CLINIC_USER)),
        OWNER_STAFF_ADMIN(Set.of(Caller.OWNER, Caller.STAFF, Caller.ADMIN)),
        OWNER_ADMIN(Set.of(Caller.OWNER, Caller.ADMIN)),
        OWNER(Set.of(Caller.OWNER)),
        MEMBERS(Set.of(Caller.OWNER, Caller.OTHER_MEMBER)),
        STAFF_ADMIN(Set.of(Caller.STAFF, Caller.ADMIN)),
        ANY_STAFF_ADMIN(Set.of(Caller.STAFF, Caller.OTHER_REGULATOR_STAFF, Caller.ADMIN)),
        ADMIN(Set.of(Caller.ADMIN));

        final Set<Caller> allowed;

        Access(Set<Caller> allowed) {
            this.allowed = allowed;
        }
    }

    record Call(String method, String path, Object body, byte[] upload, byte[] raw, String rawType) {
        static Call get(String path) { return new Call("GET", path, null, null, null, null); }
        static Call delete(String path) { return new Call("DELETE", path, null, null, null, null); }
        static Call post(String path, Object body) { return new Call("POST", path, body, null, null, null); }
        static Call put(String path, Object body) { return new Call("PUT", path, body, null, null, null); }
        static Call upload(String path) { return new Call("POST", path, null, PDF, null, null); }
        static Call zip(String path, byte[] zip) { return new Call("POST", path, null, null, zip, "application/zip"); }
        static Call form(String path, String form) {
            return new Call("POST", path, null, null, form.getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
        }
    }

    record Rule(Access access, Function<Api.MemberLogin, Call> call) {
    }

    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes();

    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder encoder;

    Api.MemberLogin otherMember;
    Api.Login staff;
    Api.Login otherRegulatorStaff;
    Api.Login clinicUser;

    @BeforeEach
    void callers() {
        String ramqId = "CE" + String.format("%06d", RamqNumbers.next());
        api.post(Api.admin(), "/api/clinic/ramq-persons", Map.of("ramqId", ramqId, "firstName", "Clinique", "lastName", "Employé",
                "onlineServices", true, "password", Api.PASSWORD));
        clinicUser = new Api.Login(ramqId, Api.PASSWORD);
        otherMember = api.newMember();
        staff = api.newStaff("otpq");
        String username = "cnp-staff-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.save(Account.staff(username, encoder.encode(Api.PASSWORD), "cnp-demo", Instant.now()));
        otherRegulatorStaff = new Api.Login(username, Api.PASSWORD);
    }

    // ---- fixtures: each built fresh for the member who owns it -----------------------------------

    long declaration(Api.MemberLogin owner) {
        return api.post(owner.login(), "/api/members/" + owner.id() + "/declarations", Api.declaration("structured", "course", 1))
                .body().at("/declaration/id").asLong();
    }

    long draftExemption(Api.MemberLogin owner, boolean withDocument) {
        long id = api.post(owner.login(), "/api/members/" + owner.id() + "/exemptions", Map.of("regulator", "otpq",
                "cycleId", "2022-2025", "motive", "illness", "motiveStart", "2023-01-01", "motiveEnd", "2023-03-01")).body().get("id").asLong();
        if (withDocument) {
            api.upload(owner.login(), "/api/exemptions/" + id + "/documents", "certificat.pdf", "application/pdf", PDF);
        }
        return id;
    }

    long document(Api.MemberLogin owner, long exemptionId) {
        return api.get(owner.login(), "/api/exemptions/" + exemptionId).body().at("/documents/0/id").asLong();
    }

    long submittedExemption(Api.MemberLogin owner) {
        long id = draftExemption(owner, true);
        api.post(owner.login(), "/api/exemptions/" + id + "/submission", Map.of("commitments", List.of(true, true)));
        return id;
    }

    Map<String, Object> correction() {
        Map<String, Object> c = Api.declaration("structured", "course", 2);
        c.remove("regulator");
        c.remove("cycleId");
        c.remove("attestations");
        c.put("reason", "Correction");
        return c;
    }

    /** The OTPQ pack as it serves now, zipped; with a distinct comment, a new version that changes no result. */
    byte[] otpqPack(boolean distinct) {
        try {
            Path copy = Files.createTempDirectory("vigie-auth").resolve("otpq");
            TestRules.copy(TestRules.workspace().resolve("otpq"), copy);
            if (distinct) {
                Files.writeString(copy.resolve("pack.yaml"), "\n# " + UUID.randomUUID() + "\n", StandardOpenOption.APPEND);
            }
            return org.vigie.rules.PackArchive.zip(copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long uploadedOtpqVersion(boolean distinct) {
        return api.postBytes(Api.admin(), "/api/regulators/otpq/rules/versions", "application/zip", otpqPack(distinct))
                .body().get("id").asLong();
    }

    // ---- pathway fixtures: the owner becomes a physician of the cardiology CNP ----------------------------------------

    static final String PATHWAY = "/pathways/cnp-cardiologie/2023-2025";

    Api.MemberLogin physician(Api.MemberLogin owner) {
        String rpps = String.valueOf(10_000_000_000L + (long) (Math.random() * 89_999_999_999L));
        api.put(Api.admin(), "/api/physicians/" + owner.id() + "/profile", Map.of("lastName", "Gélinas", "firstName", "Emma", "rpps", rpps));
        api.post(Api.admin(), "/api/physicians/" + owner.id() + "/cnps", Map.of("cnp", "cnp-cardiologie"));
        return owner;
    }

    long pathwayAction(Api.MemberLogin owner, String action, String date) {
        var added = api.post(owner.login(), "/api/physicians/" + owner.id() + PATHWAY + "/actions", Map.of("action", action, "date", date));
        JsonNode actions = added.body().get("actions");
        return actions.get(actions.size() - 1).get("id").asLong();
    }

    long actionWithProof(Api.MemberLogin owner) {
        long action = pathwayAction(physician(owner), "formation", "2024-01-10");
        api.upload(owner.login(), "/api/pathway-actions/" + action + "/proof", "preuve.pdf", "application/pdf", PDF);
        return action;
    }

    Api.MemberLogin validable(Api.MemberLogin owner) {
        physician(owner);
        pathwayAction(owner, "congres", "2023-09-20");
        pathwayAction(owner, "du", "2024-06-30");
        pathwayAction(owner, "accreditation", "2024-11-02");
        return owner;
    }

    long requested(Api.MemberLogin owner) {
        validable(owner);
        return api.post(owner.login(), "/api/physicians/" + owner.id() + PATHWAY + "/validation-request", Map.of("certified", true))
                .body().get("pathwayId").asLong();
    }

    String resetToken(Api.MemberLogin owner) {
        String token = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO password_reset (token_hash, account_id, created_at, expires_at)"
                        + " SELECT ?, id, NOW(), DATE_ADD(NOW(), INTERVAL 1 HOUR) FROM account WHERE member_id = ?")
                .params(Sha256.hex(token), owner.id()).update();
        return token;
    }

    // ---- attestation fixtures ----------------------------------------------------------------------------------------

    Api.MemberLogin completedCycle(Api.MemberLogin owner) {
        String path = "/api/members/" + owner.id() + "/declarations";
        api.post(owner.login(), path, Api.declaration("structured", "congress", 15));
        api.post(owner.login(), path, Api.declaration("ethics", "ethics-training", 1));
        api.post(owner.login(), path, Api.declaration("autonomous", "reading", 14));
        return owner;
    }

    String attestation(Api.MemberLogin owner) {
        return api.post(Api.admin(), "/api/members/" + completedCycle(owner).id() + "/attestations/otpq/2022-2025", Map.of()).text("/number");
    }

    long validatedPathway(Api.MemberLogin owner) {
        long pathway = requested(owner);
        api.post(Api.admin(), "/api/pathways/" + pathway + "/decision", Map.of("outcome", "VALIDATED"));
        return pathway;
    }

    /** A batch row that ran over nobody, failed: reading, zipping or resuming it costs little. */
    long failedBatch() {
        jdbc.sql("INSERT INTO attestation_batch (regulator, period_id, requested_by, state, total, done, issued, already, not_eligible,"
                + " failed, started_at, heartbeat_at) VALUES ('otpq', '2022-2025', 'admin', 'FAILED', 0, 0, 0, 0, 0, 0, NOW(), NOW())").update();
        return jdbc.sql("SELECT MAX(id) FROM attestation_batch").query(Long.class).single();
    }

    /** The owner also holds an FMOQ account (a membership of the federation). */
    Api.MemberLogin fmoqMember(Api.MemberLogin owner) {
        jdbc.sql("INSERT INTO membership (member_id, regulator, number) VALUES (?, 'fmoq', ?)")
                .params(owner.id(), "F" + UUID.randomUUID().toString().substring(0, 8)).update();
        return owner;
    }

    long trainingGroup(Api.MemberLogin owner) {
        fmoqMember(owner);
        return api.post(owner.login(), "/api/regulators/fmoq/training/groups", Map.of("name", "Groupe", "sizeOption", "petit",
                "leaderProfession", "omnipraticien", "participants", List.of(Map.of("profession", "omnipraticien", "count", 5)),
                "purchaseFormula", "abonnement", "termsAccepted", true)).body().get("id").asLong();
    }

    /** An activity of a new group the owner leads, in three weeks, three hours long. */
    long trainingActivity(Api.MemberLogin owner) {
        return api.post(owner.login(), "/api/training/groups/" + trainingGroup(owner) + "/activities", Map.of("date",
                java.time.LocalDate.now().plusDays(21).toString(), "courses", List.of("FOL-2026-014"), "blocks", List.of("09:00-12:00")))
                .body().get("id").asLong();
    }

    /** The owner's activity with its attendance submitted (the owner attends). */
    long attendedActivity(Api.MemberLogin owner) {
        long activity = trainingActivity(owner);
        String number = jdbc.sql("SELECT number FROM membership WHERE member_id = ? AND regulator = 'fmoq'").param(owner.id())
                .query(String.class).single();
        api.post(owner.login(), "/api/training/activities/" + activity + "/attendance", Map.of("fmoqNumbers", List.of(number),
                "dateConfirmed", true));
        return activity;
    }

    long allowanceRequest(Api.MemberLogin owner) {
        return api.post(owner.login(), "/api/training/activities/" + trainingActivity(owner) + "/allowance-requests",
                Map.of("program", "annexXIX")).body().get("id").asLong();
    }

    Map<String, Object> newPhysicianBody() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new java.util.HashMap<>(Map.of("lastName", "Martin", "firstName", "Claire",
                "email", "dr-" + unique + "@example.org", "password", Api.PASSWORD, "cnp", "cnp-cardiologie"));
        body.put("rpps", String.valueOf(10_000_000_000L + (long) (Math.random() * 89_999_999_999L)));
        return body;
    }

    Map<String, Object> newMemberBody() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return Map.of("firstName", "Léa", "lastName", "Roy", "email", "lea-" + unique + "@example.org", "password", Api.PASSWORD,
                "membership", Map.of("regulator", "otpq", "number", "R" + unique));
    }

    Map<String, Rule> table() {
        Map<String, Rule> t = new LinkedHashMap<>();
        t.put("GET /api/me", new Rule(Access.SIGNED_IN, o -> Call.get("/api/me")));
        // French, which every caller of the table has already: the shared accounts keep their language
        t.put("PUT /api/me/language", new Rule(Access.SIGNED_IN, o -> Call.put("/api/me/language", Map.of("language", "fr"))));
        t.put("POST /api/staff", new Rule(Access.ADMIN, o -> Call.post("/api/staff",
                Map.of("username", "s-" + UUID.randomUUID(), "password", Api.PASSWORD, "regulator", "otpq"))));
        t.put("DELETE /api/sign-in-locks/{username}", new Rule(Access.ADMIN, o -> Call.delete("/api/sign-in-locks/" + o.login().username())));
        t.put("POST /api/members", new Rule(Access.STAFF_ADMIN, o -> Call.post("/api/members", newMemberBody())));
        t.put("GET /api/members/{memberId}", new Rule(Access.OWNER_STAFF_ADMIN, o -> Call.get("/api/members/" + o.id())));
        t.put("GET /api/regulators/{regulator}/members", new Rule(Access.STAFF_ADMIN, o -> Call.get("/api/regulators/otpq/members?q=G")));
        t.put("PUT /api/members/{memberId}/memberships/{regulator}/admission", new Rule(Access.STAFF_ADMIN,
                o -> Call.put("/api/members/" + o.id() + "/memberships/otpq/admission", Map.of("admissionDate", "2023-01-01"))));
        t.put("GET /api/regulators/{regulator}/catalogue", new Rule(Access.SIGNED_IN, o -> Call.get("/api/regulators/otpq/catalogue")));
        t.put("GET /api/rules/packs", new Rule(Access.ANY_STAFF_ADMIN, o -> Call.get("/api/rules/packs")));
        t.put("POST /api/regulators/{regulator}/rules/validation", new Rule(Access.STAFF_ADMIN,
                o -> Call.post("/api/regulators/otpq/rules/validation", Map.of())));
        t.put("POST /api/regulators/{regulator}/rules/versions", new Rule(Access.STAFF_ADMIN,
                o -> Call.zip("/api/regulators/otpq/rules/versions", otpqPack(false))));
        t.put("GET /api/regulators/{regulator}/rules/versions", new Rule(Access.STAFF_ADMIN,
                o -> Call.get("/api/regulators/otpq/rules/versions")));
        t.put("GET /api/regulators/{regulator}/rules/versions/{versionId}", new Rule(Access.STAFF_ADMIN,
                o -> Call.get("/api/regulators/otpq/rules/versions/" + uploadedOtpqVersion(false))));
        t.put("GET /api/regulators/{regulator}/rules/versions/{versionId}/impact", new Rule(Access.STAFF_ADMIN,
                o -> Call.get("/api/regulators/otpq/rules/versions/" + uploadedOtpqVersion(false) + "/impact")));
        t.put("POST /api/regulators/{regulator}/rules/versions/{versionId}/activation", new Rule(Access.STAFF_ADMIN,
                o -> Call.post("/api/regulators/otpq/rules/versions/" + uploadedOtpqVersion(true) + "/activation", Map.of())));
        t.put("GET /api/regulators/{regulator}/rules/activations", new Rule(Access.STAFF_ADMIN,
                o -> Call.get("/api/regulators/otpq/rules/activations")));
        t.put("GET /api/regulators/{regulator}/rules/reevaluations", new Rule(Access.STAFF_ADMIN,
                o -> Call.get("/api/regulators/otpq/rules/reevaluations")));
        t.put("GET /api/regulators/{regulator}/rules/reevaluations/{reevaluationId}", new Rule(Access.STAFF_ADMIN,
                o -> Call.get("/api/regulators/otpq/rules/reevaluations/" + jdbc.sql(
                        "SELECT MAX(id) FROM reevaluation WHERE regulator = 'otpq'").query(Long.class).single())));
        t.put("GET /api/members/{memberId}/results", new Rule(Access.OWNER_STAFF_ADMIN,
                o -> Call.get("/api/members/" + o.id() + "/results")));
        t.put("POST /api/physicians", new Rule(Access.PUBLIC, o -> Call.post("/api/physicians", newPhysicianBody())));
        t.put("POST /api/password-resets", new Rule(Access.PUBLIC,
                o -> Call.post("/api/password-resets", Map.of("email", "x-" + UUID.randomUUID() + "@example.org"))));
        t.put("POST /api/password-resets/{token}", new Rule(Access.PUBLIC,
                o -> Call.post("/api/password-resets/" + resetToken(o), Map.of("password", Api.PASSWORD))));
        t.put("GET /password-reset/{token}", new Rule(Access.PUBLIC, o -> Call.get("/password-reset/" + resetToken(o))));
        t.put("POST /password-reset/{token}", new Rule(Access.PUBLIC,
                o -> Call.form("/password-reset/" + resetToken(o), "password=" + Api.PASSWORD + "&confirmation=" + Api.PASSWORD)));
        t.put("GET /api/physicians/{physicianId}", new Rule(Access.OWNER_STAFF_ADMIN, o -> Call.get("/api/physicians/" + o.id())));
        t.put("PUT /api/physicians/{physicianId}/profile", new Rule(Access.OWNER_ADMIN, o -> Call.put("/api/physicians/" + o.id()
                + "/profile", Map.of("lastName", "Gélinas", "firstName", "Emma", "rpps",
                String.valueOf(10_000_000_000L + (long) (Math.random() * 89_999_999_999L))))));
        t.put("POST /api/physicians/{physicianId}/cnps", new Rule(Access.OWNER_ADMIN, o -> {
            api.put(Api.admin(), "/api/physicians/" + o.id() + "/profile", Map.of("lastName", "Gélinas", "firstName", "Emma",
                    "rpps", String.valueOf(10_000_000_000L + (long) (Math.random() * 89_999_999_999L))));
            return Call.post("/api/physicians/" + o.id() + "/cnps", Map.of("cnp", "cnp-pneumologie"));
        }));
        t.put("GET /api/regulators/{cnp}/actions", new Rule(Access.SIGNED_IN, o -> Call.get("/api/regulators/cnp-cardiologie/actions?q=for")));
        t.put("GET /api/physicians/{physicianId}/pathways/{cnp}/{periodId}", new Rule(Access.OWNER_ADMIN,
                o -> Call.get("/api/physicians/" + physician(o).id() + PATHWAY)));
        t.put("POST /api/physicians/{physicianId}/pathways/{cnp}/{periodId}/actions", new Rule(Access.OWNER,
                o -> Call.post("/api/physicians/" + physician(o).id() + PATHWAY + "/actions", Map.of("action", "rmm", "date", "2024-02-02"))));
        t.put("PUT /api/pathway-actions/{actionId}", new Rule(Access.OWNER, o -> Call.put("/api/pathway-actions/"
                + pathwayAction(physician(o), "rmm", "2024-02-02"), Map.of("action", "formation", "date", "2024-02-03"))));
        t.put("DELETE /api/pathway-actions/{actionId}", new Rule(Access.OWNER,
                o -> Call.delete("/api/pathway-actions/" + pathwayAction(physician(o), "rmm", "2024-02-02"))));
        t.put("POST /api/pathway-actions/{actionId}/proof", new Rule(Access.OWNER,
                o -> Call.upload("/api/pathway-actions/" + pathwayAction(physician(o), "rmm", "2024-02-02") + "/proof")));
        t.put("GET /api/pathway-actions/{actionId}/proof", new Rule(Access.OWNER_ADMIN,
                o -> Call.get("/api/pathway-actions/" + actionWithProof(o) + "/proof")));
        t.put("POST /api/physicians/{physicianId}/pathways/{cnp}/{periodId}/what-if", new Rule(Access.OWNER_ADMIN,
                o -> Call.post("/api/physicians/" + physician(o).id() + PATHWAY + "/what-if", Map.of("actions", List.of("formation")))));
        t.put("POST /api/physicians/{physicianId}/pathways/{cnp}/{periodId}/validation-request", new Rule(Access.OWNER,
                o -> Call.post("/api/physicians/" + validable(o).id() + PATHWAY + "/validation-request", Map.of("certified", true))));
        t.put("GET /api/physicians/{physicianId}/pathways/{cnp}/{periodId}/export", new Rule(Access.OWNER_ADMIN,
                o -> Call.get("/api/physicians/" + physician(o).id() + PATHWAY + "/export")));
        // the table's staff are the OTPQ's: a CNP's own staff are tested in PathwayApiIntegrationTests
        t.put("GET /api/regulators/{cnp}/validation-requests", new Rule(Access.ADMIN,
                o -> Call.get("/api/regulators/cnp-cardiologie/validation-requests")));
        t.put("POST /api/pathways/{pathwayId}/decision", new Rule(Access.ADMIN,
                o -> Call.post("/api/pathways/" + requested(o) + "/decision", Map.of("outcome", "VALIDATED"))));
        t.put("POST /api/pathways/{pathwayId}/attestation", new Rule(Access.ADMIN,
                o -> Call.post("/api/pathways/" + validatedPathway(o) + "/attestation", Map.of())));
        t.put("POST /api/members/{memberId}/attestations/{regulator}/{cycleId}", new Rule(Access.STAFF_ADMIN,
                o -> Call.post("/api/members/" + completedCycle(o).id() + "/attestations/otpq/2022-2025", Map.of())));
        t.put("GET /api/members/{memberId}/attestations", new Rule(Access.OWNER_ADMIN,
                o -> Call.get("/api/members/" + o.id() + "/attestations")));
        t.put("GET /api/attestations/{number}", new Rule(Access.OWNER_STAFF_ADMIN, o -> Call.get("/api/attestations/" + attestation(o))));
        t.put("GET /api/attestations/{number}/pdf", new Rule(Access.OWNER_STAFF_ADMIN,
                o -> Call.get("/api/attestations/" + attestation(o) + "/pdf")));
        t.put("POST /api/attestations/{number}/revocation", new Rule(Access.STAFF_ADMIN,
                o -> Call.post("/api/attestations/" + attestation(o) + "/revocation", Map.of("reason", "Erreur"))));
        t.put("GET /api/regulators/{regulator}/attestations", new Rule(Access.STAFF_ADMIN,
                o -> Call.get("/api/regulators/otpq/attestations")));
        t.put("POST /api/regulators/{regulator}/signing-keys", new Rule(Access.ADMIN,
                o -> Call.post("/api/regulators/otpq/signing-keys", Map.of())));
        t.put("POST /api/regulators/{regulator}/attestation-batches", new Rule(Access.STAFF_ADMIN,
                o -> Call.post("/api/regulators/otpq/attestation-batches", Map.of("periodId", "2022-2025"))));
        t.put("GET /api/attestation-batches/{batchId}", new Rule(Access.STAFF_ADMIN, o -> Call.get("/api/attestation-batches/" + failedBatch())));
        t.put("POST /api/attestation-batches/{batchId}/resumption", new Rule(Access.STAFF_ADMIN,
                o -> Call.post("/api/attestation-batches/" + failedBatch() + "/resumption", Map.of())));
        t.put("GET /api/attestation-batches/{batchId}/zip", new Rule(Access.STAFF_ADMIN,
                o -> Call.get("/api/attestation-batches/" + failedBatch() + "/zip")));
        t.put("GET /api/public/attestations/{number}", new Rule(Access.PUBLIC, o -> Call.get("/api/public/attestations/OTPQ-UNKNOWN")));
        t.put("POST /api/public/attestations/verification", new Rule(Access.PUBLIC,
                o -> Call.post("/api/public/attestations/verification", Map.of("code", "abc.def"))));
        t.put("GET /api/public/signing-keys", new Rule(Access.PUBLIC, o -> Call.get("/api/public/signing-keys")));
        t.put("GET /verify/{number}", new Rule(Access.PUBLIC, o -> Call.get("/verify/" + attestation(o))));
        t.put("POST /api/regulators/{regulator}/training/groups", new Rule(Access.OWNER, o -> {
            fmoqMember(o);
            return Call.post("/api/regulators/fmoq/training/groups", Map.of("name", "Groupe", "sizeOption", "petit",
                    "leaderProfession", "omnipraticien", "participants", List.of(Map.of("profession", "omnipraticien", "count", 5)),
                    "purchaseFormula", "abonnement", "termsAccepted", true));
        }));
        t.put("POST /api/training/groups/{groupId}/activities", new Rule(Access.OWNER,
                o -> Call.post("/api/training/groups/" + trainingGroup(o) + "/activities", Map.of("date", "2026-03-14",
                        "courses", List.of("FOL-2026-014")))));
        t.put("POST /api/training/activities/{activityId}/attendance", new Rule(Access.OWNER, o -> {
            long activity = api.post(o.login(), "/api/training/groups/" + trainingGroup(o) + "/activities", Map.of("date", "2026-03-14",
                    "courses", List.of("FOL-2026-014"))).body().get("id").asLong();
            String number = jdbc.sql("SELECT number FROM membership WHERE member_id = ? AND regulator = 'fmoq'").param(o.id())
                    .query(String.class).single();
            return Call.post("/api/training/activities/" + activity + "/attendance", Map.of("fmoqNumbers", List.of(number),
                    "dateConfirmed", true));
        }));
        t.put("POST /api/training/activities/{activityId}/evaluations", new Rule(Access.OWNER, o -> {
            long activity = api.post(o.login(), "/api/training/groups/" + trainingGroup(o) + "/activities", Map.of("date",
                    java.time.LocalDate.now().minusDays(1).toString(), "courses", List.of("FOL-2026-014"))).body().get("id").asLong();
            String number = jdbc.sql("SELECT number FROM membership WHERE member_id = ? AND regulator = 'fmoq'").param(o.id())
                    .query(String.class).single();
            api.post(o.login(), "/api/training/activities/" + activity + "/attendance", Map.of("fmoqNumbers", List.of(number),
                    "dateConfirmed", true));
            return Call.post("/api/training/activities/" + activity + "/evaluations", Map.of("rating", 4));
        }));
        t.put("POST /api/training/activities/{activityId}/validation", new Rule(Access.ADMIN, o -> {
            long activity = api.post(o.login(), "/api/training/groups/" + trainingGroup(o) + "/activities", Map.of("date",
                    java.time.LocalDate.now().minusDays(1).toString(), "courses", List.of("FOL-2026-014"))).body().get("id").asLong();
            String number = jdbc.sql("SELECT number FROM membership WHERE member_id = ? AND regulator = 'fmoq'").param(o.id())
                    .query(String.class).single();
            api.post(o.login(), "/api/training/activities/" + activity + "/attendance", Map.of("fmoqNumbers", List.of(number),
                    "dateConfirmed", true));
            for (String module : List.of("expose-1", "expose-2")) {
                api.post(o.login(), "/api/training/activities/" + activity + "/modules", Map.of("course", "FOL-2026-014", "module", module));
            }
            return Call.post("/api/training/activities/" + activity + "/validation", Map.of());
        }));
        t.put("GET /api/training/groups/{groupId}/activities", new Rule(Access.OWNER,
                o -> Call.get("/api/training/groups/" + trainingGroup(o) + "/activities")));
        t.put("GET /api/training/activities/{activityId}", new Rule(Access.OWNER_ADMIN,
                o -> Call.get("/api/training/activities/" + trainingActivity(o))));
        t.put("POST /api/training/activities/{activityId}/modules", new Rule(Access.OWNER,
                o -> Call.post("/api/training/activities/" + trainingActivity(o) + "/modules", Map.of("course", "FOL-2026-014",
                        "module", "expose-1"))));
        t.put("GET /api/training/activities/{activityId}/attendance", new Rule(Access.OWNER_ADMIN,
                o -> Call.get("/api/training/activities/" + attendedActivity(o) + "/attendance")));
        t.put("POST /api/training/activities/{activityId}/attendance/corrections", new Rule(Access.ADMIN, o -> {
            long activity = attendedActivity(o);
            Api.MemberLogin participant = fmoqMember(api.newMember());
            String added = jdbc.sql("SELECT number FROM membership WHERE member_id = ? AND regulator = 'fmoq'").param(participant.id())
                    .query(String.class).single();
            return Call.post("/api/training/activities/" + activity + "/attendance/corrections", Map.of("add", List.of(added),
                    "reason", "Oubli"));
        }));
        t.put("POST /api/training/activities/{activityId}/allowance-requests", new Rule(Access.OWNER,
                o -> Call.post("/api/training/activities/" + trainingActivity(o) + "/allowance-requests", Map.of("program", "annexXIX"))));
        t.put("GET /api/training/activities/{activityId}/allowance-requests", new Rule(Access.OWNER_ADMIN,
                o -> Call.get("/api/training/activities/" + trainingActivity(o) + "/allowance-requests")));
        t.put("GET /api/regulators/{regulator}/training/allowance-requests", new Rule(Access.ADMIN,
                o -> Call.get("/api/regulators/fmoq/training/allowance-requests")));
        t.put("POST /api/training/allowance-requests/{requestId}/decision", new Rule(Access.ADMIN,
                o -> Call.post("/api/training/allowance-requests/" + allowanceRequest(o) + "/decision", Map.of("approved", true))));
        t.put("POST /api/members/{memberId}/training/statement", new Rule(Access.OWNER_ADMIN,
                o -> {
                    // a credit as the federation's validation registers it
                    jdbc.sql("INSERT INTO training_credit (activity_id, member_id, regulator, course, title, hours, activity_date, credited_at)"
                            + " VALUES (?, ?, 'fmoq', 'FOL-2026-014', 'Santé mentale', 3, '2026-03-14', NOW())").params(attendedActivity(o), o.id())
                            .update();
                    return Call.post("/api/members/" + o.id() + "/training/statement", Map.of("periodId", "2026"));
                }));
        t.put("GET /api/members/{memberId}/training/credits", new Rule(Access.OWNER_STAFF_ADMIN,
                o -> Call.get("/api/members/" + o.id() + "/training/credits")));
        t.put("GET /api/regulators/{regulator}/training/courses", new Rule(Access.SIGNED_IN,
                o -> Call.get("/api/regulators/fmoq/training/courses?q=diab")));
        t.put("GET /api/regulators/{regulator}/training/groups", new Rule(Access.MEMBERS,
                o -> Call.get("/api/regulators/fmoq/training/groups")));
        t.put("POST /api/regulators/{regulator}/training/allowance-eligibility", new Rule(Access.SIGNED_IN,
                o -> Call.post("/api/regulators/fmoq/training/allowance-eligibility", Map.of("date", "2026-03-14",
                        "requestedOn", "2026-03-01", "blocks", List.of("09:00-12:00")))));
        t.put("POST /api/members/{memberId}/dashboards/{regulator}/{cycleId}/what-if", new Rule(Access.OWNER_STAFF_ADMIN,
                o -> Call.post("/api/members/" + o.id() + "/dashboards/otpq/2022-2025/what-if",
                        Map.of("activities", List.of(Map.of("category", "structured", "type", "course", "hours", 1))))));
        t.put("GET /api/members/{memberId}/dashboards/{regulator}/{cycleId}", new Rule(Access.OWNER_STAFF_ADMIN,
                o -> Call.get("/api/members/" + o.id() + "/dashboards/otpq/2022-2025")));
        t.put("POST /api/members/{memberId}/declarations", new Rule(Access.OWNER_STAFF_ADMIN,
                o -> Call.post("/api/members/" + o.id() + "/declarations", Api.declaration("structured", "course", 1))));
        t.put("GET /api/members/{memberId}/declarations", new Rule(Access.OWNER_STAFF_ADMIN,
                o -> Call.get("/api/members/" + o.id() + "/declarations")));
        t.put("GET /api/declarations/{declarationId}", new Rule(Access.OWNER_STAFF_ADMIN,
                o -> Call.get("/api/declarations/" + declaration(o))));
        t.put("POST /api/declarations/{declarationId}/cancellation", new Rule(Access.STAFF_ADMIN,
                o -> Call.post("/api/declarations/" + declaration(o) + "/cancellation", Map.of("reason", "Doublon"))));
        t.put("POST /api/declarations/{declarationId}/correction", new Rule(Access.STAFF_ADMIN,
                o -> Call.post("/api/declarations/" + declaration(o) + "/correction", correction())));
        t.put("POST /api/members/{memberId}/exemptions", new Rule(Access.OWNER_STAFF_ADMIN,
                o -> Call.post("/api/members/" + o.id() + "/exemptions", Map.of("regulator", "otpq", "cycleId", "2022-2025",
                        "motive", "illness", "motiveStart", "2023-01-01", "motiveEnd", "2023-03-01"))));
        t.put("GET /api/members/{memberId}/exemptions", new Rule(Access.OWNER_STAFF_ADMIN,
                o -> Call.get("/api/members/" + o.id() + "/exemptions")));
        t.put("GET /api/exemptions/{exemptionId}", new Rule(Access.OWNER_STAFF_ADMIN,
                o -> Call.get("/api/exemptions/" + draftExemption(o, false))));
        t.put("POST /api/exemptions/{exemptionId}/documents", new Rule(Access.OWNER_STAFF_ADMIN,
                o -> Call.upload("/api/exemptions/" + draftExemption(o, false) + "/documents")));
        t.put("GET /api/exemptions/{exemptionId}/documents/{documentId}", new Rule(Access.OWNER_STAFF_ADMIN, o -> {
            long id = draftExemption(o, true);
            return Call.get("/api/exemptions/" + id + "/documents/" + document(o, id));
        }));
        t.put("DELETE /api/exemptions/{exemptionId}/documents/{documentId}", new Rule(Access.OWNER_STAFF_ADMIN, o -> {
            long id = draftExemption(o, true);
            return Call.delete("/api/exemptions/" + id + "/documents/" + document(o, id));
        }));
        t.put("POST /api/exemptions/{exemptionId}/submission", new Rule(Access.OWNER_STAFF_ADMIN,
                o -> Call.post("/api/exemptions/" + draftExemption(o, true) + "/submission", Map.of("commitments", List.of(true, true)))));
        t.put("POST /api/exemptions/{exemptionId}/decision", new Rule(Access.STAFF_ADMIN,
                o -> Call.post("/api/exemptions/" + submittedExemption(o) + "/decision", Map.of("outcome", "VALIDATED", "hoursGranted", 5))));
        t.put("GET /api/regulators/{regulator}/exemptions", new Rule(Access.STAFF_ADMIN,
                o -> Call.get("/api/regulators/otpq/exemptions")));
        return t;
    }

    @Test
    void everyOperationOfTheServiceIsInTheTableAndEveryLineOfTheTableIsAnOperation() {
        JsonNode paths = api.get(Api.admin(), "/v3/api-docs").body().get("paths");
        Set<String> served = new TreeSet<>();
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method ->
                served.add(method.toUpperCase() + " " + path.getKey())));
        // ClinicAuthorizationIntegrationTests walks these, and the agenda feeds' public address
        served.removeIf(operation -> operation.contains(" /api/clinic/") || operation.contains(" /api/public/agenda-feeds/"));
        assertThat(served).as("operations served").isEqualTo(new TreeSet<>(table().keySet()));
    }

    /** The contract tells clients which operations need no login (security: []), and so drops their 401, 403 and 429. */
    @Test
    void theContractOpensToAnyoneExactlyTheOperationsThatNeedNoLogin() {
        JsonNode paths = api.get(Api.admin(), "/v3/api-docs").body().get("paths");
        Set<String> open = new TreeSet<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            JsonNode security = operation.getValue().path("security");
            if (security.isArray() && security.isEmpty()) {
                open.add(operation.getKey().toUpperCase() + " " + path.getKey());
            }
        }));
        // ClinicAuthorizationIntegrationTests checks these: the agenda feeds' public address and the LCGA's sign-in (R255)
        open.removeIf(operation -> operation.contains(" /api/public/agenda-feeds/") || operation.equals("POST /api/clinic/lcga-sessions"));
        Set<String> needNoLogin = new TreeSet<>();
        table().forEach((operation, rule) -> {
            if (rule.access() == Access.PUBLIC) {
                needNoLogin.add(operation);
            }
        });
        assertThat(open).isEqualTo(needNoLogin).isNotEmpty();
    }

    @Test
    void everyOperationAnswersEachCallerAsTheTableSays() {
        List<String> wrong = new ArrayList<>();
        table().forEach((operation, rule) -> {
            for (Caller caller : Caller.values()) {
                Api.MemberLogin owner = api.newMember();
                Call call = rule.call().apply(owner);
                int status = send(call, login(caller, owner)).status();
                boolean allowed = status >= 200 && status < 300;
                int expectedRefusal = caller == Caller.ANONYMOUS || caller == Caller.WRONG_PASSWORD ? 401 : 403;
                if (rule.access().allowed.contains(caller) ? !allowed : status != expectedRefusal) {
                    wrong.add(operation + " as " + caller + ": got " + status + ", expected "
                            + (rule.access().allowed.contains(caller) ? "2xx" : expectedRefusal));
                }
            }
        });
        assertThat(wrong).isEmpty();
    }


    /**
     * No malformed value gets a 5xx, and every refusal is a problem naming a field: each operation, by a caller allowed to call
     * it, with the bounded set of {@link Fuzz} variants of its body, path, query parameters and upload, and with the ids of
     * another member's call in its path.
     */
    @Test
    void noOperationAnswers5xxToMalformedValuesAndEveryRefusalNamesAField() {
        JsonNode paths = api.get(Api.admin(), "/v3/api-docs").body().get("paths");
        Fuzz.Report report = new Fuzz.Report((path, answer) ->
                // the public lookup answers an unknown number with its status, as the verification page does with its own
                path.startsWith("/api/public/attestations/") && answer.text("/status").equals("UNKNOWN")
                        || path.startsWith("/verify/") && String.valueOf(answer.headers().get("content-type")).contains("text/html")
                        // the reset page answers a browser with the page again, saying what to correct
                        || path.startsWith("/password-reset/") && String.valueOf(answer.headers().get("content-type")).contains("text/html")
                        // any name may be locked, one with no account too: lifting a lock that does not exist is done already
                        || path.startsWith("/api/sign-in-locks/") && answer.status() == 204);
        table().forEach((operation, rule) -> {
            String[] methodAndPath = operation.split(" ", 2);
            JsonNode spec = paths.path(methodAndPath[1]).path(methodAndPath[0].toLowerCase());
            Caller caller = allowedCaller(rule);
            Api.MemberLogin owner = api.newMember();
            Call call = rule.call().apply(owner);
            Api.Login login = login(caller, owner);
            String who = operation + " as " + caller;
            if (call.body() != null && Fuzz.readsJson(spec)) {
                for (Fuzz.Variant variant : Fuzz.bodies(call.body())) {
                    report.check(who, call.path(), variant, api.raw(login, call.method(), call.path(), variant.value()));
                }
            }
            if (call.upload() != null) {
                for (var upload : Fuzz.uploads()) {
                    report.check(who, call.path(), upload.getKey(),
                            api.postBytes(login, call.path(), upload.getValue(), Fuzz.bytes(upload.getKey().value())));
                }
            }
            List<Fuzz.Variant> variants = new ArrayList<>(Fuzz.pathsAndQueries(methodAndPath[1], call.path(), spec));
            if (caller == Caller.OWNER) {
                variants.addAll(Fuzz.foreignIds(call.path(), rule.call().apply(api.newMember()).path()));
            }
            for (Fuzz.Variant variant : variants) {
                report.check(who, call.path(), variant,
                        send(api, new Call(call.method(), variant.value(), call.body(), call.upload(), call.raw(), call.rawType()), login));
            }
        });
        assertThat(report.sent()).as("malformed requests sent").isGreaterThan(1000);
        assertThat(report.wrong()).isEmpty();
    }

    @Test
    void healthAndTheApiDocumentationAreOpenAndNothingElseIs() {
        assertThat(api.get(null, "/actuator/health").status()).isEqualTo(200);
        assertThat(api.get(null, "/v3/api-docs").body().get("paths").size()).isGreaterThan(100);
        assertThat(api.get(null, "/swagger-ui.html").status()).isLessThan(400);
        assertThat(api.raw(null, "POST", "/v3/api-docs", "{}").status()).isIn(401, 403, 405);
        assertThat(api.get(null, "/api/regulators/otpq/catalogue").status()).isEqualTo(401);
    }

    /** The caller a walk sends an operation as: its owner when they may, else the regulator's staff, else the administrator. */
    static Caller allowedCaller(Rule rule) {
        Set<Caller> allowed = rule.access().allowed;
        return allowed.contains(Caller.OWNER) ? Caller.OWNER : allowed.contains(Caller.STAFF) ? Caller.STAFF : Caller.ADMIN;
    }

    Api.Login login(Caller caller, Api.MemberLogin owner) {
        return switch (caller) {
            case ANONYMOUS -> null;
            case WRONG_PASSWORD -> new Api.Login(owner.login().username(), "not-the-password");
            case OWNER -> owner.login();
            case OTHER_MEMBER -> otherMember.login();
            case STAFF -> staff;
            case OTHER_REGULATOR_STAFF -> otherRegulatorStaff;
            case ADMIN -> Api.admin();
            case CLINIC_USER -> clinicUser;
        };
    }

    private Api.Response send(Call call, Api.Login login) {
        return send(api, call, login);
    }

    /** A call as the table gives it (a ZIP, an upload or a JSON body), through the client given (with its headers). */
    static Api.Response send(Api api, Call call, Api.Login login) {
        if (call.raw() != null) {
            return api.postBytes(login, call.path(), call.rawType(), call.raw());
        }
        if (call.upload() != null) {
            return api.upload(login, call.path(), "certificat.pdf", "application/pdf", call.upload());
        }
        return switch (call.method()) {
            case "GET" -> api.get(login, call.path());
            case "DELETE" -> api.delete(login, call.path());
            case "PUT" -> api.put(login, call.path(), call.body());
            case "PATCH" -> api.patch(login, call.path(), call.body());
            default -> api.post(login, call.path(), call.body());
        };
    }
}
