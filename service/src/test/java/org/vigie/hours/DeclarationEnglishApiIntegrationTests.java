package org.vigie.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.vigie.support.Api;
import org.vigie.support.ApiTest;

/**
 * A caller who asks for English (Accept-Language: en) reads the declarations', dashboards' and cycle attestations'
 * refusals in English: the regulator's own sentences from its pack, the service's from its catalogue. Without the
 * header, the same refusals read in French, word for word as before.
 */
class DeclarationEnglishApiIntegrationTests extends ApiTest {
    static final Map<String, String> ENGLISH = Map.of("Accept-Language", "en");
    /** A day the 2022-2025 cycle was running. */
    static final LocalDate DURING_2022_2025 = LocalDate.of(2025, 1, 10);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private Api.Response declare(Api.MemberLogin member, Map<String, Object> declaration, Map<String, String> headers) {
        return api.post(member.login(), "/api/members/" + member.id() + "/declarations", declaration, headers);
    }

    /** The declaration refused, changed by {@code change}, with the message of {@code field} in each language. */
    private void refused(Consumer<Map<String, Object>> change, String field, String english, String french) {
        var member = api.newMember();
        var declaration = Api.declaration("structured", "course", 2);
        change.accept(declaration);
        var inEnglish = declare(member, declaration, ENGLISH);
        var inFrench = declare(member, declaration, Map.of());
        assertThat(inEnglish.status()).as(inEnglish.raw()).isEqualTo(400);
        assertThat(inFrench.status()).as(inFrench.raw()).isEqualTo(400);
        assertThat(message(inEnglish, field)).as(inEnglish.raw()).isEqualTo(english);
        assertThat(message(inFrench, field)).as(inFrench.raw()).isEqualTo(french);
        assertThat(count("declaration", "member_id = ?", member.id())).isZero();
    }

    private static String message(Api.Response response, String field) {
        for (var error : response.body().get("errors")) {
            if (error.get("field").asText().equals(field)) {
                return error.get("message").asText();
            }
        }
        throw new AssertionError("no error on " + field + " in " + response.raw());
    }

    @Test
    void anActivityNotYetEndedIsRefusedInTheRegulatorsWordsInEnglishAndInFrench() {
        clock.today(DURING_2022_2025);
        refused(d -> d.put("endDate", "2025-01-11"), "endDate",
                "You cannot declare a training activity that has not yet taken place or is not yet over, even if you have already"
                        + " registered for it. The date of the activity cannot be later than the date on which you make your declaration.",
                "Vous ne pouvez pas déclarer une activité de formation qui ne s'est pas encore déroulée ou qui n'est pas encore"
                        + " terminée, et ce, même si vous vous y êtes déjà inscrit. La date de l'activité ne peut être postérieure à la"
                        + " date à laquelle vous faites votre déclaration.");
    }

    @Test
    void anAbbreviatedOrganisationAndAMissingTitleAreRefusedInTheRegulatorsWords() {
        refused(d -> d.put("organisation", "CHUM"), "organisation",
                "Write out in full, without abbreviation, the name of the institution, the organisation or the independent organiser.",
                "Inscrivez au long, sans abréviation, le nom de l'établissement, de l'organisation ou de l'organisateur indépendant.");
        refused(d -> d.put("trainer", "Emma"), "trainer", "For a trainer, enter the first name, followed by the full last name.",
                "Pour un formateur, inscrivez le prénom, suivi du nom au complet.");
        refused(d -> d.remove("title"), "title",
                "Choose the title of the activity from the list or, if the activity is not in the list, enter the title shown on"
                        + " your certificate of attendance.",
                "Choisissez le titre de l'activité dans la liste ou, si l'activité n'est pas dans la liste, inscrivez le titre"
                        + " inscrit sur votre attestation de participation.");
    }

    @Test
    void missingDatesAreRefusedInTheCallersLanguage() {
        refused(d -> d.remove("startDate"), "startDate", "The start date is required.", "La date de début est obligatoire.");
        refused(d -> d.remove("endDate"), "endDate", "The end date is required (repeat the start date for a one-day activity).",
                "La date de fin est obligatoire (répétez la date de début pour une activité d'une journée).");
        refused(d -> d.put("endDate", "2023-05-09"), "endDate", "The end date cannot be before the start date.",
                "La date de fin ne peut pas précéder la date de début.");
        refused(d -> {
            d.put("startDate", "2021-12-30");
            d.put("endDate", "2021-12-31");
        }, "startDate", "The activity's dates must fall within your reference cycle, from 2022-01-01 to 2025-03-31.",
                "Les dates de l'activité doivent être comprises dans votre cycle de référence, du 2022-01-01 au 2025-03-31.");
    }

