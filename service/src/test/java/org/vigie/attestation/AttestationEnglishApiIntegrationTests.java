package org.vigie.attestation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigie.support.Api;
import org.vigie.support.ApiTest;

/**
 * An English caller reads in English what the service says about attestations — an unknown number, who may see one,
 * a revocation, the signing keys, the batches — and a caller without Accept-Language reads it in French.
 */
class AttestationEnglishApiIntegrationTests extends ApiTest {
    static final Map<String, String> ENGLISH = Map.of("Accept-Language", "en-US,en;q=0.8");
    static final String CARDIO = AttestationApiIntegrationTests.CARDIO;

    @Test
    void anAttestationsRefusalsAndItsRevocationReadInTheCallersLanguage() {
        AttestationApiIntegrationTests issuing = borrow(AttestationApiIntegrationTests.class);
        long pathwayId = issuing.requested(issuing.validatedPhysician());
        Api.Login cnp = api.newStaff(CARDIO);
        api.post(cnp, "/api/pathways/" + pathwayId + "/decision", Map.of("outcome", "VALIDATED"));
        String number = api.post(cnp, "/api/pathways/" + pathwayId + "/attestation", Map.of()).text("/number");

        var unknown = api.get(cnp, "/api/attestations/CNPCARDIOLOG-ZZZZZZZZZZ", ENGLISH);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("/detail")).isEqualTo("No attestation has the number “CNPCARDIOLOG-ZZZZZZZZZZ”.");
        assertThat(api.get(cnp, "/api/attestations/CNPCARDIOLOG-ZZZZZZZZZZ").text("/detail"))
                .isEqualTo("Aucune attestation n'a le numéro «\u00A0CNPCARDIOLOG-ZZZZZZZZZZ\u00A0».");

        Api.Login other = api.newStaff("cnp-pneumologie");
        var hidden = api.get(other, "/api/attestations/" + number, ENGLISH);
        assertThat(hidden.status()).isEqualTo(403);
        assertThat(hidden.text("/detail")).isEqualTo("This attestation is visible only to its holder and to the body that issued it.");
        assertThat(api.get(other, "/api/attestations/" + number).text("/detail"))
                .isEqualTo("Cette attestation n'est visible que de son titulaire et de l'organisme qui l'a délivrée.");

        String revocation = "/api/attestations/" + number + "/revocation";
        var noReason = api.post(cnp, revocation, Map.of("reason", " "), ENGLISH);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.text("/errors/0/message")).isEqualTo("The reason for the revocation is required.");
        assertThat(api.post(cnp, revocation, Map.of("reason", " ")).text("/errors/0/message"))
                .isEqualTo("Le motif de la révocation est obligatoire.");

        assertThat(api.post(cnp, revocation, Map.of("reason", "Issued by mistake"), ENGLISH).status()).isEqualTo(200);
        var twice = api.post(cnp, revocation, Map.of("reason", "again"), ENGLISH);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.text("/detail")).as("the revocation's moment as English writes it, in the council's local time")
                .matches("The attestation “" + number + "” was already revoked on [A-Z][a-z]+ \\d{1,2}, 20\\d\\d at \\d{1,2}:\\d\\d [AP]M\\.");
        assertThat(api.post(cnp, revocation, Map.of("reason", "encore")).text("/detail"))
                .matches("L'attestation «\u00A0" + number + "\u00A0» est déjà révoquée depuis le \\d{1,2}(er)? \\p{L}+ 20\\d\\d à \\d{1,2} h \\d\\d\\.");
    }

    @Test
    void theSigningKeysAndTheBatchesRefuseInTheCallersLanguage() {
        Api.Login cnp = api.newStaff(CARDIO);
        var rotation = api.post(cnp, "/api/regulators/" + CARDIO + "/signing-keys", Map.of(), ENGLISH);
        assertThat(rotation.status()).isEqualTo(403);
        assertThat(rotation.text("/detail")).isEqualTo("Only administrators change the signing keys.");
        assertThat(api.post(cnp, "/api/regulators/" + CARDIO + "/signing-keys", Map.of()).text("/detail"))
                .isEqualTo("Seuls les administrateurs changent les clés de signature.");

        var noPeriod = api.post(cnp, "/api/regulators/" + CARDIO + "/attestation-batches", Map.of("periodId", ""), ENGLISH);
        assertThat(noPeriod.status()).isEqualTo(400);
        assertThat(noPeriod.text("/errors/0/message")).isEqualTo("The period (or the cycle) is required.");
        assertThat(api.post(cnp, "/api/regulators/" + CARDIO + "/attestation-batches", Map.of("periodId", "")).text("/errors/0/message"))
                .isEqualTo("La période (ou le cycle) est obligatoire.");

        var unknown = api.get(cnp, "/api/attestation-batches/987654321", ENGLISH);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("/detail")).isEqualTo("No attestation batch has the identifier 987654321.");
        assertThat(api.get(cnp, "/api/attestation-batches/987654321").text("/detail"))
                .isEqualTo("Aucun lot d'attestations n'a l'identifiant 987654321.");

        jdbc.sql("INSERT INTO attestation_batch (regulator, period_id, requested_by, state, total, done, issued, already, not_eligible,"
                + " failed, started_at, heartbeat_at, finished_at) VALUES (?, '2023-2025', 'english-test', 'DONE', 0, 0, 0, 0, 0, 0,"
                + " NOW(), NOW(), NOW())").param(CARDIO).update();
        long done = jdbc.sql("SELECT MAX(id) FROM attestation_batch WHERE requested_by = 'english-test'").query(Long.class).single();
        var finished = api.post(cnp, "/api/attestation-batches/" + done + "/resumption", Map.of(), ENGLISH);
        assertThat(finished.status()).isEqualTo(409);
        assertThat(finished.text("/detail")).isEqualTo("This batch is finished: there is nothing to resume.");
        assertThat(api.post(cnp, "/api/attestation-batches/" + done + "/resumption", Map.of()).text("/detail"))
                .isEqualTo("Ce lot est terminé : rien à reprendre.");
    }
}
