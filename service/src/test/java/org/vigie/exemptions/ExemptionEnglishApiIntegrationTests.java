package org.vigie.exemptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.vigie.support.Api;
import org.vigie.support.ApiTest;
import org.vigie.support.TestMail;

/**
 * An English caller reads the exemption requests' own sentences in English — a draft's fields, the boxes to tick, the
 * documents, the decision, the states' labels — and a caller without Accept-Language reads them in French; the e-mail to
 * the member is in the member's language (their account's) whoever decides.
 */
class ExemptionEnglishApiIntegrationTests extends ApiTest {
    static final Map<String, String> ENGLISH = Map.of("Accept-Language", "en-CA,en;q=0.9");

    private String exemptions(Api.MemberLogin member) {
        return "/api/members/" + member.id() + "/exemptions";
    }

    @Test
    void aDraftsFieldsAreRefusedInTheCallersLanguage() {
        var member = api.newMember();
        var request = ExemptionApiIntegrationTests.request("vacances");
        request.put("motiveEnd", "2022-12-01");
        request.remove("motiveStart");

        var english = api.post(member.login(), exemptions(member), request, ENGLISH);
        assertThat(english.status()).isEqualTo(400);
        assertThat(messages(english)).containsEntry("motive", "Choose the motive of the exemption from the list.")
                .containsEntry("motiveStart", "The start date of the motive is required.");

        request.put("motiveStart", "2023-01-01");
        assertThat(messages(api.post(member.login(), exemptions(member), request, ENGLISH)))
                .containsEntry("motiveEnd", "The end date of the motive cannot be before its start date.");
        assertThat(messages(api.post(member.login(), exemptions(member), request)))
                .containsEntry("motive", "Choisissez le motif de la dispense parmi la liste.")
                .containsEntry("motiveEnd", "La date de fin du motif ne peut pas précéder sa date de début.");

        var tooLong = ExemptionApiIntegrationTests.request("illness");
        tooLong.put("complement", "x".repeat(2001));
        assertThat(messages(api.post(member.login(), exemptions(member), tooLong, ENGLISH)))
                .containsEntry("complement", "The additional information cannot exceed 2000 characters.");
        assertThat(messages(api.post(member.login(), exemptions(member), tooLong)))
                .containsEntry("complement", "Les informations complémentaires ne peuvent dépasser 2000 caractères.");
        assertThat(count("exemption", "member_id = ?", member.id())).isZero();
    }

