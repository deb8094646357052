package org.vigie.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.vigie.support.Api;
import org.vigie.support.ApiTest;
import org.vigie.support.Together;

/** The CNP pathway through the API: a physician's registration, actions, summary, validation request, the CNP's decision. */
class PathwayApiIntegrationTests extends ApiTest {
    static final String CARDIO = "cnp-cardiologie";
    static final String PNEUMO = "cnp-pneumologie";

    record Physician(long id, Api.Login login, String rpps) {
    }

    Physician register(String cnp) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String rpps = rpps();
        var created = api.post(null, "/api/physicians", body(unique, rpps, cnp));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return new Physician(created.body().get("id").asLong(), new Api.Login("dr-" + unique + "@example.org", Api.PASSWORD), rpps);
    }

    static Map<String, Object> body(String unique, String rpps, String cnp) {
        Map<String, Object> body = new HashMap<>();
        body.put("lastName", "Martin");
        body.put("firstName", "Claire");
        body.put("email", "dr-" + unique + "@example.org");
        body.put("password", Api.PASSWORD);
        body.put("rpps", rpps);
        body.put("mainStructure", "Hôpital Saint-Louis");
        body.put("practiceMode", "Hospitalier");
        body.put("mobilePhone", "06 12 34 56 78");
        body.put("cnp", cnp);
        return body;
    }

    static String rpps() {
        return String.valueOf(10_000_000_000L + (long) (Math.random() * 89_999_999_999L));
    }

    String pathway(Physician physician, String cnp, String period) {
        return "/api/physicians/" + physician.id() + "/pathways/" + cnp + "/" + period;
    }

    Api.Response add(Physician physician, String cnp, String period, String action, String date) {
        return api.post(physician.login(), pathway(physician, cnp, period) + "/actions",
                Map.of("action", action, "date", date, "complement", "Session de " + date));
    }

    @Test
    void aPhysicianRegistersThemselfLogsInAndAddsASecondCnp() {
        Physician physician = register(CARDIO);

        var me = api.get(physician.login(), "/api/physicians/" + physician.id());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("/rpps")).isEqualTo(physician.rpps());
        assertThat(me.text("/mainStructure")).isEqualTo("Hôpital Saint-Louis");
        assertThat(me.text("/cnps/0/cnp")).isEqualTo(CARDIO);
        assertThat(me.text("/cnps/0/documents/0/label")).isEqualTo("Consulter le site internet du CNP");
        assertThat(me.body().at("/cnps/0/periods").toString()).contains("2020-2022", "2023-2025");

        assertThat(me.text("/email")).isNotBlank();
        var seenByTheCnp = api.get(api.newStaff(CARDIO), "/api/physicians/" + physician.id());
        assertThat(seenByTheCnp.status()).isEqualTo(200);
        assertThat(seenByTheCnp.text("/lastName")).isEqualTo(me.text("/lastName"));
        assertThat(seenByTheCnp.text("/rpps")).as("printed on the attestation the CNP issues").isEqualTo(physician.rpps());
        assertThat(seenByTheCnp.body().has("email")).as("how to reach the physician is not the CNP's to read").isFalse();
        assertThat(seenByTheCnp.body().has("mobilePhone")).isFalse();

        var added = api.post(physician.login(), "/api/physicians/" + physician.id() + "/cnps", Map.of("cnp", PNEUMO));
        assertThat(added.status()).as(added.raw()).isEqualTo(200);
        assertThat(added.body().get("cnps")).extracting(c -> c.get("cnp").asText()).containsExactly(CARDIO, PNEUMO);
        assertThat(api.post(physician.login(), "/api/physicians/" + physician.id() + "/cnps", Map.of("cnp", PNEUMO)).status())
                .isEqualTo(409);

        var updated = api.put(physician.login(), "/api/physicians/" + physician.id() + "/profile", Map.of("lastName", "Martin-Roy",
                "firstName", "Claire", "rpps", physician.rpps(), "mainStructure", "Cabinet du Parc"));
        assertThat(updated.status()).as(updated.raw()).isEqualTo(200);
        assertThat(updated.text("/lastName")).isEqualTo("Martin-Roy");
        assertThat(updated.text("/mainStructure")).isEqualTo("Cabinet du Parc");
    }

    @Test
    void registrationRefusesAMalformedRppsATakenEMailAndAnUnknownCnpAndKeepsNothing() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        long members = count("member", "1 = 1");

        var badRpps = api.post(null, "/api/physicians", body(unique, "1234567891", CARDIO));
        assertThat(badRpps.status()).isEqualTo(400);
        assertThat(badRpps.text("/errors/0/field")).isEqualTo("rpps");
        assertThat(badRpps.text("/errors/0/message")).contains("11 chiffres");
        var letters = api.post(null, "/api/physicians", body(unique, "1234567891A", CARDIO));
        assertThat(letters.text("/errors/0/field")).isEqualTo("rpps");

        var unknownCnp = api.post(null, "/api/physicians", body(unique, rpps(), "cnp-inconnu"));
        assertThat(unknownCnp.status()).isEqualTo(400);
        assertThat(unknownCnp.text("/errors/0/field")).isEqualTo("cnp");
        var notACnp = api.post(null, "/api/physicians", body(unique, rpps(), "otpq"));
        assertThat(notACnp.text("/errors/0/field")).isEqualTo("cnp");
        assertThat(count("member", "1 = 1")).isEqualTo(members);

        Physician first = register(CARDIO);
        var sameEmail = api.post(null, "/api/physicians", body(first.login().username().substring(3, 11), rpps(), CARDIO));
        assertThat(sameEmail.status()).isEqualTo(409);
        var sameRpps = api.post(null, "/api/physicians", body(UUID.randomUUID().toString().substring(0, 8), first.rpps(), CARDIO));
        assertThat(sameRpps.status()).isEqualTo(409);
        assertThat(count("member", "1 = 1")).isEqualTo(members + 1);
    }

    @Test
    void typingTheFirstLettersFindsTheActionsWithAWordStartingThatWay() {
        Physician physician = register(CARDIO);
        var found = api.get(physician.login(), "/api/regulators/" + CARDIO + "/actions?q=for");
        assertThat(found.body()).extracting(a -> a.get("label").asText())
                .containsExactly("Formation", "Formation en ligne, elearning", "Formation ODPC");
        var accents = api.get(physician.login(), "/api/regulators/" + CARDIO + "/actions?q=evene");
        assertThat(accents.body()).extracting(a -> a.get("label").asText())
                .containsExactly("Déclaration et gestion évènements porteur de risques");
        assertThat(api.get(physician.login(), "/api/regulators/" + CARDIO + "/actions").body().size()).isEqualTo(12);
        var du = api.get(physician.login(), "/api/regulators/" + CARDIO + "/actions?q=du").body().get(0);
        assertThat(du.get("categories").toString()).isEqualTo("[\"fo\",\"ap\"]");
    }

    // ---- the three examples of the seed ------------------------------------------------------------------------------

    @Test
    void example1_threeActionsOfChoiceWithRmmAndTrainingDoneOneIsMissing() {
        Physician physician = register(CARDIO);
        add(physician, CARDIO, "2020-2022", "rmm", "2021-03-04");
        var summary = add(physician, CARDIO, "2020-2022", "formation", "2021-06-10");

        assertThat(summary.status()).as(summary.raw()).isEqualTo(201);
        assertThat(summary.text("/summary")).isEqualTo("Pour que votre parcours soit validable il manque 1/3 actions sur l'ensemble.");
        assertThat(summary.text("/requirements")).isEqualTo("Au moins 3 actions au choix du médecin sur la période triennale.");
        assertThat(summary.body().get("validable").asBoolean()).isFalse();
        assertThat(summary.body().get("actions")).extracting(a -> a.get("label").asText() + " " + a.get("categories"))
                .containsExactly("Participation RMM [\"ap\"]", "Formation [\"fo\"]");
    }

    @Test
    void example2_fourActionsOfWhichTwoTrainingWithRmmAndTrainingDoneTrainingAndActionsAreMissing() {
        Physician physician = register(PNEUMO);
        add(physician, PNEUMO, "2023-2025", "rmm", "2023-03-04");
        var summary = add(physician, PNEUMO, "2023-2025", "formation", "2023-06-10");

        assertThat(summary.text("/summary"))
                .isEqualTo("Pour que votre parcours soit validable il manque 1/2 formation et 2/4 actions sur l'ensemble.");
        assertThat(summary.body().get("gaps")).extracting(g -> g.get("requirement").asText() + " " + g.get("missing") + "/" + g.get("required"))
                .containsExactlyInAnyOrder("fo 1/2", "total 2/4");
    }

    @Test
    void example3_threeActionsOfWhichOneTrainingWithCongressDuAndAccreditationThePathwayCanBeValidated() {
        Physician physician = register(CARDIO);
        add(physician, CARDIO, "2023-2025", "congres", "2023-09-20");
        add(physician, CARDIO, "2023-2025", "du", "2024-06-30");
        var summary = add(physician, CARDIO, "2023-2025", "accreditation", "2024-11-02");

        assertThat(summary.text("/summary")).isEqualTo("Les actions incluses dans votre parcours permettent dès maintenant de le valider");
        assertThat(summary.body().get("validable").asBoolean()).isTrue();
        assertThat(summary.body().at("/actions/1/categories").toString()).as("the DU counts twice").isEqualTo("[\"fo\",\"ap\"]");
        assertThat(summary.text("/ruleSet/version")).isEqualTo("2026.4");
    }

    @Test
    void theSummaryReadsInEnglishWhenThePhysicianAsksForIt() {
        Physician physician = register(PNEUMO);
        String path = pathway(physician, PNEUMO, "2023-2025");
        Map<String, String> english = Map.of("Accept-Language", "en-GB,en;q=0.8");
        var tooEarly = api.post(physician.login(), path + "/validation-request", Map.of("certified", true), english);
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.text("/detail")).isEqualTo("For your pathway to be validated, you still need 2/2 training and 4/4 actions overall.");
        add(physician, PNEUMO, "2023-2025", "rmm", "2023-03-04");
        add(physician, PNEUMO, "2023-2025", "formation", "2023-06-10");

        var summary = api.get(physician.login(), path, english);

        assertThat(summary.status()).as(summary.raw()).isEqualTo(200);
        assertThat(summary.text("/summary")).isEqualTo("For your pathway to be validated, you still need 1/2 training and 2/4 actions overall.");
        assertThat(summary.text("/requirements"))
                .isEqualTo("At least 4 actions of the physician's choice over the triennial period, including at least 2 training actions.");
        assertThat(summary.text("/certification")).startsWith("I certify on my honour");
        assertThat(summary.body().get("categories")).extracting(c -> c.get("label").asText()).contains("training", "practice analysis");
        var simulated = api.post(physician.login(), path + "/what-if", Map.of("actions", List.of("formation", "congres")), english);
        assertThat(simulated.text("/summary")).isEqualTo("The actions in your pathway are enough to have it validated now");
        assertThat(api.get(physician.login(), path).text("/summary")).as("French without Accept-Language")
                .isEqualTo("Pour que votre parcours soit validable il manque 1/2 formation et 2/4 actions sur l'ensemble.");
    }

    @Test
    void whatIfShowsTheSentenceWithActionsNotYetRecordedAndSavesNothing() {
        Physician physician = register(PNEUMO);
        add(physician, PNEUMO, "2023-2025", "rmm", "2023-03-04");
        String path = pathway(physician, PNEUMO, "2023-2025") + "/what-if";

        var simulated = api.post(physician.login(), path, Map.of("actions", List.of("formation", "formation-odpc", "congres")));

        assertThat(simulated.status()).as(simulated.raw()).isEqualTo(200);
        assertThat(simulated.text("/summary")).isEqualTo("Les actions incluses dans votre parcours permettent dès maintenant de le valider");
        assertThat(simulated.body().get("actions").size()).isEqualTo(4);
        assertThat(api.get(physician.login(), pathway(physician, PNEUMO, "2023-2025")).text("/summary"))
                .isEqualTo("Pour que votre parcours soit validable il manque 2/2 formation et 3/4 actions sur l'ensemble.");
        var unknown = api.post(physician.login(), path, Map.of("actions", List.of("formation", "jardinage")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text("/errors/0/field")).isEqualTo("actions[1]");
        assertThat(count("pathway_action a JOIN pathway p ON p.id = a.pathway_id", "p.member_id = ?", physician.id())).isEqualTo(1);
    }

    @Test
    void aProofLargerThanTheLimitIsRefused() {
        Physician physician = register(CARDIO);
        long action = add(physician, CARDIO, "2023-2025", "formation", "2023-03-04").body().at("/actions/0/id").asLong();
        byte[] large = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.4".getBytes(), 0, large, 0, 8);

        var refused = api.upload(physician.login(), "/api/pathway-actions/" + action + "/proof", "gros.pdf", "application/pdf", large);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.text("/errors/0/field")).isEqualTo("file");
        assertThat(count("pathway_proof", "action_id = ?", action)).isZero();
    }

    // ---- validation request and the CNP's decision -------------------------------------------------------------------

    @Test
    void theValidationRequestNeedsTheMinimumsAndTheCertificationThenFixesTheActions() {
        Physician physician = register(CARDIO);
        String path = pathway(physician, CARDIO, "2023-2025");
        var tooEarly = api.post(physician.login(), path + "/validation-request", Map.of("certified", true));
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.text("/detail")).isEqualTo("Pour que votre parcours soit validable il manque 1/1 formation et 3/3 actions sur l'ensemble.");
        add(physician, CARDIO, "2023-2025", "rmm", "2023-03-04");
        add(physician, CARDIO, "2023-2025", "registre", "2023-04-04");
        var missingTraining = api.post(physician.login(), path + "/validation-request", Map.of("certified", true));
        assertThat(missingTraining.status()).isEqualTo(409);
        assertThat(missingTraining.text("/detail")).isEqualTo("Pour que votre parcours soit validable il manque 1/1 formation et 1/3 actions sur l'ensemble.");
        long action = add(physician, CARDIO, "2023-2025", "formation", "2023-05-04").body().at("/actions/2/id").asLong();

        var notCertified = api.post(physician.login(), path + "/validation-request", Map.of("certified", false));
        assertThat(notCertified.status()).isEqualTo(400);
        assertThat(notCertified.text("/errors/0/field")).isEqualTo("certified");
        assertThat(notCertified.text("/errors/0/message")).contains("je certifie sur l'honneur que j'ai effectivement participé");
        assertThat(api.get(physician.login(), path).text("/state")).isEqualTo("OPEN");

        var requested = api.post(physician.login(), path + "/validation-request", Map.of("certified", true));
        assertThat(requested.status()).as(requested.raw()).isEqualTo(200);
        assertThat(requested.text("/state")).isEqualTo("REQUESTED");
        assertThat(requested.text("/decision/requestedAt")).isNotEmpty();

        assertThat(add(physician, CARDIO, "2023-2025", "congres", "2023-06-04").status()).isEqualTo(409);
        assertThat(api.put(physician.login(), "/api/pathway-actions/" + action, Map.of("action", "seminaires", "date", "2023-05-04"))
                .status()).isEqualTo(409);
        assertThat(api.delete(physician.login(), "/api/pathway-actions/" + action).status()).isEqualTo(409);
        assertThat(api.upload(physician.login(), "/api/pathway-actions/" + action + "/proof", "p.pdf", "application/pdf",
                "%PDF-1.4\n%%EOF".getBytes()).status()).isEqualTo(409);
        var again = api.post(physician.login(), path + "/validation-request", Map.of("certified", true));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("/detail")).as("the instant in the council's local time (Paris), as people write it, never UTC's ISO form")
                .matches("La validation de ce parcours a déjà été demandée le \\d{1,2}(er)? \\p{L}+ 20\\d\\d à \\d{1,2} h \\d\\d\\.")
                .contains(org.vigie.web.Wording.of("fr", java.time.ZoneId.of("Europe/Paris")).date(
                        java.time.Instant.parse(requested.text("/decision/requestedAt")).atZone(java.time.ZoneId.of("Europe/Paris")).toLocalDate()));
        assertThat(count("pathway_action a JOIN pathway p ON p.id = a.pathway_id", "p.member_id = ?", physician.id())).isEqualTo(3);
        assertThat(api.get(physician.login(), path).text("/actions/2/action")).isEqualTo("formation");
    }

    @Test
    void twoValidationRequestsAtOnceMakeOneRequest() throws Exception {
        Physician physician = register(CARDIO);
        String path = pathway(physician, CARDIO, "2023-2025");
        add(physician, CARDIO, "2023-2025", "congres", "2023-09-20");
        add(physician, CARDIO, "2023-2025", "du", "2024-06-30");
        add(physician, CARDIO, "2023-2025", "accreditation", "2024-11-02");

        List<Api.Response> answers = Together.run(List.of(
                () -> api.post(physician.login(), path + "/validation-request", Map.of("certified", true)),
                () -> api.post(physician.login(), path + "/validation-request", Map.of("certified", true)),
                () -> add(physician, CARDIO, "2023-2025", "seminaires", "2024-01-15")));

        assertThat(answers.subList(0, 2)).extracting(Api.Response::status).containsExactlyInAnyOrder(200, 409);
        long actions = count("pathway_action a JOIN pathway p ON p.id = a.pathway_id", "p.member_id = ?", physician.id());
        if (answers.get(2).status() == 201) {
            assertThat(actions).as("the action came before the request").isEqualTo(4);
        } else {
            assertThat(answers.get(2).status()).isEqualTo(409);
            assertThat(actions).isEqualTo(3);
        }
        assertThat(api.get(physician.login(), path).text("/state")).isEqualTo("REQUESTED");
    }

    @Test
    void theCnpRefusesWithAReasonThePhysicianCompletesAndTheCnpValidatesKeepingWhatTheAttestationNeeds() {
        Physician physician = register(CARDIO);
        String path = pathway(physician, CARDIO, "2023-2025");
        add(physician, CARDIO, "2023-2025", "congres", "2023-09-20");
        add(physician, CARDIO, "2023-2025", "du", "2024-06-30");
        add(physician, CARDIO, "2023-2025", "accreditation", "2024-11-02");
        long pathwayId = api.post(physician.login(), path + "/validation-request", Map.of("certified", true)).body().get("pathwayId").asLong();
        Api.Login cnpStaff = api.newStaff(CARDIO);
        Api.Login otherCnp = api.newStaff(PNEUMO);

        var pending = api.get(cnpStaff, "/api/regulators/" + CARDIO + "/validation-requests?size=200");
        assertThat(pending.body().get("items")).anySatisfy(p -> {
            assertThat(p.get("pathwayId").asLong()).isEqualTo(pathwayId);
            assertThat(p.get("rpps").asText()).isEqualTo(physician.rpps());
            assertThat(p.get("actions").asInt()).isEqualTo(3);
        });
        assertThat(api.get(otherCnp, "/api/regulators/" + CARDIO + "/validation-requests").status()).isEqualTo(403);
        assertThat(api.get(otherCnp, path).status()).as("another CNP's staff do not see this pathway").isEqualTo(403);
        assertThat(api.post(otherCnp, "/api/pathways/" + pathwayId + "/decision", Map.of("outcome", "VALIDATED")).status()).isEqualTo(403);

        var noReason = api.post(cnpStaff, "/api/pathways/" + pathwayId + "/decision", Map.of("outcome", "REFUSED"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.text("/errors/0/field")).isEqualTo("reason");
        var refused = api.post(cnpStaff, "/api/pathways/" + pathwayId + "/decision",
                Map.of("outcome", "REFUSED", "reason", "Joignez l'attestation du DU."));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(200);
        assertThat(refused.text("/state")).isEqualTo("REFUSED");
        assertThat(count("outbox_message", "recipient = ? AND subject = ?", physician.login().username(),
                "Votre demande de validation de parcours a été refusée")).isEqualTo(1);

        long du = api.get(physician.login(), path).body().at("/actions/1/id").asLong();
        var proof = api.upload(physician.login(), "/api/pathway-actions/" + du + "/proof", "du.pdf", "application/pdf",
                "%PDF-1.4\n%%EOF".getBytes());
        assertThat(proof.status()).as("a refused pathway can be completed").isEqualTo(201);
        assertThat(proof.text("/actions/1/proof/filename")).isEqualTo("du.pdf");
        assertThat(api.post(physician.login(), path + "/validation-request", Map.of("certified", true)).status()).isEqualTo(200);

        var validated = api.post(cnpStaff, "/api/pathways/" + pathwayId + "/decision", Map.of("outcome", "VALIDATED"));
        assertThat(validated.status()).isEqualTo(200);
        assertThat(validated.text("/state")).isEqualTo("VALIDATED");
        assertThat(validated.text("/holderName")).isEqualTo("Claire Martin");
        assertThat(validated.text("/holderStructure")).isEqualTo("Hôpital Saint-Louis");
        assertThat(validated.text("/holderRpps")).isEqualTo(physician.rpps());
        assertThat(validated.text("/decidedAt")).isNotEmpty();
        assertThat(count("outbox_message", "recipient = ? AND subject = ?", physician.login().username(),
                "Votre parcours de DPC a été validé")).isEqualTo(1);
        assertThat(api.post(cnpStaff, "/api/pathways/" + pathwayId + "/decision", Map.of("outcome", "VALIDATED")).status()).isEqualTo(409);
        assertThat(add(physician, CARDIO, "2023-2025", "seminaires", "2024-01-15").status()).as("period already validated").isEqualTo(409);
    }

    // ---- bad input and privacy ---------------------------------------------------------------------------------------

    @Test
    void anUnknownActionAnActionOfAnotherCnpADateOutsideThePeriodOrABadProofAreRefusedAndNothingIsSaved() {
        Physician physician = register(CARDIO);
        String path = pathway(physician, CARDIO, "2023-2025");

        var unknown = add(physician, CARDIO, "2023-2025", "jardinage", "2023-03-04");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text("/errors/0/field")).isEqualTo("action");
        var otherCnps = add(physician, CARDIO, "2023-2025", "rehabilitation-respiratoire", "2023-03-04");
        assertThat(otherCnps.text("/errors/0/field")).as("an action of the pneumology CNP's catalogue").isEqualTo("action");
        var outside = add(physician, CARDIO, "2023-2025", "formation", "2022-12-31");
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.text("/errors/0/field")).isEqualTo("date");
        assertThat(outside.text("/errors/0/message")).contains("2023-2025");
        assertThat(api.post(physician.login(), path + "/actions", Map.of("action", "formation", "date", "le 4 mars")).status()).isEqualTo(400);
        assertThat(api.get(physician.login(), pathway(physician, PNEUMO, "2023-2025")).status()).as("a CNP not followed").isEqualTo(404);
        assertThat(api.get(physician.login(), pathway(physician, CARDIO, "2019-2021")).status()).isEqualTo(404);
        assertThat(count("pathway_action a JOIN pathway p ON p.id = a.pathway_id", "p.member_id = ?", physician.id())).isZero();

        long action = add(physician, CARDIO, "2023-2025", "formation", "2023-03-04").body().at("/actions/0/id").asLong();
        var gif = api.upload(physician.login(), "/api/pathway-actions/" + action + "/proof", "preuve.pdf", "application/pdf",
                "GIF89a....".getBytes());
        assertThat(gif.status()).isEqualTo(400);
        assertThat(gif.text("/errors/0/field")).isEqualTo("file");
        assertThat(count("pathway_proof", "action_id = ?", action)).isZero();

        Physician other = register(CARDIO);
        assertThat(api.get(other.login(), path).status()).as("another physician's pathway").isEqualTo(403);
        assertThat(api.delete(other.login(), "/api/pathway-actions/" + action).status()).isEqualTo(403);
        assertThat(api.get(other.login(), "/api/physicians/" + physician.id()).status()).isEqualTo(403);
    }

    @Test
    void theExportIsAWorkbookWithTheActionsTheirCategoriesDatesProofsAndTheState() throws Exception {
        Physician physician = register(CARDIO);
        add(physician, CARDIO, "2023-2025", "congres", "2023-09-20");
        long du = add(physician, CARDIO, "2023-2025", "du", "2024-06-30").body().at("/actions/1/id").asLong();
        api.upload(physician.login(), "/api/pathway-actions/" + du + "/proof", "diplome.pdf", "application/pdf", "%PDF-1.4\n%%EOF".getBytes());

        var export = api.getBytes(physician.login(), pathway(physician, CARDIO, "2023-2025") + "/export");

        assertThat(export.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.bytes()))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(cell.getStringCellValue()));
                rows.add(String.join("|", cells));
            }
            assertThat(rows).contains("RPPS|" + physician.rpps(), "État|En cours de saisie",
                    "Période|2023-2025 (du 1er janvier 2023 au 31 décembre 2025)",
                    "Où en est le parcours|Pour que votre parcours soit validable il manque 1/3 actions sur l'ensemble.",
                    "Action|Complément|Date|fo|ap|gr|pi|Preuve|Description de la preuve",
                    "Congrès|Session de 2023-09-20|2023-09-20|x|||||",
                    "DU|Session de 2024-06-30|2024-06-30|x|x|||diplome.pdf|");
        }
    }

    @Test
    void aForgottenPasswordIsResetThroughTheEMailedLinkOnce() {
        Physician physician = register(CARDIO);
        assertThat(api.post(null, "/api/password-resets", Map.of("email", "personne-" + UUID.randomUUID() + "@example.org")).status())
                .as("the same answer for an unknown e-mail").isEqualTo(202);
        assertThat(api.post(null, "/api/password-resets", Map.of("email", physician.login().username())).status()).isEqualTo(202);
        String mail = jdbc.sql("SELECT body FROM outbox_message WHERE recipient = ? AND subject LIKE 'Réinitialisation%'")
                .param(physician.login().username()).query(String.class).single();
        String token = mail.replaceAll("(?s).*/password-reset/([A-Za-z0-9_-]+).*", "$1");
        assertThat(api.get(physician.login(), "/api/me").status()).isEqualTo(200);

        var reset = api.post(null, "/api/password-resets/" + token, Map.of("password", "un-nouveau-mot-de-passe"));
        assertThat(reset.status()).as(reset.raw()).isEqualTo(204);

        assertThat(api.get(physician.login(), "/api/me").status()).as("the old password").isEqualTo(401);
        assertThat(api.get(new Api.Login(physician.login().username(), "un-nouveau-mot-de-passe"), "/api/me").status()).isEqualTo(200);
        var again = api.post(null, "/api/password-resets/" + token, Map.of("password", "encore-un-autre"));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.text("/errors/0/field")).isEqualTo("token");
        assertThat(api.post(null, "/api/password-resets/" + token + "x", Map.of("password", "court")).text("/errors/0/field"))
                .isEqualTo("password");
    }

}
