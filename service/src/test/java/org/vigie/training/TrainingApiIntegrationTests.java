package org.vigie.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vigie.support.Api;
import org.vigie.support.ApiTest;

/** FMOQ groups and allowance eligibility through the API, decided by rules/fmoq. */
class TrainingApiIntegrationTests extends ApiTest {
    static final String GROUPS = "/api/regulators/fmoq/training/groups";

    record Leader(long id, Api.Login login) {
    }

    Leader fmoqMember() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        var created = api.post(Api.admin(), "/api/members", Map.of("firstName", "Louis", "lastName", "Bédard",
                "email", "fmoq-" + unique + "@example.org", "password", Api.PASSWORD,
                "membership", Map.of("regulator", "fmoq", "number", "F" + unique)));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return new Leader(created.body().get("id").asLong(), new Api.Login("fmoq-" + unique + "@example.org", Api.PASSWORD));
    }

    static Map<String, Object> group(String leaderProfession, String sizeOption, List<Map<String, Object>> participants) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Groupe de Rimouski");
        body.put("sizeOption", sizeOption);
        body.put("leaderProfession", leaderProfession);
        body.put("participants", participants);
        body.put("frequency", "Un mardi sur deux");
        body.put("nextActivities", "14 mars 2026, salle du CLSC");
        body.put("purchaseFormula", "forfait");
        body.put("receiptReference", "R-2026-0042");
        body.put("termsAccepted", true);
        return body;
    }

    @Test
    void aGeneralPractitionerWithAnFmoqAccountCreatesAGroupThatOnlyTheySee() {
        Leader leader = fmoqMember();
        var created = api.post(leader.login(), GROUPS, group("omnipraticien", "grand",
                List.of(Map.of("profession", "omnipraticien", "count", 10), Map.of("profession", "infirmiere", "count", 4))));

        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.text("/termsAcceptedAt")).isNotEmpty();
        assertThat(created.text("/ruleSetVersion")).isEqualTo("2026.6");
        assertThat(created.body().get("participants")).extracting(p -> p.get("profession").asText() + " " + p.get("count").asInt())
                .containsExactly("infirmiere 4", "omnipraticien 10");
        assertThat(api.get(leader.login(), GROUPS).body()).hasSize(1);
        assertThat(api.get(fmoqMember().login(), GROUPS).body()).as("another leader's groups").isEmpty();
    }

    @Test
    void aGroupOverTheMaximumALeaderWhoMayNotLeadAndALeaderWithoutAccountAreRefusedWithTheRulesReasonAndNothingIsSaved() {
        Leader leader = fmoqMember();
        var tooLarge = api.post(leader.login(), GROUPS, group("omnipraticien", "tres-grand",
                List.of(Map.of("profession", "omnipraticien", "count", 26))));
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.body().get("errors")).anySatisfy(e -> {
            assertThat(e.get("field").asText()).isEqualTo("participants");
            assertThat(e.get("message").asText()).isEqualTo("Un groupe compte au plus 25 participants réguliers (26 inscrits).");
        });

        var specialist = api.post(leader.login(), GROUPS, group("medecin-specialiste", "moyen",
                List.of(Map.of("profession", "omnipraticien", "count", 3), Map.of("profession", "pharmacien", "count", 3))));
        assertThat(specialist.body().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactlyInAnyOrder("participants", "leaderProfession");
        assertThat(specialist.body().get("errors").toString()).contains("majoritairement de médecins : 3 médecins sur 6 participants");

        var noAccount = api.post(api.newMember().login(), GROUPS, group("omnipraticien", "petit",
                List.of(Map.of("profession", "omnipraticien", "count", 5))));
        assertThat(noAccount.status()).isEqualTo(403);
        assertThat(noAccount.text("/detail")).isEqualTo("Le responsable du groupe doit détenir un compte FMOQ.");

        Map<String, Object> noTerms = group("omnipraticien", "petit", List.of(Map.of("profession", "omnipraticien", "count", 5)));
        noTerms.put("termsAccepted", false);
        assertThat(api.post(leader.login(), GROUPS, noTerms).text("/errors/0/field")).isEqualTo("termsAccepted");
        assertThat(count("training_group", "leader_member_id = ?", leader.id())).isZero();
    }

    @Test
    void aGroupOverTheMaximumIsExplainedByTheMaximumAndOneOverItsOptionIsToldTheOptionThatHoldsIt() {
        Leader leader = fmoqMember();
        var tooLarge = api.post(leader.login(), GROUPS, group("omnipraticien", "tres-grand",
                List.of(Map.of("profession", "omnipraticien", "count", 26))));
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.text("/detail")).isEqualTo("Un groupe compte au plus 25 participants réguliers (26 inscrits).");
        assertThat(tooLarge.raw()).as("no larger option exists").doesNotContain("choisissez");

        var overItsOption = api.post(leader.login(), GROUPS, group("omnipraticien", "grand",
                List.of(Map.of("profession", "omnipraticien", "count", 20))));
        assertThat(overItsOption.status()).isEqualTo(400);
        assertThat(overItsOption.text("/detail")).isEqualTo("L'option «\u00A0Grand groupe (jusqu'à 18)\u00A0» permet au plus 18 participants "
                + "réguliers (20 inscrits) : choisissez l'option «\u00A0Très grand groupe (jusqu'à 25)\u00A0».");

        var alsoLedBadly = api.post(leader.login(), GROUPS, group("medecin-specialiste", "tres-grand",
                List.of(Map.of("profession", "omnipraticien", "count", 26))));
        assertThat(alsoLedBadly.text("/detail")).as("the maximum explains first").startsWith("Un groupe compte au plus 25");
        assertThat(alsoLedBadly.body().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactly("participants", "leaderProfession");
        assertThat(count("training_group", "leader_member_id = ?", leader.id())).isZero();
    }

    @Test
    void aGroupWithoutSizeOptionOrWithANullOneIsRefusedOnThatFieldAndNothingIsSaved() {
        Leader leader = fmoqMember();
        Map<String, Object> missing = group("omnipraticien", "petit", List.of(Map.of("profession", "omnipraticien", "count", 5)));
        missing.remove("sizeOption");
        Map<String, Object> nullOption = group("omnipraticien", null, List.of(Map.of("profession", "omnipraticien", "count", 5)));
        for (Map<String, Object> body : List.of(missing, nullOption)) {
            var refused = api.post(leader.login(), GROUPS, body);
            assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
            assertThat(refused.text("/field")).isEqualTo("sizeOption");
            assertThat(refused.text("/detail")).isEqualTo("Choisissez l'option de taille du groupe.");
        }
        assertThat(count("training_group", "leader_member_id = ?", leader.id())).isZero();
    }

    String fmoqNumber(Leader member) {
        return jdbc.sql("SELECT number FROM membership WHERE member_id = ? AND regulator = 'fmoq'").param(member.id()).query(String.class).single();
    }

    @Test
    void theLeaderSubmitsTheAttendanceOnceTwoSubmissionsAtOnceCannotBothWinAndNothingComesAfter() throws Exception {
        Leader leader = fmoqMember();
        long group = api.post(leader.login(), GROUPS, group("omnipraticien", "petit",
                List.of(Map.of("profession", "omnipraticien", "count", 5)))).body().get("id").asLong();
        var planned = api.post(leader.login(), "/api/training/groups/" + group + "/activities",
                Map.of("date", "2026-03-14", "courses", List.of("FOL-2026-014")));
        assertThat(planned.status()).as(planned.raw()).isEqualTo(201);
        long activity = planned.body().get("id").asLong();
        assertThat(api.post(leader.login(), "/api/training/groups/" + group + "/activities",
                Map.of("date", "2026-03-14", "courses", List.of("FOL-1999-000"))).text("/errors/0/field")).isEqualTo("courses[0]");
        String attendance = "/api/training/activities/" + activity + "/attendance";
        List<String> numbers = List.of(fmoqNumber(leader), fmoqNumber(fmoqMember()), fmoqNumber(fmoqMember()));

        var unknown = api.post(leader.login(), attendance, Map.of("fmoqNumbers", List.of(numbers.get(0), "F-INCONNU"), "dateConfirmed", true));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text("/errors/0/field")).isEqualTo("fmoqNumbers[1]");
        assertThat(api.post(leader.login(), attendance, Map.of("fmoqNumbers", numbers, "dateConfirmed", false)).text("/errors/0/field"))
                .isEqualTo("dateConfirmed");
        assertThat(api.post(fmoqMember().login(), attendance, Map.of("fmoqNumbers", numbers, "dateConfirmed", true)).status())
                .as("not the group's leader").isEqualTo(403);
        assertThat(count("training_attendance", "activity_id = ?", activity)).isZero();

        var answers = org.vigie.support.Together.run(List.of(
                () -> api.post(leader.login(), attendance, Map.of("fmoqNumbers", numbers, "dateConfirmed", true)),
                () -> api.post(leader.login(), attendance, Map.of("fmoqNumbers", numbers.subList(0, 2), "dateConfirmed", true))));
        assertThat(answers).extracting(Api.Response::status).containsExactlyInAnyOrder(200, 409);
        long recorded = count("training_attendance", "activity_id = ?", activity);
        assertThat(recorded).as("one submission's participants, not both").isIn(2L, 3L);
        var late = api.post(leader.login(), attendance, Map.of("fmoqNumbers", numbers, "dateConfirmed", true));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text("/detail")).contains("seule la Fédération");
        assertThat(count("training_attendance", "activity_id = ?", activity)).isEqualTo(recorded);
    }

    @Test
    void eachParticipantIsInvitedInTheLanguageOfTheirAccountNotTheLeaders() {
        Leader leader = fmoqMember();
        Leader french = fmoqMember();
        Leader english = fmoqMember();
        assertThat(api.put(english.login(), "/api/me/language", Map.of("language", "en")).status()).isEqualTo(200);
        long group = api.post(leader.login(), GROUPS, group("omnipraticien", "petit",
                List.of(Map.of("profession", "omnipraticien", "count", 5)))).body().get("id").asLong();
        String yesterday = java.time.LocalDate.now(java.time.ZoneId.of("America/Montreal")).minusDays(1).toString();
        long activity = api.post(leader.login(), "/api/training/groups/" + group + "/activities",
                Map.of("date", yesterday, "courses", List.of("FOL-2026-022"))).body().get("id").asLong();

        var submitted = api.with(Map.of("Accept-Language", "en")).post(leader.login(), "/api/training/activities/" + activity
                + "/attendance", Map.of("fmoqNumbers", List.of(fmoqNumber(french), fmoqNumber(english)), "dateConfirmed", true));
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(200);

        assertThat(count("outbox_message", "recipient = ? AND subject = ?", french.login().username(),
                "Évaluez l'activité de formation n° " + activity)).as("the leader asked in English; this participant reads French")
                .isEqualTo(1);
        assertThat(count("outbox_message", "recipient = ? AND subject = ?", english.login().username(),
                "Evaluate training activity No. " + activity)).isEqualTo(1);
    }

    @Test
    void everyParticipantIsInvitedAndEvaluatesOnceWithinTheWindowLaterEvaluationsAreRefused() {
        Leader leader = fmoqMember();
        Leader participant = fmoqMember();
        long group = api.post(leader.login(), GROUPS, group("omnipraticien", "petit",
                List.of(Map.of("profession", "omnipraticien", "count", 5)))).body().get("id").asLong();
        String yesterday = java.time.LocalDate.now(java.time.ZoneId.of("America/Montreal")).minusDays(1).toString();
        long recent = api.post(leader.login(), "/api/training/groups/" + group + "/activities",
                Map.of("date", yesterday, "courses", List.of("FOL-2026-022"))).body().get("id").asLong();
        long old = api.post(leader.login(), "/api/training/groups/" + group + "/activities",
                Map.of("date", "2026-01-10", "courses", List.of("FOL-2026-022"))).body().get("id").asLong();
        for (long activity : List.of(recent, old)) {
            api.post(leader.login(), "/api/training/activities/" + activity + "/attendance",
                    Map.of("fmoqNumbers", List.of(fmoqNumber(participant)), "dateConfirmed", true));
        }
        assertThat(count("outbox_message", "recipient = ? AND subject = ?", participant.login().username(),
                "Évaluez l'activité de formation n° " + recent)).as("invited, with the activity's number").isEqualTo(1);
        assertThat(jdbc.sql("SELECT body FROM outbox_message WHERE recipient = ? AND subject = ?")
                .params(participant.login().username(), "Évaluez l'activité de formation n° " + old).query(String.class).single())
                .as("the days as people write them").contains("Vous avez participé le 10 janvier 2026", "d'ici le 17 janvier 2026 :");

        var evaluated = api.post(participant.login(), "/api/training/activities/" + recent + "/evaluations", Map.of("rating", 5));
        assertThat(evaluated.status()).as(evaluated.raw()).isEqualTo(201);
        assertThat(evaluated.text("/deadline")).isEqualTo(java.time.LocalDate.parse(yesterday).plusDays(7).toString());
        assertThat(api.post(participant.login(), "/api/training/activities/" + recent + "/evaluations", Map.of("rating", 4)).status())
                .as("once").isEqualTo(409);
        assertThat(api.post(participant.login(), "/api/training/activities/" + recent + "/evaluations", Map.of("rating", 6)).text("/errors/0/field"))
                .isEqualTo("rating");
        assertThat(api.post(fmoqMember().login(), "/api/training/activities/" + recent + "/evaluations", Map.of("rating", 3)).status())
                .as("not a participant").isEqualTo(403);
        var late = api.post(participant.login(), "/api/training/activities/" + old + "/evaluations", Map.of("rating", 5));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text("/detail")).contains("jusqu'au 17 janvier 2026").contains("délai est passé");
        assertThat(count("training_evaluation", "member_id = ?", participant.id())).isEqualTo(1);
    }

    @org.springframework.beans.factory.annotation.Autowired
    TrainingValidations validations;

    @Test
    void theFederationValidatesWithinTheWindowCreditsEveryParticipantOnceAndLateActivitiesAreFlaggedOnce() {
        Leader leader = fmoqMember();
        Leader participant = fmoqMember();
        Api.Login federation = api.newStaff("fmoq");
        long group = api.post(leader.login(), GROUPS, group("omnipraticien", "petit",
                List.of(Map.of("profession", "omnipraticien", "count", 5)))).body().get("id").asLong();
        String yesterday = java.time.LocalDate.now(java.time.ZoneId.of("America/Montreal")).minusDays(1).toString();
        long activity = api.post(leader.login(), "/api/training/groups/" + group + "/activities",
                Map.of("date", yesterday, "courses", List.of("FOL-2026-022", "FOL-2026-031"))).body().get("id").asLong();
        String validation = "/api/training/activities/" + activity + "/validation";
        assertThat(api.post(federation, validation, Map.of()).text("/detail")).as("attendance not submitted").contains("présences");
        api.post(leader.login(), "/api/training/activities/" + activity + "/attendance",
                Map.of("fmoqNumbers", List.of(fmoqNumber(participant), fmoqNumber(leader)), "dateConfirmed", true));
        assertThat(api.post(api.newStaff("otpq"), validation, Map.of()).status()).as("another regulator's staff").isEqualTo(403);
        var unmarked = api.post(federation, validation, Map.of());
        assertThat(unmarked.status()).isEqualTo(409);
        assertThat(unmarked.text("/detail")).contains("Exposé, partie 1 (FOL-2026-022)").contains("Exposé, partie 2 (FOL-2026-031)");
        markMandatoryModules(leader, activity, "FOL-2026-022", "FOL-2026-031");

        var validated = api.post(federation, validation, Map.of());
        assertThat(validated.status()).as(validated.raw()).isEqualTo(200);
        assertThat(validated.body().get("participantsCredited").asInt()).isEqualTo(2);
        assertThat(api.post(federation, validation, Map.of()).status()).as("once").isEqualTo(409);
        var credits = api.get(participant.login(), "/api/members/" + participant.id() + "/training/credits");
        assertThat(credits.body()).extracting(c -> c.get("course").asText() + " " + c.get("hours").asDouble())
                .containsExactly("FOL-2026-022 1.5", "FOL-2026-031 1.5");

        long late = api.post(leader.login(), "/api/training/groups/" + group + "/activities",
                Map.of("date", "2026-01-05", "courses", List.of("FOL-2026-014"))).body().get("id").asLong();
        validations.flagLateActivities();
        java.sql.Timestamp flagged = jdbc.sql("SELECT flagged_late_at FROM training_activity WHERE id = ?").param(late)
                .query(java.sql.Timestamp.class).single();
        assertThat(flagged).as("flagged past the window").isNotNull();
        validations.flagLateActivities();
        assertThat(jdbc.sql("SELECT flagged_late_at FROM training_activity WHERE id = ?").param(late).query(java.sql.Timestamp.class).single())
                .as("flagged once: a second run leaves the first flag").isEqualTo(flagged);
        assertThat(count("training_activity", "id = ? AND flagged_late_at IS NOT NULL", activity)).as("validated in time").isZero();
        api.post(leader.login(), "/api/training/activities/" + late + "/attendance",
                Map.of("fmoqNumbers", List.of(fmoqNumber(participant)), "dateConfirmed", true));
        markMandatoryModules(leader, late, "FOL-2026-014");
        assertThat(api.post(federation, "/api/training/activities/" + late + "/validation", Map.of()).text("/detail"))
                .contains("se validait jusqu'au 12 janvier 2026");
    }

    void markMandatoryModules(Leader leader, long activity, String... courses) {
        for (String course : courses) {
            for (String module : List.of("expose-1", "expose-2")) {
                var marked = api.post(leader.login(), "/api/training/activities/" + activity + "/modules", Map.of("course", course, "module", module));
                assertThat(marked.status()).as(marked.raw()).isEqualTo(200);
            }
        }
    }

    @Test
    void theCourseCatalogueIsSearchedByKeywordCategoryOrType() {
        Api.Login anyone = api.newMember().login();
        String courses = "/api/regulators/fmoq/training/courses";
        assertThat(api.get(anyone, courses).body()).hasSize(4);
        var depression = api.get(anyone, courses + "?q=depression");
        assertThat(depression.body()).singleElement().satisfies(c -> {
            assertThat(c.get("number").asText()).isEqualTo("FOL-2026-014");
            assertThat(c.get("hours").asDouble()).isEqualTo(3);
            assertThat(c.get("competencies").toString()).contains("Expert médical", "Communicateur");
            assertThat(c.get("preview").asText()).startsWith("https://");
        });
        assertThat(api.get(anyone, courses + "?category=maladies%20chroniques").body()).extracting(c -> c.get("number").asText())
                .containsExactly("FOL-2026-022", "FOL-2026-031");
        assertThat(api.get(anyone, courses + "?type=atelier&category=geriatrie").body()).extracting(c -> c.get("number").asText())
                .containsExactly("FOL-2026-047");
    }

    @Test
    void anActivityOfThreeConsecutiveHoursRequestedBeforehandIsEligibleToBothProgrammes() {
        Leader leader = fmoqMember();
        String path = "/api/regulators/fmoq/training/allowance-eligibility";
        var eligible = api.post(leader.login(), path, Map.of("date", "2026-03-14", "requestedOn", "2026-03-01",
                "blocks", List.of("09:00-10:30", "10:45-12:15")));
        assertThat(eligible.status()).as(eligible.raw()).isEqualTo(200);
        assertThat(eligible.text("/status")).isEqualTo("eligible");
        assertThat(eligible.number("/consecutiveHours")).isEqualTo(3);
        assertThat(eligible.body().get("findings")).extracting(f -> f.get("code").asText())
                .containsExactlyInAnyOrder("allowance.annexXIX", "allowance.annexXII");

        var lunch = api.post(leader.login(), path, Map.of("date", "2026-03-14", "requestedOn", "2026-03-01",
                "blocks", List.of("09:00-11:00", "12:00-14:00")));
        assertThat(lunch.text("/status")).isEqualTo("ineligible");
        assertThat(lunch.text("/findings/0/message"))
                .isEqualTo("Non admissible : l'activité doit comporter au moins 3 heures de formation consécutives (2 h).");

        var late = api.post(leader.login(), path, Map.of("date", "2026-06-06", "requestedOn", "2026-06-07", "blocks", List.of("08:00-12:00")));
        assertThat(late.text("/findings/0/code")).isEqualTo("allowance.requestedTooLate");

        var unreadable = api.post(leader.login(), path, Map.of("date", "2026-06-06", "requestedOn", "2026-06-01",
                "blocks", List.of("08:00-12:00", "14h-16h")));
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.text("/errors/0/field")).isEqualTo("blocks[1]");
    }

    @Test
    void theEligibilityFindingsReadInEnglishWhenTheCallerAsksForIt() {
        Leader leader = fmoqMember();
        String path = "/api/regulators/fmoq/training/allowance-eligibility";
        Map<String, String> english = Map.of("Accept-Language", "en");

        var eligible = api.post(leader.login(), path, Map.of("date", "2026-03-14", "requestedOn", "2026-03-01",
                "blocks", List.of("09:00-10:30", "10:45-12:15"), "program", "annexXIX"), english);
        assertThat(eligible.status()).as(eligible.raw()).isEqualTo(200);
        assertThat(eligible.text("/findings/0/message"))
                .isEqualTo("Eligible for the training-fund allowance (Annex XIX): 3 consecutive hours of training.");

        var lunch = api.post(leader.login(), path, Map.of("date", "2026-03-14", "requestedOn", "2026-03-01",
                "blocks", List.of("09:00-11:00", "12:00-14:00")), english);
        assertThat(lunch.text("/findings/0/message"))
                .isEqualTo("Not eligible: the activity must include at least 3 consecutive hours of training (2 h).");

        var late = api.post(leader.login(), path, Map.of("date", "2026-06-06", "requestedOn", "2026-06-07", "blocks", List.of("08:00-12:00"),
                "program", "annexXIX"), english);
        assertThat(late.text("/findings/0/message")).as("dates as English writes them")
                .isEqualTo("Not eligible: the request must be validated by the Federation before the activity takes place (June 6, 2026); "
                        + "it was made on June 7, 2026.");

        var french = api.post(leader.login(), path, Map.of("date", "2026-06-06", "requestedOn", "2026-06-07", "blocks", List.of("08:00-12:00"),
                "program", "annexXIX"), Map.of("Accept-Language", "fr-CA"));
        assertThat(french.text("/findings/0/message")).startsWith("Non admissible : la demande doit être validée par la Fédération")
                .contains("(6 juin 2026)");
    }

    long groupOf(Leader leader) {
        return api.post(leader.login(), GROUPS, group("omnipraticien", "petit", List.of(Map.of("profession", "omnipraticien", "count", 5))))
                .body().get("id").asLong();
    }

    long plan(Leader leader, long group, java.time.LocalDate date, List<String> blocks) {
        var planned = api.post(leader.login(), "/api/training/groups/" + group + "/activities",
                Map.of("date", date.toString(), "courses", List.of("FOL-2026-014"), "place", "CLSC de Rimouski", "blocks", blocks));
        assertThat(planned.status()).as(planned.raw()).isEqualTo(201);
        return planned.body().get("id").asLong();
    }

    static java.time.LocalDate today() {
        return java.time.LocalDate.now(java.time.ZoneId.of("America/Montreal"));
    }

    @Test
    void theLeaderRequestsAllowancesBeforeTheActivityAndTheFederationApprovesThemBeforeItTakesPlaceNeverAfter() {
        Leader leader = fmoqMember();
        Api.Login federation = api.newStaff("fmoq");
        long group = groupOf(leader);
        long activity = plan(leader, group, today().plusDays(20), List.of("09:00-10:30", "10:45-12:15"));
        String requests = "/api/training/activities/" + activity + "/allowance-requests";

        var fund = api.post(leader.login(), requests, Map.of("program", "annexXIX"));
        assertThat(fund.status()).as(fund.raw()).isEqualTo(201);
        assertThat(fund.text("/status")).isEqualTo("PENDING");
        assertThat(fund.number("/consecutiveHours")).isEqualTo(3);
        assertThat(fund.text("/programLabel")).isEqualTo("Allocation du fonds de formation (annexe XIX)");
        assertThat(fund.text("/ruleSetVersion")).isEqualTo("2026.6");
        assertThat(api.post(leader.login(), requests, Map.of("program", "annexXIX")).status()).as("once per programme").isEqualTo(409);
        assertThat(api.post(fmoqMember().login(), requests, Map.of("program", "annexXIX")).status()).as("not the leader").isEqualTo(403);

        var noRegion = api.post(leader.login(), requests, Map.of("program", "annexXII"));
        assertThat(noRegion.text("/errors/0/field")).isEqualTo("region");
        var montreal = api.post(leader.login(), requests, Map.of("program", "annexXII", "region", "06"));
        assertThat(montreal.status()).isEqualTo(400);
        assertThat(montreal.text("/errors/0/message"))
                .isEqualTo("Non admissible au ressourcement (annexe XII) : la région «\u00A0Montréal\u00A0» n'est pas une région désignée.");
        assertThat(api.post(leader.login(), requests, Map.of("program", "annexXII", "region", "09")).status()).isEqualTo(201);

        long short_ = plan(leader, group, today().plusDays(20), List.of("09:00-11:00", "12:00-14:00"));
        var tooShort = api.post(leader.login(), "/api/training/activities/" + short_ + "/allowance-requests", Map.of("program", "annexXIX"));
        assertThat(tooShort.status()).isEqualTo(409);
        assertThat(tooShort.text("/detail")).isEqualTo("Non admissible : l'activité doit comporter au moins 3 heures de formation consécutives (2 h).");
        long past = plan(leader, group, today().minusDays(1), List.of("08:00-12:00"));
        var after = api.post(leader.login(), "/api/training/activities/" + past + "/allowance-requests", Map.of("program", "annexXIX"));
        assertThat(after.status()).isEqualTo(409);
        assertThat(after.text("/detail")).startsWith("Non admissible : la demande doit être validée par la Fédération avant la tenue de l'activité");
        long unscheduled = api.post(leader.login(), "/api/training/groups/" + group + "/activities",
                Map.of("date", today().plusDays(5).toString(), "courses", List.of("FOL-2026-014"))).body().get("id").asLong();
        assertThat(api.post(leader.login(), "/api/training/activities/" + unscheduled + "/allowance-requests", Map.of("program", "annexXIX"))
                .text("/detail")).contains("horaire");
        assertThat(count("training_allowance_request", "activity_id IN (?, ?, ?)", short_, past, unscheduled)).as("nothing saved").isZero();

        assertThat(api.get(federation, "/api/regulators/fmoq/training/allowance-requests").body())
                .extracting(r -> r.get("id").asLong()).contains(fund.body().get("id").asLong());
        String decision = "/api/training/allowance-requests/" + fund.body().get("id").asLong() + "/decision";
        assertThat(api.post(api.newStaff("otpq"), decision, Map.of("approved", true)).status()).isEqualTo(403);
        assertThat(api.post(federation, decision, Map.of("approved", false)).text("/errors/0/field")).isEqualTo("reason");
        var approved = api.post(federation, decision, Map.of("approved", true));
        assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
        assertThat(approved.text("/status")).isEqualTo("APPROVED");
        assertThat(api.post(federation, decision, Map.of("approved", true)).status()).as("decided once").isEqualTo(409);

        // the day comes before the federation decided on the resourcing request: it can no longer be approved
        long resourcing = api.get(leader.login(), requests).body().get(1).get("id").asLong();
        clock.today(java.time.LocalDate.of(2026, 12, 2));
        jdbc.sql("UPDATE training_activity SET activity_date = ? WHERE id = ?").params(java.time.LocalDate.of(2026, 12, 2), activity).update();
        jdbc.sql("UPDATE training_allowance_request SET requested_at = ? WHERE id = ?")
                .params(java.sql.Timestamp.from(java.time.Instant.parse("2026-11-29T15:00:00Z")), resourcing).update();
        var tooLate = api.post(federation, "/api/training/allowance-requests/" + resourcing + "/decision", Map.of("approved", true));
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.text("/detail")).as("the approval's day is the reason, not the request's, made in time")
                .isEqualTo("La Fédération ne peut plus valider la demande : elle se valide avant la tenue de l'activité (2 décembre 2026).");
        assertThat(api.post(federation, "/api/training/allowance-requests/" + resourcing + "/decision",
                Map.of("approved", false, "reason", "Demande reçue trop tard")).text("/status")).isEqualTo("REFUSED");
    }

    @Test
    void theFederationCorrectsASubmittedAttendanceWithATraceAndTheCreditsFollow() {
        Leader leader = fmoqMember();
        Leader forgotten = fmoqMember();
        Leader absent = fmoqMember();
        Api.Login federation = api.newStaff("fmoq");
        long activity = plan(leader, groupOf(leader), today().minusDays(2), List.of("09:00-12:00"));
        String corrections = "/api/training/activities/" + activity + "/attendance/corrections";
        assertThat(api.post(federation, corrections, Map.of("add", List.of(fmoqNumber(forgotten)), "reason", "Oubli")).status())
                .as("the leader has not submitted yet").isEqualTo(409);
        api.post(leader.login(), "/api/training/activities/" + activity + "/attendance",
                Map.of("fmoqNumbers", List.of(fmoqNumber(leader), fmoqNumber(absent)), "dateConfirmed", true));
        markMandatoryModules(leader, activity, "FOL-2026-014");
        assertThat(api.post(federation, "/api/training/activities/" + activity + "/validation", Map.of()).status()).isEqualTo(200);

        assertThat(api.post(leader.login(), corrections, Map.of("add", List.of(fmoqNumber(forgotten)), "reason", "Oubli")).status())
                .as("the leader cannot").isEqualTo(403);
        assertThat(api.post(federation, corrections, Map.of("add", List.of(fmoqNumber(forgotten)))).text("/errors/0/field")).isEqualTo("reason");
        assertThat(api.post(federation, corrections, Map.of("add", List.of(fmoqNumber(leader)), "reason", "x")).text("/errors/0/field"))
                .as("already present").isEqualTo("add[0]");
        assertThat(count("training_attendance_change", "activity_id = ?", activity)).as("a refused correction leaves no trace").isZero();
        assertThat(count("training_attendance", "activity_id = ?", activity)).as("nor a participant").isEqualTo(2);
        var corrected = api.post(federation, corrections, Map.of("add", List.of(fmoqNumber(forgotten)), "remove", List.of(fmoqNumber(absent)),
                "reason", "Liste papier signée"));
        assertThat(corrected.status()).as(corrected.raw()).isEqualTo(200);
        assertThat(corrected.body().get("participants")).extracting(p -> p.get("memberId").asLong())
                .containsExactlyInAnyOrder(leader.id(), forgotten.id());
        assertThat(corrected.body().get("changes")).extracting(c -> c.get("kind").asText() + " " + c.get("reason").asText())
                .containsExactly("ADDED Liste papier signée", "REMOVED Liste papier signée");
        assertThat(api.get(leader.login(), "/api/training/activities/" + activity + "/attendance").body().get("changes")).hasSize(2);
        assertThat(api.get(forgotten.login(), "/api/members/" + forgotten.id() + "/training/credits").body())
                .extracting(c -> c.get("course").asText()).containsExactly("FOL-2026-014");
        assertThat(api.get(absent.login(), "/api/members/" + absent.id() + "/training/credits").body()).isEmpty();
        assertThat(count("outbox_message", "recipient = ? AND subject = ?", forgotten.login().username(),
                "Évaluez l'activité de formation n° " + activity)).as("the added participant is invited").isEqualTo(1);
    }

    @Test
    void theLeaderMarksModulesOfTheActivitysCoursesOnlyAndTheyShowOnTheActivity() {
        Leader leader = fmoqMember();
        long activity = plan(leader, groupOf(leader), today().plusDays(3), List.of("19:00-20:30"));
        String modules = "/api/training/activities/" + activity + "/modules";
        assertThat(api.post(leader.login(), modules, Map.of("course", "FOL-2026-022", "module", "expose-1")).text("/errors/0/field"))
                .isEqualTo("course");
        assertThat(api.post(leader.login(), modules, Map.of("course", "FOL-2026-014", "module", "sondage")).text("/errors/0/field"))
                .isEqualTo("module");
        assertThat(api.post(fmoqMember().login(), modules, Map.of("course", "FOL-2026-014", "module", "expose-1")).status()).isEqualTo(403);
        long group = jdbc.sql("SELECT group_id FROM training_activity WHERE id = ?").param(activity).query(Long.class).single();
        assertThat(api.get(fmoqMember().login(), "/api/training/groups/" + group + "/activities").status())
                .as("another leader does not see the group's activities").isEqualTo(403);
        assertThat(api.get(leader.login(), "/api/training/groups/" + group + "/activities").body()).hasSize(1);
        api.post(leader.login(), modules, Map.of("course", "FOL-2026-014", "module", "bibliotheque"));
        var view = api.get(leader.login(), "/api/training/activities/" + activity);
        assertThat(view.text("/place")).isEqualTo("CLSC de Rimouski");
        assertThat(view.body().get("modules")).extracting(m -> m.get("module").asText() + " " + m.get("mandatory").asBoolean() + " "
                        + m.hasNonNull("markedAt"))
                .containsExactly("expose-1 true false", "expose-2 true false", "bibliotheque false true", "questionnaire false false");
        assertThat(api.get(api.newStaff("fmoq"), "/api/training/activities/" + activity).status()).isEqualTo(200);
        assertThat(api.get(fmoqMember().login(), "/api/training/activities/" + activity).status()).isEqualTo(403);
        var overlapping = api.post(leader.login(), "/api/training/groups/" + groupOf(leader) + "/activities",
                Map.of("date", "2026-12-01", "courses", List.of("FOL-2026-014"), "blocks", List.of("09:00-11:00", "10:30-12:00")));
        assertThat(overlapping.text("/errors/0/field")).isEqualTo("blocks");
    }

    @Test
    void aNurseAttendsWithHerOiiqLicenceTheOrderRecognisesHerCreditsAndSheDownloadsHerSignedStatement() throws Exception {
        Leader leader = fmoqMember();
        Api.Login federation = api.newStaff("fmoq");
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String licence = "N" + unique;
        var created = api.post(Api.admin(), "/api/members", Map.of("firstName", "Julie", "lastName", "Gagnon",
                "email", "oiiq-" + unique + "@example.org", "password", Api.PASSWORD, "membership", Map.of("regulator", "oiiq", "number", licence)));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        long nurseId = created.body().get("id").asLong();
        Api.Login nurse = new Api.Login("oiiq-" + unique + "@example.org", Api.PASSWORD);
        String dashboard = "/api/members/" + nurseId + "/dashboards/oiiq/2026";
        assertThat(api.get(nurse, dashboard).number("/creditedHours/accredited/hours")).isZero();
        assertThat(api.post(nurse, "/api/members/" + nurseId + "/training/statement", Map.of("periodId", "2026")).status())
                .as("no credits yet").isEqualTo(409);

        long activity = plan(leader, groupOf(leader), today().minusDays(1), List.of("09:00-12:00"));
        var submitted = api.post(leader.login(), "/api/training/activities/" + activity + "/attendance",
                Map.of("fmoqNumbers", List.of(fmoqNumber(leader), licence), "dateConfirmed", true));
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(200);
        markMandatoryModules(leader, activity, "FOL-2026-014");
        assertThat(api.post(federation, "/api/training/activities/" + activity + "/validation", Map.of()).status()).isEqualTo(200);

        var recognised = api.get(nurse, dashboard);
        assertThat(recognised.number("/creditedHours/accredited/hours")).isEqualTo(3);
        assertThat(recognised.number("/remainingHours/accredited/hours")).isEqualTo(4);
        assertThat(recognised.body().get("recognisedCredits")).singleElement().satisfies(c -> {
            assertThat(c.get("course").asText()).isEqualTo("FOL-2026-014");
            assertThat(c.get("rule").asText()).isEqualTo("RecognisedCreditListed");
            assertThat(c.get("message").asText()).endsWith("3 h reconnues en formation accréditée "
                    + "(Fédération des médecins omnipraticiens du Québec (entente OIIQ-FMOQ)).");
        });
        assertThat(api.get(leader.login(), "/api/members/" + leader.id() + "/dashboards/oiiq/2026").status())
                .as("the leader is no OIIQ member").isEqualTo(404);

        String statement = "/api/members/" + nurseId + "/training/statement";
        assertThat(api.post(fmoqMember().login(), statement, Map.of("periodId", "2026")).status()).as("another member").isEqualTo(403);
        assertThat(api.post(nurse, statement, Map.of("periodId", "1999")).text("/errors/0/field")).isEqualTo("periodId");
        var issued = api.post(nurse, statement, Map.of("periodId", "2026"));
        assertThat(issued.status()).as(issued.raw()).isEqualTo(201);
        assertThat(issued.text("/attested")).isEqualTo("Relevé des activités de formation en groupe créditées, période 2026 : 3 h");
        assertThat(api.post(federation, statement, Map.of("periodId", "2026")).text("/number")).as("same credits, same statement")
                .isEqualTo(issued.text("/number"));
        var pdf = api.getBytes(nurse, "/api/attestations/" + issued.text("/number") + "/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.bytes())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("Relevé des activités de formation créditées",
                    "Julie Gagnon", licence, "FOL-2026-014", "Total : 3 heures créditées", issued.text("/number"));
        }
        assertThat(api.get(Api.admin(), "/api/public/attestations/" + issued.text("/number")).text("/status")).isEqualTo("VALID");
    }
}