    @Test
    void theStatesLabelAndTheSubmissionsRefusalsFollowTheCallersLanguage() {
        var member = api.newMember();
        var english = api.with(ENGLISH);
        var created = english.post(member.login(), exemptions(member), ExemptionApiIntegrationTests.request("parental-leave"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.text("/status")).isEqualTo("DRAFT");
        assertThat(created.text("/statusLabel")).isEqualTo("Draft");
        long id = created.body().get("id").asLong();
        assertThat(api.get(member.login(), "/api/exemptions/" + id).text("/statusLabel")).isEqualTo("Brouillon");

        var noBoxes = english.post(member.login(), "/api/exemptions/" + id + "/submission", Map.of("commitments", List.of(true)));
        assertThat(noBoxes.status()).isEqualTo(400);
        assertThat(noBoxes.text("/errors/0/field")).isEqualTo("commitments");
        assertThat(noBoxes.text("/errors/0/message")).as("the boxes as the regulator words them in English")
                .isEqualTo("You must tick the 2 boxes to attest: I attest that all information in my request and all attached "
                        + "documents are true and accurate. I will inform the order of any change in my situation during the "
                        + "period the exemption covers.");
        assertThat(api.post(member.login(), "/api/exemptions/" + id + "/submission", Map.of("commitments", List.of(true)))
                .text("/errors/0/message")).startsWith("Vous devez cocher les 2 cases pour attester : J'atteste que tous les renseignements");

        var noDocument = english.post(member.login(), "/api/exemptions/" + id + "/submission", Map.of("commitments", List.of(true, true)));
        assertThat(noDocument.status()).isEqualTo(400);
        assertThat(noDocument.text("/detail")).isEqualTo("At least one supporting document is required.");

        english.upload(member.login(), "/api/exemptions/" + id + "/documents", "certificat.pdf", "application/pdf",
                ExemptionApiIntegrationTests.PDF);
        var submitted = english.post(member.login(), "/api/exemptions/" + id + "/submission", Map.of("commitments", List.of(true, true)));
        assertThat(submitted.text("/statusLabel")).isEqualTo("Under review");
        assertThat(api.get(member.login(), "/api/exemptions/" + id).text("/statusLabel")).isEqualTo("En traitement");

        var locked = english.upload(member.login(), "/api/exemptions/" + id + "/documents", "autre.pdf", "application/pdf",
                ExemptionApiIntegrationTests.PDF);
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.text("/detail")).isEqualTo("A submitted exemption request cannot be changed by the member.");

        var unknown = english.get(member.login(), "/api/exemptions/" + id + "/documents/987654321");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("/detail")).isEqualTo("This request has no document 987654321.");
        assertThat(api.get(member.login(), "/api/exemptions/" + id + "/documents/987654321").text("/detail"))
                .isEqualTo("Cette demande n'a pas de document 987654321.");
    }

    @Test
    void anEnglishDecisionReadsInEnglishButTheMembersEmailStaysFrench() throws Exception {
        var member = api.newMember();
        long id = submitted(member);
        var staff = api.newStaff("otpq");
        var english = api.with(ENGLISH);

        var noHours = english.post(staff, "/api/exemptions/" + id + "/decision", Map.of("outcome", "VALIDATED"));
        assertThat(messages(noHours)).containsEntry("hoursGranted",
                "Give the number of hours granted, greater than zero (at most two decimals).");
        assertThat(messages(english.post(staff, "/api/exemptions/" + id + "/decision", Map.of("outcome", "MAYBE"))))
                .containsEntry("outcome", "The decision is VALIDATED (validated, with the hours granted) or REFUSED (refused).");
        assertThat(messages(api.post(staff, "/api/exemptions/" + id + "/decision", Map.of("outcome", "MAYBE"))))
                .containsEntry("outcome", "La décision est VALIDATED (validée, avec les heures accordées) ou REFUSED (refusée).");

        String email = api.get(member.login(), "/api/members/" + member.id()).text("/email");
        var decided = english.post(staff, "/api/exemptions/" + id + "/decision", Map.of("outcome", "REFUSED", "note", "Illisible"));
        assertThat(decided.status()).as(decided.raw()).isEqualTo(200);
        assertThat(decided.text("/status")).isEqualTo("REFUSED");
        assertThat(decided.text("/statusLabel")).isEqualTo("Refused");

        var again = english.post(staff, "/api/exemptions/" + id + "/decision", Map.of("outcome", "VALIDATED", "hoursGranted", 5));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("/detail")).isEqualTo("This request has already been decided (Refused).");
        assertThat(api.post(staff, "/api/exemptions/" + id + "/decision", Map.of("outcome", "VALIDATED", "hoursGranted", 5))
                .text("/detail")).isEqualTo("Cette demande a déjà été traitée (Refusée).");

        await().atMost(Duration.ofSeconds(10)).until(() -> mailTo(email) != null);
        MimeMessage mail = mailTo(email);
        assertThat(mail.getSubject()).as("the member has not chosen English: French, whatever the staff's language")
                .isEqualTo("Votre demande de dispense a été refusée");
        assertThat(mail.getContent().toString()).contains("est maintenant : Refusée.");
    }

    @Test
    void aMemberWhoChoseEnglishReadsTheDecisionInEnglishWhateverTheStaffsLanguage() throws Exception {
        var member = api.newMember();
        assertThat(api.put(member.login(), "/api/me/language", Map.of("language", "en")).status()).isEqualTo(200);
        long id = submitted(member);
        var staff = api.newStaff("otpq");
        String email = api.get(member.login(), "/api/members/" + member.id()).text("/email");

        var decided = api.post(staff, "/api/exemptions/" + id + "/decision", Map.of("outcome", "REFUSED", "note", "Illisible"));
        assertThat(decided.text("/statusLabel")).as("the staff reads French").isEqualTo("Refusée");

        await().atMost(Duration.ofSeconds(10)).until(() -> mailTo(email) != null);
        MimeMessage mail = mailTo(email);
        assertThat(mail.getSubject()).isEqualTo("Your exemption request has been refused");
        assertThat(mail.getContent().toString()).contains("is now: Refused.").contains("Illisible");
    }

    @Test
    void anUnknownRequestIsNamedInTheCallersLanguage() {
        var staff = api.newStaff("otpq");
        assertThat(api.get(staff, "/api/exemptions/987654321", ENGLISH).text("/detail"))
                .isEqualTo("No exemption request has the identifier 987654321.");
        assertThat(api.get(staff, "/api/exemptions/987654321").text("/detail"))
                .isEqualTo("Aucune demande de dispense n'a l'identifiant 987654321.");
    }

    private long submitted(Api.MemberLogin member) {
        long id = api.post(member.login(), exemptions(member), ExemptionApiIntegrationTests.request("parental-leave")).body().get("id").asLong();
        api.upload(member.login(), "/api/exemptions/" + id + "/documents", "certificat.pdf", "application/pdf", ExemptionApiIntegrationTests.PDF);
        var submitted = api.post(member.login(), "/api/exemptions/" + id + "/submission", Map.of("commitments", List.of(true, true)));
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(200);
        return id;
    }

    /** Each field refused with its message. */
    private static Map<String, String> messages(Api.Response refused) {
        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        Map<String, String> messages = new LinkedHashMap<>();
        refused.body().get("errors").forEach(e -> messages.put(e.get("field").asText(), e.get("message").asText()));
        return messages;
    }

    private static MimeMessage mailTo(String email) {
        return Arrays.stream(TestMail.server().getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(email);
            } catch (Exception e) {
                return false;
            }
        }).findFirst().orElse(null);
    }
}