    @Test
    void badHoursAreRefusedInTheCallersLanguage() {
        refused(d -> d.put("hours", 2.555), "hours", "The duration is given in hours with at most two decimals (for example 2.5).",
                "La durée s'exprime en heures avec au plus deux décimales (par exemple 2,5).");
        refused(d -> d.put("hours", 0), "hours", "The activity's duration must be greater than zero.",
                "La durée de l'activité doit être supérieure à zéro.");
        refused(d -> d.remove("hours"), "hours", "The activity's duration, in hours, is required (for example 2.5).",
                "La durée de l'activité, en heures, est obligatoire (par exemple 2,5).");
        refused(d -> d.put("hours", 24.5), "hours", "The duration (24.5 h) exceeds what the dates allow: 1 day, that is 24 hours at most.",
                "La durée (24.5 h) dépasse ce que permettent les dates : 1 jour(s), soit 24 heures au plus.");
    }

    @Test
    void anUnknownCategoryOrTypeIsRefusedInTheCallersLanguage() {
        refused(d -> d.put("category", "leisure"), "category", "Unknown value: “leisure”. Choose the activity's category from the list.",
                "Valeur inconnue : «\u00A0leisure\u00A0». Choisissez la catégorie de l'activité parmi la liste.");
        refused(d -> d.remove("category"), "category", "Choose the activity's category from the list.",
                "Choisissez la catégorie de l'activité parmi la liste.");
        refused(d -> d.put("type", "reading"), "type", "The type “reading” does not belong to the category “structured”.",
                "Le type «\u00A0reading\u00A0» n'appartient pas à la catégorie «\u00A0structured\u00A0».");
        refused(d -> d.put("titleCode", "otpq-radioprotection-2024"), "title", "Choose from the list or type the text, not both.",
                "Choisissez dans la liste ou inscrivez le texte, pas les deux.");
    }

    @Test
    void cancellingTwiceIsAConflictInTheCallersLanguageAndTheStatusFollowsIt() {
        var member = api.newMember();
        long id = declare(member, Api.declaration("structured", "course", 3), Map.of()).body().at("/declaration/id").asLong();
        var staff = api.newStaff("otpq");
        String path = "/api/declarations/" + id + "/cancellation";

        var cancelled = api.post(staff, path, Map.of("reason", "Duplicate activity"), ENGLISH);
        assertThat(cancelled.status()).as(cancelled.raw()).isEqualTo(200);
        assertThat(cancelled.text("/status")).isEqualTo("CANCELLED");
        assertThat(cancelled.text("/statusLabel")).isEqualTo("Cancelled");
        assertThat(api.get(member.login(), "/api/declarations/" + id).text("/statusLabel")).isEqualTo("Annulée");

        var again = api.post(staff, path, Map.of("reason", "again"), ENGLISH);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("/detail")).isEqualTo("This declaration is already cancelled.");
        var againInFrench = api.post(staff, path, Map.of("reason", "encore"));
        assertThat(againInFrench.status()).isEqualTo(409);
        assertThat(againInFrench.text("/detail")).isEqualTo("Cette déclaration est déjà annulée.");

        var correction = Api.declaration("structured", "course", 2);
        correction.remove("regulator");
        correction.remove("cycleId");
        correction.remove("attestations");
        correction.put("reason", "Certificate says 2 hours");
        var corrected = api.post(staff, "/api/declarations/" + id + "/correction", correction, ENGLISH);
        assertThat(corrected.status()).isEqualTo(409);
        assertThat(corrected.text("/detail")).isEqualTo("A cancelled declaration cannot be corrected.");

