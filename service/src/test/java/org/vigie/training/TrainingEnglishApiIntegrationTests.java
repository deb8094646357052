package org.vigie.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.support.Api;
import org.vigie.support.ApiTest;

/**
 * An English caller (Accept-Language: en) reads group training's sentences in English: the service's own (a request's fields,
 * states, access) and the federation's (its windows, allowances, mandatory modules, periods, size options); a caller without the
 * header reads the same sentences in French, as before.
 */
class TrainingEnglishApiIntegrationTests extends ApiTest {
    static final String GROUPS = TrainingApiIntegrationTests.GROUPS;

    TrainingApiIntegrationTests training;
    Api english;

    @BeforeEach
    void fixtures() {
        training = borrow(TrainingApiIntegrationTests.class);
        english = api.with(Map.of("Accept-Language", "en"));
    }

    static String message(Api.Response response, String field) {
        for (var error : response.body().get("errors")) {
            if (error.get("field").asText().equals(field)) {
                return error.get("message").asText();
            }
        }
        return "(no error on " + field + " in " + response.raw() + ")";
    }

    @Test
    void anActivitysFieldsBlocksAndModulesAreRefusedInTheCallersLanguage() {
        TrainingApiIntegrationTests.Leader leader = training.fmoqMember();
        long group = training.groupOf(leader);
        String activities = "/api/training/groups/" + group + "/activities";
        Map<String, Object> wrong = Map.of("courses", List.of("FOL-1999-000"));

        var refused = english.post(leader.login(), activities, wrong);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(message(refused, "date")).isEqualTo("The activity's date is required.");
        assertThat(message(refused, "courses[0]")).isEqualTo("Course not in the catalogue: “FOL-1999-000”.");
        var french = api.post(leader.login(), activities, wrong);
        assertThat(message(french, "date")).isEqualTo("La date de l'activité est obligatoire.");
        assertThat(message(french, "courses[0]")).isEqualTo("Cours inconnu du catalogue : «\u00A0FOL-1999-000\u00A0».");

        var unreadable = english.post(leader.login(), activities, Map.of("date", "2026-12-01", "courses", List.of("FOL-2026-014"),
                "blocks", List.of("14h-16h")));
        assertThat(message(unreadable, "blocks[0]")).isEqualTo("Unreadable block “14h-16h”: write it \"09:00-10:30\".");
        var overlapping = english.post(leader.login(), activities, Map.of("date", "2026-12-01", "courses", List.of("FOL-2026-014"),
                "blocks", List.of("09:00-11:00", "10:30-12:00")));
        assertThat(message(overlapping, "blocks")).isEqualTo("The blocks 09:00-11:00 and 10:30-12:00 overlap.");

        long activity = training.plan(leader, group, TrainingApiIntegrationTests.today().plusDays(3), List.of("19:00-20:30"));
        String modules = "/api/training/activities/" + activity + "/modules";
        assertThat(english.post(leader.login(), modules, Map.of("course", "FOL-2026-014", "module", "sondage")).text("/detail"))
                .isEqualTo("Unknown module: “sondage” (expose-1, expose-2, bibliotheque, questionnaire).");
        assertThat(api.post(leader.login(), modules, Map.of("course", "FOL-2026-014", "module", "sondage")).text("/detail"))
                .isEqualTo("Module inconnu : «\u00A0sondage\u00A0» (expose-1, expose-2, bibliotheque, questionnaire).");
        assertThat(english.get(leader.login(), "/api/training/activities/" + activity).body().get("modules"))
                .as("the modules' labels in the caller's language").extracting(m -> m.get("label").asText())
                .containsExactly("Talk, part 1", "Talk, part 2", "Library (PDF presentation)", "Questionnaire (post-test answered by the group)");
        assertThat(api.get(leader.login(), "/api/training/activities/" + activity).text("/modules/0/label")).isEqualTo("Exposé, partie 1");

        var unknown = english.get(leader.login(), "/api/training/activities/0");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("/detail")).isEqualTo("No activity has the identifier 0.");
        assertThat(api.get(leader.login(), "/api/training/activities/0").text("/detail")).isEqualTo("Aucune activité n'a l'identifiant 0.");
    }

    @Test
    void theFederationsWindowsToEvaluateAndValidateAndItsMandatoryModulesReadInEnglish() {
        TrainingApiIntegrationTests.Leader leader = training.fmoqMember();
        TrainingApiIntegrationTests.Leader participant = training.fmoqMember();
        Api.Login federation = api.newStaff("fmoq");
        long group = training.groupOf(leader);
        long old = training.plan(leader, group, LocalDate.of(2026, 1, 10), List.of("09:00-12:00"));
        api.post(leader.login(), "/api/training/activities/" + old + "/attendance",
                Map.of("fmoqNumbers", List.of(training.fmoqNumber(participant)), "dateConfirmed", true));

        String evaluations = "/api/training/activities/" + old + "/evaluations";
        var late = english.post(participant.login(), evaluations, Map.of("rating", 5));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text("/detail")).isEqualTo("Activity No. " + old + " could be evaluated until January 17, 2026: the deadline has passed.");
        assertThat(api.post(participant.login(), evaluations, Map.of("rating", 5)).text("/detail"))
                .isEqualTo("L'activité n° " + old + " s'évaluait jusqu'au 17 janvier 2026 : le délai est passé.");
        assertThat(english.post(participant.login(), evaluations, Map.of("rating", 6)).text("/errors/0/message"))
                .isEqualTo("The rating goes from 1 to 5.");
        assertThat(english.post(leader.login(), evaluations, Map.of("rating", 5)).text("/detail")).as("the leader is not on the attendance")
                .isEqualTo("Only the participants on the attendance may evaluate this activity.");

        var closed = english.post(federation, "/api/training/activities/" + old + "/validation", Map.of());
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.text("/detail")).isEqualTo("Activity No. " + old + " could be validated until January 17, 2026.");
        assertThat(api.post(federation, "/api/training/activities/" + old + "/validation", Map.of()).text("/detail"))
                .isEqualTo("L'activité n° " + old + " se validait jusqu'au 17 janvier 2026.");

        long recent = training.plan(leader, group, TrainingApiIntegrationTests.today().minusDays(1), List.of("09:00-12:00"));
        String validation = "/api/training/activities/" + recent + "/validation";
        assertThat(english.post(federation, validation, Map.of()).text("/detail"))
                .isEqualTo("The leader has not yet confirmed the date nor submitted the attendance of activity No. " + recent + ".");
        api.post(leader.login(), "/api/training/activities/" + recent + "/attendance",
                Map.of("fmoqNumbers", List.of(training.fmoqNumber(participant)), "dateConfirmed", true));
        var unmarked = english.post(federation, validation, Map.of());
        assertThat(unmarked.status()).isEqualTo(409);
        assertThat(unmarked.text("/detail")).isEqualTo("The leader has not completed the mandatory modules of activity No. " + recent
                + ": Talk, part 1 (FOL-2026-014), Talk, part 2 (FOL-2026-014).");
        assertThat(api.post(federation, validation, Map.of()).text("/detail")).isEqualTo("Le responsable n'a pas complété les modules "
                + "obligatoires de l'activité n° " + recent + " : Exposé, partie 1 (FOL-2026-014), Exposé, partie 2 (FOL-2026-014).");
        training.markMandatoryModules(leader, recent, "FOL-2026-014");
        assertThat(api.post(federation, validation, Map.of()).status()).isEqualTo(200);
        assertThat(english.post(federation, validation, Map.of()).text("/detail")).isEqualTo("Activity No. " + recent + " is already validated.");
        assertThat(english.post(leader.login(), "/api/training/activities/" + recent + "/modules",
                Map.of("course", "FOL-2026-014", "module", "bibliotheque")).text("/detail"))
                .isEqualTo("Activity No. " + recent + " is validated: its modules no longer change.");
    }

    @Test
    void allowanceRefusalsReadInEnglishTheRulesAndTheServicesAlike() {
        TrainingApiIntegrationTests.Leader leader = training.fmoqMember();
        Api.Login federation = api.newStaff("fmoq");
        long group = training.groupOf(leader);
        LocalDate later = TrainingApiIntegrationTests.today().plusDays(20);

        long unscheduled = api.post(leader.login(), "/api/training/groups/" + group + "/activities",
                Map.of("date", later.toString(), "courses", List.of("FOL-2026-014"))).body().get("id").asLong();
        String unscheduledRequests = "/api/training/activities/" + unscheduled + "/allowance-requests";
        var noSchedule = english.post(leader.login(), unscheduledRequests, Map.of("program", "annexXIX"));
        assertThat(noSchedule.status()).isEqualTo(409);
        assertThat(noSchedule.text("/detail")).isEqualTo("The schedule of activity No. " + unscheduled
                + " is not given: eligibility is judged on its consecutive training blocks.");
        assertThat(api.post(leader.login(), unscheduledRequests, Map.of("program", "annexXIX")).text("/detail"))
                .isEqualTo("L'horaire de l'activité n° " + unscheduled + " n'est pas indiqué : l'admissibilité se juge sur ses blocs de "
                        + "formation consécutifs.");

        long short_ = training.plan(leader, group, later, List.of("09:00-11:00", "12:00-14:00"));
        assertThat(english.post(leader.login(), "/api/training/activities/" + short_ + "/allowance-requests", Map.of("program", "annexXIX"))
                .text("/detail")).isEqualTo("Not eligible: the activity must include at least 3 consecutive hours of training (2 h).");

        long activity = training.plan(leader, group, later, List.of("09:00-10:30", "10:45-12:15"));
        String requests = "/api/training/activities/" + activity + "/allowance-requests";
        assertThat(message(english.post(leader.login(), requests, Map.of("program", "annexXII")), "region"))
                .isEqualTo("Give the region where the physicians practise (administrative region code).");
        assertThat(message(api.post(leader.login(), requests, Map.of("program", "annexXII")), "region"))
                .isEqualTo("Indiquez la région où pratiquent les médecins (code de région administrative).");
        assertThat(message(english.post(leader.login(), requests, Map.of("program", "annexZ")), "program"))
                .isEqualTo("Unknown programme: “annexZ” (annexXIX, annexXII).");
        assertThat(message(english.post(leader.login(), requests, Map.of("program", "annexXII", "region", "99")), "region"))
                .isEqualTo("Unknown region: “99”.");
        assertThat(message(english.post(leader.login(), requests, Map.of("program", "annexXII", "region", "06")), "region"))
                .isEqualTo("Not eligible for resourcing (Annex XII): region “Montréal” is not a designated region.");

        var fund = english.post(leader.login(), requests, Map.of("program", "annexXIX"));
        assertThat(fund.status()).as(fund.raw()).isEqualTo(201);
        assertThat(fund.text("/programLabel")).isEqualTo("Training-fund allowance (Annex XIX)");
        assertThat(api.get(leader.login(), requests).text("/0/programLabel")).isEqualTo("Allocation du fonds de formation (annexe XIX)");
        assertThat(english.post(leader.login(), requests, Map.of("program", "annexXIX")).text("/detail"))
                .isEqualTo("A request to the “annexXIX” programme already exists for activity No. " + activity + ".");
        assertThat(api.post(leader.login(), requests, Map.of("program", "annexXIX")).text("/detail"))
                .isEqualTo("Une demande au programme «\u00A0annexXIX\u00A0» existe déjà pour l'activité n° " + activity + ".");

        String decision = "/api/training/allowance-requests/" + fund.body().get("id").asLong() + "/decision";
        assertThat(message(english.post(federation, decision, Map.of("approved", false)), "reason"))
                .isEqualTo("The reason for the refusal is required.");
        assertThat(english.post(federation, decision, Map.of("approved", true)).status()).isEqualTo(200);
        assertThat(english.post(federation, decision, Map.of("approved", true)).text("/detail"))
                .isEqualTo("Request No. " + fund.body().get("id").asLong() + " is already decided (APPROVED).");
        assertThat(english.post(federation, "/api/training/allowance-requests/0/decision", Map.of("approved", true)).text("/detail"))
                .isEqualTo("No allowance request has the identifier 0.");
        assertThat(english.get(federation, "/api/regulators/fmoq/training/allowance-requests?status=DONE").text("/detail"))
                .isEqualTo("Unknown status: “DONE” (PENDING, APPROVED or REFUSED).");

        String eligibility = "/api/regulators/fmoq/training/allowance-eligibility";
        Map<String, Object> outsideEveryPeriod = Map.of("date", "2030-01-15", "requestedOn", "2030-01-01", "blocks", List.of("09:00-12:00"));
        assertThat(message(english.post(leader.login(), eligibility, outsideEveryPeriod), "date"))
                .isEqualTo("No period of the Federation's rules covers 2030-01-15.");
        assertThat(message(api.post(leader.login(), eligibility, outsideEveryPeriod), "date"))
                .isEqualTo("Aucune période des règles de la Fédération ne couvre le 2030-01-15.");
        assertThat(message(english.post(leader.login(), eligibility, Map.of("date", "2026-03-14", "requestedOn", "2026-03-01")), "blocks"))
                .isEqualTo("Give 1 to 20 training blocks, for example “09:00-10:30”.");
    }

    @Test
    void aGroupIsRefusedInEnglishWithTheOptionsNamedInEnglish() {
        TrainingApiIntegrationTests.Leader leader = training.fmoqMember();
        var overItsOption = english.post(leader.login(), GROUPS, TrainingApiIntegrationTests.group("omnipraticien", "grand",
                List.of(Map.of("profession", "omnipraticien", "count", 20))));
        assertThat(overItsOption.status()).isEqualTo(400);
        assertThat(overItsOption.text("/detail")).isEqualTo("The “Large group (up to 18)” option allows at most 18 regular participants "
                + "(20 registered): choose the “Very large group (up to 25)” option.");

        Map<String, Object> wrong = new HashMap<>(TrainingApiIntegrationTests.group("omnipraticien", "petit",
                List.of(Map.of("profession", "omnipraticien", "count", 5))));
        wrong.put("termsAccepted", false);
        wrong.put("purchaseFormula", "cheque");
        var refused = english.post(leader.login(), GROUPS, wrong);
        assertThat(message(refused, "termsAccepted"))
                .isEqualTo("The leader accepts the terms of use (no presence of the pharmaceutical industry, restricted distribution).");
        assertThat(message(refused, "purchaseFormula")).isEqualTo("Unknown purchase formula: “cheque” (abonnement, forfait or unite).");
        var french = api.post(leader.login(), GROUPS, wrong);
        assertThat(message(french, "termsAccepted")).isEqualTo("Le responsable accepte les conditions d'utilisation (aucune présence de "
                + "l'industrie pharmaceutique, diffusion restreinte).");
        assertThat(message(french, "purchaseFormula"))
                .isEqualTo("Formule d'achat inconnue : «\u00A0cheque\u00A0» (abonnement, forfait ou unite).");
        assertThat(count("training_group", "leader_member_id = ?", leader.id())).isZero();
    }

    @Test
    void attendanceErrorsAndTheGroupsAccessRefusalsReadInEnglish() {
        TrainingApiIntegrationTests.Leader leader = training.fmoqMember();
        TrainingApiIntegrationTests.Leader stranger = training.fmoqMember();
        Api.Login federation = api.newStaff("fmoq");
        long activity = training.plan(leader, training.groupOf(leader), LocalDate.of(2026, 3, 14), List.of("09:00-12:00"));
        String attendance = "/api/training/activities/" + activity + "/attendance";
        String number = training.fmoqNumber(leader);
        Map<String, Object> unconfirmed = Map.of("fmoqNumbers", List.of(number, "F-INCONNU"), "dateConfirmed", false);

        var refused = english.post(leader.login(), attendance, unconfirmed);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(message(refused, "dateConfirmed")).isEqualTo("Confirm the activity's date (March 14, 2026).");
        assertThat(message(refused, "fmoqNumbers[1]")).isEqualTo("Unknown FMOQ or licence number: “F-INCONNU”.");
        var french = api.post(leader.login(), attendance, unconfirmed);
        assertThat(message(french, "dateConfirmed")).isEqualTo("Confirmez la date de l'activité (14 mars 2026).");
        assertThat(message(french, "fmoqNumbers[1]")).isEqualTo("Numéro FMOQ ou de permis inconnu : «\u00A0F-INCONNU\u00A0».");
        assertThat(message(english.post(leader.login(), attendance, Map.of("dateConfirmed", true)), "fmoqNumbers"))
                .isEqualTo("Enter each participant's FMOQ number (200 at most).");

        Map<String, Object> sheet = Map.of("fmoqNumbers", List.of(number), "dateConfirmed", true);
        var notTheLeader = english.post(stranger.login(), attendance, sheet);
        assertThat(notTheLeader.status()).isEqualTo(403);
        assertThat(notTheLeader.text("/detail")).isEqualTo("Only the group's leader manages its activities.");
        assertThat(api.post(stranger.login(), attendance, sheet).text("/detail")).isEqualTo("Seul le responsable du groupe gère ses activités.");
        var notToRead = english.get(stranger.login(), "/api/training/activities/" + activity);
        assertThat(notToRead.status()).isEqualTo(403);
        assertThat(notToRead.text("/detail")).isEqualTo("Only the group's leader and the Federation may read this activity.");
        assertThat(api.get(stranger.login(), "/api/training/activities/" + activity).text("/detail"))
                .isEqualTo("Seuls le responsable du groupe et la Fédération consultent cette activité.");

        String corrections = attendance + "/corrections";
        assertThat(english.post(federation, corrections, Map.of("add", List.of(training.fmoqNumber(stranger)), "reason", "Oubli")).text("/detail"))
                .isEqualTo("The leader has not submitted the attendance of activity No. " + activity + " yet: the leader records it.");
        assertThat(api.post(leader.login(), attendance, sheet).status()).isEqualTo(200);
        var again = english.post(leader.login(), attendance, sheet);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("/detail")).startsWith("The attendance of this activity was submitted on ")
                .endsWith(": only the Federation can still change it.").contains(" at ");
        assertThat(message(english.post(federation, corrections, Map.of("add", List.of(number), "reason", "x")), "add[0]"))
                .isEqualTo("“" + number + "” is already on the attendance.");
        assertThat(message(english.post(federation, corrections, Map.of("add", List.of(training.fmoqNumber(stranger)))), "reason"))
                .isEqualTo("The reason for the correction is required.");
        assertThat(message(api.post(federation, corrections, Map.of("add", List.of(training.fmoqNumber(stranger)))), "reason"))
                .isEqualTo("Le motif de la correction est obligatoire.");
    }

    @Test
    void theStatementsRefusalsReadInEnglish() {
        TrainingApiIntegrationTests.Leader member = training.fmoqMember();
        String statement = "/api/members/" + member.id() + "/training/statement";
        assertThat(message(english.post(member.login(), statement, Map.of("periodId", "1999")), "periodId"))
                .isEqualTo("Unknown period for fmoq: “1999” ([2025, 2026, 2027]).");
        assertThat(message(api.post(member.login(), statement, Map.of("periodId", "1999")), "periodId"))
                .isEqualTo("Période inconnue pour fmoq : «\u00A01999\u00A0» ([2025, 2026, 2027]).");
        var none = english.post(member.login(), statement, Map.of("periodId", "2026"));
        assertThat(none.status()).isEqualTo(409);
        assertThat(none.text("/detail")).isEqualTo("No credited activity in period 2026: there is no statement to produce.");
        assertThat(api.post(member.login(), statement, Map.of("periodId", "2026")).text("/detail"))
                .isEqualTo("Aucune activité créditée pour la période 2026 : il n'y a pas de relevé à produire.");
    }
}
