package org.vigie.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.vigie.support.Api;
import org.vigie.support.ApiTest;

/**
 * An English caller reads in English what the service says about rule sets — the regulator or cycle a request names, the
 * boxes to tick, the versions and an uploaded archive — and a caller without Accept-Language reads it in French. What
 * the rule authors read about their files (file:line:column: problem) is as the checks give it.
 */
class RulesEnglishApiIntegrationTests extends ApiTest {
    static final Map<String, String> ENGLISH = Map.of("Accept-Language", "en");

    @Test
    void anUnknownRegulatorOrOneOfAnotherKindIsNamedInTheCallersLanguage() {
        var member = api.newMember();
        var unknown = api.get(member.login(), "/api/regulators/nope/catalogue", ENGLISH);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("/detail")).isEqualTo("Unknown regulator: “nope”.");
        assertThat(api.get(member.login(), "/api/regulators/nope/catalogue").text("/detail"))
                .isEqualTo("Ordre inconnu : «\u00A0nope\u00A0».");

        var noPathway = api.get(member.login(), "/api/regulators/otpq/actions", ENGLISH);
        assertThat(noPathway.status()).isEqualTo(404);
        assertThat(noPathway.text("/detail")).isEqualTo("“otpq” has no pathway of actions (its rules count hours).");
        assertThat(api.get(member.login(), "/api/regulators/otpq/actions").text("/detail"))
                .isEqualTo("«\u00A0otpq\u00A0» n'a pas de parcours d'actions (ses règles comptent des heures).");
    }

    @Test
    void aRequestsRegulatorAndCycleAreRefusedInTheCallersLanguage() {
        var member = api.newMember();
        String path = "/api/members/" + member.id() + "/exemptions";
        Map<String, Object> request = new HashMap<>(Map.of("cycleId", "1999-2002", "motive", "illness",
                "motiveStart", "2023-01-01", "motiveEnd", "2023-06-30"));

        assertThat(message(api.post(member.login(), path, request, ENGLISH), "regulator")).isEqualTo("The regulator is required.");
        assertThat(message(api.post(member.login(), path, request), "regulator")).isEqualTo("L'ordre est obligatoire.");

        request.put("regulator", "otpq");
        assertThat(message(api.post(member.login(), path, request, ENGLISH), "cycleId"))
                .isEqualTo("Unknown reference cycle: “1999-2002”. Cycles: [2022-2025, 2025-2028].");
        assertThat(message(api.post(member.login(), path, request), "cycleId"))
                .isEqualTo("Cycle de référence inconnu : «\u00A01999-2002\u00A0». Cycles : [2022-2025, 2025-2028].");

        request.put("regulator", "cnp-cardiologie");
        assertThat(message(api.post(member.login(), path, request, ENGLISH), "regulator"))
                .isEqualTo("“cnp-cardiologie” does not take this kind of request (its rules are of the pathway kind).");
    }

    @Test
    void theBoxesToTickAreNamedInTheCallersLanguageAsTheRegulatorWordsThem() {
        var member = api.newMember();
        var declaration = Api.declaration("structured", "course", 2);
        declaration.put("attestations", List.of(true, false, true));
        String path = "/api/members/" + member.id() + "/declarations";
        assertThat(message(api.post(member.login(), path, declaration, ENGLISH), "attestations"))
                .isEqualTo("You must tick the 3 boxes to attest: I attest that I took part in this training activity and completed it. "
                        + "I will keep the attendance certificate and provide it to the order on request. "
                        + "I attest that the information provided is true and accurate.");
        assertThat(message(api.post(member.login(), path, declaration), "attestations"))
                .startsWith("Vous devez cocher les 3 cases pour attester : J'atteste avoir participé à cette activité");
    }

    @Test
    void aRefusedArchiveIsTitledAndExplainedInTheCallersLanguage() {
        Api.Login staff = api.newStaff("otpq");
        String versions = "/api/regulators/otpq/rules/versions";
        var english = api.with(ENGLISH);

        var empty = english.postBytes(staff, versions, "application/zip", new byte[0]);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.text("/title")).isEqualTo("Archive refused");
        assertThat(empty.text("/detail")).isEqualTo("Upload a ZIP archive of the rules folder (pack.yaml, *.drl, parameters/, tests/).");
        assertThat(empty.text("/errors/0/field")).isEqualTo("archive");
        var french = api.postBytes(staff, versions, "application/zip", new byte[0]);
        assertThat(french.text("/title")).isEqualTo("Archive refusée");
        assertThat(french.text("/detail")).isEqualTo("Déposez une archive ZIP du dossier de règles (pack.yaml, *.drl, parameters/, tests/).");

        byte[] notAZip = "ceci n'est pas une archive".getBytes();
        var unreadable = english.postBytes(staff, versions, "application/zip", notAZip);
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.text("/detail")).as("Vigie's sentence in English around the problem as the check gives it")
                .startsWith("The archive cannot be unpacked into a rules folder: .: ");
        assertThat(api.postBytes(staff, versions, "application/zip", notAZip).text("/detail"))
                .startsWith("L'archive ne peut pas être dépaquetée en dossier de règles : .: ");
    }

    @Test
    void anUnknownVersionAndTheActiveOneActivatedAgainAreRefusedInTheCallersLanguage() {
        Api.Login staff = api.newStaff("otpq");
        String versions = "/api/regulators/otpq/rules/versions";
        var unknown = api.get(staff, versions + "/987654321", ENGLISH);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("/detail")).isEqualTo("No version 987654321 of the rules of “otpq”.");
        assertThat(api.get(staff, versions + "/987654321").text("/detail"))
                .isEqualTo("Aucune version 987654321 des règles de «\u00A0otpq\u00A0».");

        JsonNode active = StreamSupport.stream(api.get(staff, versions).body().spliterator(), false)
                .filter(v -> v.get("active").asBoolean()).findFirst().orElseThrow();
        String activation = versions + "/" + active.get("id").asLong() + "/activation";
        String version = active.get("version").asText() + " (" + active.get("hash").asText() + ")";
        var again = api.post(staff, activation, Map.of(), ENGLISH);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("/detail")).isEqualTo("Version " + version + " is already active for “otpq”.");
        assertThat(api.post(staff, activation, Map.of()).text("/detail"))
                .isEqualTo("La version " + version + " est déjà active pour «\u00A0otpq\u00A0».");
    }

    /** The message of the field refused. */
    private static String message(Api.Response refused, String field) {
        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        for (JsonNode error : refused.body().get("errors")) {
            if (error.get("field").asText().equals(field)) {
                return error.get("message").asText();
            }
        }
        throw new AssertionError("no refusal of " + field + ": " + refused.raw());
    }
}