        var noReason = api.post(staff, "/api/declarations/" + id + "/correction", Map.of("hours", 1), ENGLISH);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.text("/detail")).isEqualTo("Give the reason for the cancellation or the correction.");

        var unknown = api.get(Api.admin(), "/api/declarations/987654321", ENGLISH);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("/detail")).isEqualTo("No declaration has the identifier 987654321.");
        assertThat(api.get(Api.admin(), "/api/declarations/987654321").text("/detail"))
                .isEqualTo("Aucune déclaration n'a l'identifiant 987654321.");
    }

    @Test
    void theDashboardOfAnUnknownCycleNamesTheCyclesInTheCallersLanguage() {
        var member = api.newMember();
        String path = "/api/members/" + member.id() + "/dashboards/otpq/1999-2001";

        var english = api.get(member.login(), path, ENGLISH);
        assertThat(english.status()).isEqualTo(404);
        assertThat(english.text("/detail")).isEqualTo("The cycle “1999-2001” does not exist for otpq (cycles: 2022-2025 and 2025-2028).");
        var french = api.get(member.login(), path);
        assertThat(french.status()).isEqualTo(404);
        assertThat(french.text("/detail")).isEqualTo("Le cycle «\u00A01999-2001\u00A0» n'existe pas pour otpq (cycles : 2022-2025 et 2025-2028).");
    }

    @Test
    void aRegulatorTheMemberIsNotRegisteredWithAndAnUnknownReevaluationAreNamedInTheCallersLanguage() {
        var member = api.newMember();
        String path = "/api/members/" + member.id() + "/dashboards/oiiq/2025";
        var english = api.get(Api.admin(), path, ENGLISH);
        assertThat(english.status()).isEqualTo(404);
        assertThat(english.text("/detail")).isEqualTo("This member is not registered with the regulator “oiiq”.");
        assertThat(api.get(Api.admin(), path).text("/detail")).isEqualTo("Ce membre n'est pas inscrit à l'ordre «\u00A0oiiq\u00A0».");

        var staff = api.newStaff("otpq");
        String reevaluation = "/api/regulators/otpq/rules/reevaluations/987654321";
        var unknown = api.get(staff, reevaluation, ENGLISH);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("/detail")).isEqualTo("No re-evaluation 987654321 for “otpq”.");
        assertThat(api.get(staff, reevaluation).text("/detail")).isEqualTo("Aucune réévaluation 987654321 pour «\u00A0otpq\u00A0».");
    }

    @Test
    void aFutureAsOfIsRefusedWithTheDayAsTheCallersLanguageWritesIt() {
        clock.today(TODAY);
        var member = api.newMember();
        String path = "/api/members/" + member.id() + "/dashboards/otpq/2025-2028?asOf=2027-01-05";

        var english = api.get(member.login(), path, ENGLISH);
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.text("/field")).isEqualTo("asOf");
        assertThat(english.text("/detail")).isEqualTo("The date January 5, 2027 is in the future: the current dashboard is read without asOf.");
        var french = api.get(member.login(), path);
        assertThat(french.status()).isEqualTo(400);
        assertThat(french.text("/detail")).isEqualTo("La date du 5 janvier 2027 est dans le futur : le tableau de bord à jour s'obtient sans asOf.");
    }

    @Test
    void aWhatIfIsRefusedInTheCallersLanguage() {
        var member = api.newMember();
        String path = "/api/members/" + member.id() + "/dashboards/otpq/2022-2025/what-if";
        var body = Map.of("activities", List.of(Map.of("category", "structured", "type", "course", "hours", 0)));

        var english = api.post(member.login(), path, body, ENGLISH);
        assertThat(english.status()).as(english.raw()).isEqualTo(400);
        assertThat(message(english, "activities[0].hours")).isEqualTo("The duration must be greater than 0 and at most 1000 hours.");
        var french = api.post(member.login(), path, body);
        assertThat(message(french, "activities[0].hours")).isEqualTo("La durée doit être supérieure à 0 et d'au plus 1000 heures.");

        var none = api.post(member.login(), path, Map.of("activities", List.of()), ENGLISH);
        assertThat(message(none, "activities")).isEqualTo("Give at least one activity to simulate.");
    }

    @Test
    void theAttestationOfACycleWithGapsIsRefusedWithTheGapsInTheCallersLanguage() {
        clock.today(DURING_2022_2025);
        var member = api.newMember();
        var staff = api.newStaff("otpq");
        String path = "/api/members/" + member.id() + "/attestations/otpq/2022-2025";

        var english = api.post(staff, path, Map.of(), ENGLISH);
        assertThat(english.status()).as(english.raw()).isEqualTo(409);
        assertThat(english.text("/detail")).isEqualTo("The requirements of the 2022-2025 cycle are not met:"
                + " You still need 1 hour of training in ethics, deontology and standards of practice to meet the regulation."
                + " You still need 15 hours of training in the structured category to meet the regulation (15 hours minimum)."
                + " You still need 30 hours of training in total before the end of the reference cycle to meet the regulation.");
        var french = api.post(staff, path, Map.of());
        assertThat(french.status()).isEqualTo(409);
        assertThat(french.text("/detail")).startsWith("Les exigences du cycle 2022-2025 ne sont pas remplies : Il vous reste 1 heure")
                .contains("Il vous reste 15 heures de formation à accumuler dans la catégorie structurée").doesNotContain("You still");
    }
}
