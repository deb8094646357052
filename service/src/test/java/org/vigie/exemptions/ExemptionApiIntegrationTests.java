package org.vigie.exemptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.vigie.support.Api;
import org.vigie.support.ApiTest;
import org.vigie.support.TestMail;

class ExemptionApiIntegrationTests extends ApiTest {
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes();
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    static Map<String, Object> request(String motive) {
        Map<String, Object> r = new HashMap<>();
        r.put("regulator", "otpq");
        r.put("cycleId", "2022-2025");
        r.put("motive", motive);
        r.put("motiveStart", "2023-01-01");
        r.put("motiveEnd", "2023-06-30");
        r.put("complement", "Congé de maternité");
        return r;
    }

    private long draft(Api.MemberLogin member, Map<String, Object> request) {
        var created = api.post(member.login(), "/api/members/" + member.id() + "/exemptions", request);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.text("/statusLabel")).isEqualTo("Brouillon");
        return created.body().get("id").asLong();
    }

    private long submitted(Api.MemberLogin member) {
        long id = draft(member, request("parental-leave"));
        api.upload(member.login(), "/api/exemptions/" + id + "/documents", "certificat.pdf", "application/pdf", PDF);
        var submitted = api.post(member.login(), "/api/exemptions/" + id + "/submission", Map.of("commitments", List.of(true, true)));
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(200);
        return id;
    }

    @Test
    void seedExampleFiveHourExemptionGivesRequired25Structured12AndAHalfEthics1AndMailsTheMember() throws Exception {
        var member = api.newMember();
        long id = submitted(member);
        assertThat(api.get(member.login(), "/api/exemptions/" + id).text("/statusLabel")).isEqualTo("En traitement");
        int mailsBefore = TestMail.server().getReceivedMessages().length;

        var staff = api.newStaff("otpq");
        var decided = api.post(staff, "/api/exemptions/" + id + "/decision", Map.of("outcome", "VALIDATED", "hoursGranted", 5));

        assertThat(decided.status()).as(decided.raw()).isEqualTo(200);
        assertThat(decided.text("/statusLabel")).isEqualTo("Validée");
        assertThat(decided.text("/decidedBy")).isEqualTo(staff.username());
        var dashboard = api.get(member.login(), "/api/members/" + member.id() + "/dashboards/otpq/2022-2025");
        assertThat(dashboard.number("/exemptionHours/hours")).isEqualTo(5);
        assertThat(dashboard.number("/requiredHours/hours")).isEqualTo(25);
        assertThat(dashboard.number("/remainingHours/structured/hours")).isEqualTo(12.5);
        assertThat(dashboard.number("/remainingHours/ethics/hours")).isEqualTo(1);
        assertThat(dashboard.text("/gaps/1/message")).contains("12,5 heures minimum");

        String email = api.get(member.login(), "/api/members/" + member.id()).text("/email");
        await().atMost(Duration.ofSeconds(10)).until(() -> TestMail.server().getReceivedMessages().length > mailsBefore);
        MimeMessage mail = Arrays.stream(TestMail.server().getReceivedMessages())
                .filter(m -> recipient(m).equals(email)).findFirst().orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("Votre demande de dispense a été validée");
        assertThat(mail.getContent().toString()).contains("Heures de dispense accordées : 5");
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            return "";
        }
    }

    @Test
    void documentCanBeRemovedBeforeSubmittingAndSubmissionNeedsOne() {
        var member = api.newMember();
        long id = draft(member, request("illness"));
        var uploaded = api.upload(member.login(), "/api/exemptions/" + id + "/documents", "radiographie.png", "image/png", PNG);
        assertThat(uploaded.status()).as(uploaded.raw()).isEqualTo(201);
        assertThat(uploaded.text("/documents/0/contentType")).isEqualTo("image/png");
        long documentId = uploaded.body().at("/documents/0/id").asLong();

        var download = api.get(member.login(), "/api/exemptions/" + id + "/documents/" + documentId);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.headers().get("content-disposition").get(0)).startsWith("attachment");

        assertThat(api.delete(member.login(), "/api/exemptions/" + id + "/documents/" + documentId).body().get("documents")).isEmpty();
        var refused = api.post(member.login(), "/api/exemptions/" + id + "/submission", Map.of("commitments", List.of(true, true)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("/field")).isEqualTo("documents");
        assertThat(refused.text("/detail")).isEqualTo("Au moins une pièce justificative est requise.");
        assertThat(api.get(member.login(), "/api/exemptions/" + id).text("/status")).isEqualTo("DRAFT");
    }

    @Test
    void refusesFilesWhoseContentIsNotPdfJpegOrPngWhateverTheirName() {
        var member = api.newMember();
        long id = draft(member, request("illness"));
        byte[] executable = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        var refused = api.upload(member.login(), "/api/exemptions/" + id + "/documents", "certificat.pdf", "application/pdf", executable);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("/field")).isEqualTo("file");
        var empty = api.upload(member.login(), "/api/exemptions/" + id + "/documents", "vide.pdf", "application/pdf", new byte[0]);
        assertThat(empty.status()).isEqualTo(400);
        byte[] tooBig = new byte[5 * 1024 * 1024 + 10];
        System.arraycopy(PDF, 0, tooBig, 0, PDF.length);
        var big = api.upload(member.login(), "/api/exemptions/" + id + "/documents", "gros.pdf", "application/pdf", tooBig);
        assertThat(big.status()).isIn(400, 413);
        assertThat(big.text("/field")).isEqualTo("file");
        assertThat(count("exemption_document", "exemption_id = ?", id)).isZero();
    }

    @Test
    void exceptionalCircumstancesRequireTheSpecifyText() {
        var member = api.newMember();
        var refused = api.post(member.login(), "/api/members/" + member.id() + "/exemptions", request("exceptional"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("/field")).isEqualTo("precision");
        assertThat(refused.text("/detail")).as("no-break spaces inside « », so that a guillemet never ends a line alone")
                .contains("«\u00A0Circonstances exceptionnelles\u00A0»").contains("«\u00A0précisez\u00A0»");
        assertThat(count("exemption", "member_id = ?", member.id())).isZero();

        var withPrecision = request("exceptional");
        withPrecision.put("precision", "Inondation de la clinique : aucune formation offerte dans la région pendant six mois.");
        draft(member, withPrecision);
    }

    @Test
    void theRefusalForAMissingSpecifyTextReadsInEnglishWhenTheCallerAsksForIt() {
        var member = api.newMember();
        var refused = api.post(member.login(), "/api/members/" + member.id() + "/exemptions", request("exceptional"),
                Map.of("Accept-Language", "en-CA,en;q=0.9,fr;q=0.5"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("/field")).isEqualTo("precision");
        assertThat(refused.text("/errors/0/message")).as("the pack's English, the motive by its English name")
                .startsWith("For the motive “Exceptional circumstances”, the “specify” box is mandatory:");
        assertThat(count("exemption", "member_id = ?", member.id())).isZero();
    }

    @Test
    void refusesUnknownMotiveAndMotiveEndBeforeStart() {
        var member = api.newMember();
        var request = request("vacances");
        request.put("motiveEnd", "2022-12-01");
        var refused = api.post(member.login(), "/api/members/" + member.id() + "/exemptions", request);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors")).extracting(e -> e.get("field").asText()).contains("motive", "motiveEnd");
        assertThat(count("exemption", "member_id = ?", member.id())).isZero();
    }

    @Test
    void submissionNeedsBothCommitmentsAndThenTheMemberCannotChangeIt() {
        var member = api.newMember();
        long id = draft(member, request("parental-leave"));
        api.upload(member.login(), "/api/exemptions/" + id + "/documents", "certificat.pdf", "application/pdf", PDF);
        var refused = api.post(member.login(), "/api/exemptions/" + id + "/submission", Map.of("commitments", List.of(true)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("/field")).isEqualTo("commitments");

        assertThat(api.post(member.login(), "/api/exemptions/" + id + "/submission",
                Map.of("commitments", List.of(true, true))).text("/statusLabel")).isEqualTo("En traitement");

        var upload = api.upload(member.login(), "/api/exemptions/" + id + "/documents", "autre.pdf", "application/pdf", PDF);
        assertThat(upload.status()).isEqualTo(409);
        assertThat(upload.text("/detail")).isEqualTo("Une demande de dispense soumise ne peut pas être modifiée par le membre.");
        assertThat(count("exemption_document", "exemption_id = ?", id)).isEqualTo(1);
    }

    @Test
    void memberCannotDecideAndADecisionIsFinal() {
        var member = api.newMember();
        long id = submitted(member);
        assertThat(api.post(member.login(), "/api/exemptions/" + id + "/decision",
                Map.of("outcome", "VALIDATED", "hoursGranted", 30)).status()).isEqualTo(403);
        var staff = api.newStaff("otpq");
        assertThat(api.post(staff, "/api/exemptions/" + id + "/decision", Map.of("outcome", "VALIDATED")).text("/field"))
                .isEqualTo("hoursGranted");
        var refusedDecision = api.post(staff, "/api/exemptions/" + id + "/decision",
                Map.of("outcome", "REFUSED", "note", "Pièce justificative illisible"));
        assertThat(refusedDecision.text("/statusLabel")).isEqualTo("Refusée");
        assertThat(api.post(staff, "/api/exemptions/" + id + "/decision", Map.of("outcome", "VALIDATED", "hoursGranted", 5))
                .status()).isEqualTo(409);
        assertThat(api.get(member.login(), "/api/members/" + member.id() + "/dashboards/otpq/2022-2025")
                .number("/requiredHours/hours")).isEqualTo(30);
    }

    @Test
    void staffSeeTheirRegulatorsQueueOfSubmittedRequests() {
        var member = api.newMember();
        long id = submitted(member);
        var queue = api.get(api.newStaff("otpq"), "/api/regulators/otpq/exemptions?size=200");
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.body().get("items")).anyMatch(e -> e.get("id").asLong() == id);
    }
}
