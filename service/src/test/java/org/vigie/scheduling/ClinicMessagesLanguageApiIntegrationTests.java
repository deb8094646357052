package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigie.support.Api;

/**
 * The scheduling pack's messages reach the caller in English when Accept-Language asks for it, in French otherwise (the
 * clinics' language): the guide's warnings (M16), the refusals the pack words, and the findings of its rules; RAMQ's
 * default texts of the communications are in the language of the text asked for, whoever asks.
 */
class ClinicMessagesLanguageApiIntegrationTests extends BookingTest {

    @Test
    void R172_M16_theColleaguesWarningAndAHoldsRefusalReadInTheCallersLanguage() {
        Api english = api.with(Map.of("Accept-Language", "en-CA,en;q=0.9"));
        assertThat(api.post(colleague.login(), holds(), hold(professional, DAY, "09:15", 15)).status()).isEqualTo(201);
        var warned = english.post(enterprise.admin().login(), holds(), hold(professional, DAY, "09:15", 15));
        assertThat(warned.status()).as(warned.raw()).isEqualTo(201);
        assertThat(warned.text("/warnings/0/message")).startsWith("A colleague is booking this period");
        var french = api.post(enterprise.admin().login(), holds(), hold(professional, DAY, "09:15", 15));
        assertThat(french.text("/warnings/0/message")).startsWith("Un collègue est en train de réserver cette période");

        var early = english.post(enterprise.admin().login(), holds() + "/" + warned.body().get("id").asLong() + "/extension", null);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.text("/detail")).isEqualTo("A held period can be extended only in its last 30 seconds.");
    }

    @Test
    void aServicesFindingReadsInEnglishWhenAsked() {
        var refused = api.with(Map.of("Accept-Language", "en")).post(enterprise.admin().login(),
                professionalPath(enterprise, professional) + "/services", Map.of("appointmentType", "XX", "reason", "MINOR_EMERGENCY",
                        "durationMinutes", 15));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.raw()).contains("Unknown appointment type: “XX” (MF, GMF or GEN).");
    }

    @Test
    void R61_theMatrixRefusalNamesTheActionInTheCallersLanguage() {
        var before = snapshot();
        refused(api.with(Map.of("Accept-Language", "en")).post(reader.login(), appointments(), booking("09:15")), 403, null,
                "Your profile does not allow you to: book, change, move or cancel an appointment.", before);
        refused(book(reader.login(), booking("09:15")), 403, null,
                "Votre profil ne permet pas de : réserver, modifier, déplacer ou annuler un rendez-vous.", before);
    }

    @Test
    void R2_anEnterpriseNotTheCallersDoesNotExistForThemInTheirLanguage() {
        Api english = api.with(Map.of("Accept-Language", "en"));
        Person stranger = person(null);
        var missing = english.get(stranger.login(), appointments() + "?lastName=Tremblay");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text("/detail")).isEqualTo("No enterprise has the identifier " + enterprise.id() + " for you.");
        assertThat(api.get(stranger.login(), appointments() + "?lastName=Tremblay").text("/detail"))
                .isEqualTo("Aucune entreprise n'a l'identifiant " + enterprise.id() + " pour vous.");
        var member = english.get(api.newMember().login(), appointments() + "?lastName=Tremblay");
        assertThat(member.status()).isEqualTo(403);
        assertThat(member.text("/detail")).isEqualTo("Clinics' agendas are for their employees only.");
    }
}
