package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.support.Api;

/**
 * The clinic messages of slots, weeks, agendas, agenda feeds and templates (rules/scheduling/parameters/messages-availability.yaml)
 * reach an English caller in English (Accept-Language: en) and every other caller in French, as they always read: one or two
 * of each file that words them, through the API.
 */
class SlotsEnglishApiIntegrationTests extends TemplateTest {
    Api english;

    @BeforeEach
    void anEnglishCaller() {
        english = api.with(Map.of("Accept-Language", "en-CA,en;q=0.9"));
    }

    String slots() {
        return professionalPath(enterprise, professional) + "/slots";
    }

    String week(String sunday) {
        return professionalPath(enterprise, professional) + "/weeks/" + sunday;
    }

    Map<String, Object> complete(String date, String start, String end) {
        return new HashMap<>(Map.of("date", date, "startTime", start, "endTime", end, "locationId", enterprise.location1(),
                "serviceIds", List.of(service), "visibility", "PUBLIC"));
    }

    long slot(Map<String, Object> body) {
        var created = api.post(enterprise.admin().login(), slots(), body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    static void field(Api.Response response, int status, String field, String message) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.text("/errors/0/field")).as(response.raw()).isEqualTo(field);
        assertThat(response.text("/errors/0/message")).isEqualTo(message);
    }

    static void detail(Api.Response response, int status, String detail) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.text("/detail")).isEqualTo(detail);
    }

    @Test
    void R98_R102_aSlotsRefusalsReadInTheCallersLanguage() {
        Map<String, Object> ended = complete("2027-03-01", "09:00", "12:00");
        field(english.post(enterprise.admin().login(), slots(), ended), 400, "endTime", "A slot's end cannot be in the past.");
        field(api.post(enterprise.admin().login(), slots(), ended), 400, "endTime", "La fin d'une plage ne peut pas être dans le passé.");
        Map<String, Object> elsewhere = complete("2027-03-10", "09:00", "12:00");
        elsewhere.put("locationId", enterprise.location2());
        field(english.post(enterprise.admin().login(), slots(), elsewhere), 400, "locationId",
                "Location " + enterprise.location2() + " is not one of this professional's work locations.");
        Map<String, Object> backwards = complete("2027-03-10", "12:00", "09:00");
        field(english.post(enterprise.admin().login(), slots(), backwards), 400, "endTime", "The end time must come after the start time.");
        assertThat(count("availability_slot", "professional_id = ?", professional)).as("nothing written").isZero();
    }

    @Test
    void R94_onlyAHealthProfessionalHasSlotsAndAnAgendaInTheCallersLanguage() {
        String staff = professionalPath(enterprise, enterprise.adminEmployee());
        field(english.post(enterprise.admin().login(), staff + "/slots", complete("2027-03-10", "09:00", "12:00")), 400, "professionalId",
                "Only a health professional has availability slots.");
        field(english.get(enterprise.admin().login(), staff + "/agenda?from=2027-03-07&to=2027-03-13"), 400, "professionalId",
                "Only a health professional has an agenda.");
        field(api.get(enterprise.admin().login(), staff + "/agenda?from=2027-03-07&to=2027-03-13"), 400, "professionalId",
                "Seul un professionnel de la santé a un agenda.");
        String agenda = professionalPath(enterprise, professional) + "/agenda";
        field(english.get(enterprise.admin().login(), agenda + "?from=2027-03-13&to=2027-03-07"), 400, "to",
                "The last date cannot come before the first.");
        field(english.get(enterprise.admin().login(), agenda + "?from=2027-03-01&to=2027-06-01"), 400, "to",
                "An agenda is read over at most 42 days.");
    }

    @Test
    void R115_R116_anEndedOrUnknownSlotIsRefusedInTheCallersLanguage() {
        long id = slot(complete("2027-03-04", "09:00", "12:00"));
        detail(english.delete(enterprise.admin().login(), slots() + "/" + (id + 100000)), 404, "This professional has no slot " + (id + 100000) + ".");
        clock.today(LocalDate.of(2027, 3, 5));
        detail(english.put(enterprise.admin().login(), slots() + "/" + id, complete("2027-03-10", "09:00", "12:00")), 409,
                "A complete slot whose end has passed cannot be changed.");
        detail(english.delete(enterprise.admin().login(), slots() + "/" + id), 409, "A complete slot whose end has passed cannot be deleted.");
        detail(api.delete(enterprise.admin().login(), slots() + "/" + id), 409, "Une plage complète dont la fin est passée ne peut pas être supprimée.");
        field(english.get(enterprise.admin().login(), slots() + "?from=2027-03-01"), 400, "to", "The last date is required.");
    }

    @Test
    void R121_aSlotsServiceIsActiveInTheCallersLanguage() {
        var created = english.post(enterprise.admin().login(), slots(), complete("2027-03-10", "09:00", "12:00"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.text("/services/0/state")).isEqualTo("active");
        String agenda = professionalPath(enterprise, professional) + "/agenda?from=2027-03-07&to=2027-03-13";
        assertThat(english.get(enterprise.admin().login(), agenda).text("/slots/0/services/0/state")).isEqualTo("active");
        assertThat(api.get(enterprise.admin().login(), agenda).text("/slots/0/services/0/state")).isEqualTo("actif");
    }

    @Test
    void R124_R126_R140_aWeeksRefusalsReadInTheCallersLanguage() {
        Map<String, Object> past = Map.of("days", List.of(Map.of("date", "2027-03-01", "ranges",
                List.of(Map.of("startTime", "09:00", "endTime", "12:00")))));
        field(english.post(enterprise.admin().login(), week("2027-02-28") + "/quick-create", past), 400, "days[0].date",
                "2027-03-01 has passed.");
        field(api.post(enterprise.admin().login(), week("2027-02-28") + "/quick-create", past), 400, "days[0].date", "Le 2027-03-01 est passé.");
        Map<String, Object> outside = Map.of("days", List.of(Map.of("date", "2027-03-15", "ranges",
                List.of(Map.of("startTime", "09:00", "endTime", "12:00")))));
        field(english.post(enterprise.admin().login(), week("2027-03-07") + "/quick-create", outside), 400, "days[0].date",
                "2027-03-15 is not in the week from 2027-03-07 to 2027-03-13.");
        slot(complete("2027-03-10", "09:00", "12:00"));
        Map<String, Object> monday = Map.of("days", List.of(Map.of("date", "2027-03-08", "ranges",
                List.of(Map.of("startTime", "09:00", "endTime", "12:00")))));
        detail(english.post(enterprise.admin().login(), week("2027-03-07") + "/quick-create", monday), 409,
                "A quick create is done in a week without slots: the week of 2027-03-07 already has at least one.");
        field(english.post(enterprise.admin().login(), week("2027-03-07") + "/clear", null), 400, "confirmed",
                "Clearing the week deletes its slots that have not ended and its incomplete slots. Confirm (confirmed=true).");
        field(english.post(enterprise.admin().login(), week("2027-03-07") + "/copy", Map.of("interval", 1)), 400, "nextWeeks",
                "The number of following weeks is required.");
        field(api.post(enterprise.admin().login(), week("2027-03-07") + "/copy", Map.of("interval", 1)), 400, "nextWeeks",
                "Le nombre de semaines suivantes est obligatoire.");
    }

    @Test
    void R162_aRemovalsTimesAreRefusedInTheCallersLanguage() {
        Map<String, Object> backwards = Map.of("date", "2027-03-10", "startTime", "11:00", "endTime", "10:00");
        String removals = professionalPath(enterprise, professional) + "/availability-removals";
        field(english.post(enterprise.admin().login(), removals, backwards), 400, "endTime", "The end time must come after the start time.");
        field(api.post(enterprise.admin().login(), removals, backwards), 400, "endTime", "L'heure de fin doit suivre l'heure de début.");
        field(english.post(enterprise.admin().login(), removals, Map.of("startTime", "10:00", "endTime", "11:00")), 400, "date",
                "The date is required.");
    }

    @Test
    void anAgendaFeedsRefusalsReadInTheCallersLanguage() {
        String missing = "/api/public/agenda-feeds/" + "A".repeat(43) + ".ics";
        detail(english.get(null, missing), 404, "This agenda feed does not exist or has been revoked.");
        detail(api.get(null, missing), 404, "Ce flux d'agenda n'existe pas ou a été révoqué.");
        String feeds = professionalPath(enterprise, professional) + "/agenda-feeds";
        detail(english.post(Api.admin(), feeds, Map.of()), 403, "Agenda feeds are for the clinic's employees only.");
        detail(english.delete(doctor.login(), feeds + "/987654"), 404, "This professional has no agenda feed 987654.");
        var created = api.post(doctor.login(), feeds, Map.of());
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        detail(english.delete(colleague.login(), feeds + "/" + created.body().get("id").asLong()), 403,
                "Only an agenda feed's author, the local administrator and super users can revoke it.");
    }

    @Test
    void R148_R152_keepingATemplateIsRefusedInTheCallersLanguage() {
        long id = created(template("Semaine type", List.of(professional), slot("MONDAY", "09:00", "12:00", service)));
        Map<String, Object> same = template("Semaine type", List.of(professional), slot("TUESDAY", "09:00", "12:00", service));
        detail(english.post(enterprise.admin().login(), templates(), same), 409,
                "A template named “Semaine type” already exists at this location: a template's name is unique at its location (R148).");
        Map<String, Object> moved = template("Renommé", List.of(professional), slot("TUESDAY", "09:00", "12:00", service));
        moved.put("locationId", enterprise.location2());
        field(english.put(enterprise.admin().login(), templates() + "/" + id, moved), 400, "locationId",
                "A template's location does not change (R152): this one stays at location " + enterprise.location1() + ".");
        detail(english.get(enterprise.admin().login(), templates() + "/" + (id + 100000)), 404,
                "No schedule template has the identifier " + (id + 100000) + " in this enterprise.");
        detail(api.get(enterprise.admin().login(), templates() + "/" + (id + 100000)), 404,
                "Aucun modèle d'horaire n'a l'identifiant " + (id + 100000) + " dans cette entreprise.");
    }

    @Test
    void R149_R151_aTemplatesContentIsRefusedInTheCallersLanguage() {
        Map<String, Object> body = template(" ", List.of(professional), slot("MONDAY", "09:00", "12:00", service));
        body.put("professions", List.of("DENTIST"));
        var refused = english.post(enterprise.admin().login(), templates(), body);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.body().get("errors").findValuesAsText("message")).contains("Give the template a name.")
                .anyMatch(m -> m.startsWith("Unknown profession: “DENTIST” (") && m.contains("PHYSICIAN"));
        var french = api.post(enterprise.admin().login(), templates(), body);
        assertThat(french.body().get("errors").findValuesAsText("message")).contains("Donnez un nom au modèle.")
                .anyMatch(m -> m.startsWith("Profession inconnue") && m.contains("DENTIST"));
        Map<String, Object> empty = template("Vide", List.of(professional));
        field(english.post(enterprise.admin().login(), templates(), empty), 400, "slots", "A template has at least one slot (R151).");
        assertThat(templateCount()).as("nothing written").isZero();
    }

    @Test
    void R156_R157_applyingATemplateIsRefusedInTheCallersLanguage() {
        long id = created(template("Lundi matin", List.of(professional), slot("MONDAY", "09:00", "12:00", service)));
        String apply = professionalPath(enterprise, professional) + "/weeks/2027-03-07/apply-template";
        field(english.post(enterprise.admin().login(), apply, Map.of("templateId", id, "nextWeeks", 53)), 400, "nextWeeks",
                "A template also applies to at most 52 following weeks (0 to 52).");
        field(api.post(enterprise.admin().login(), apply, Map.of("templateId", id, "nextWeeks", 53)), 400, "nextWeeks",
                "Un modèle s'applique aussi à au plus 52 semaines prochaines (de 0 à 52).");
        field(english.post(enterprise.admin().login(), apply, Map.of("nextWeeks", 0)), 400, "templateId", "Choose the template to apply.");
        long priority = service(otherProfessional, "MF", "PRIORITY_CONSULTATION", 15);
        long other = created(template("Prioritaire", List.of(professional, otherProfessional), slot("TUESDAY", "09:00", "12:00", priority)));
        field(english.post(enterprise.admin().login(), apply, Map.of("templateId", other, "nextWeeks", 0)), 400, "templateId",
                "The template cannot be applied: " + TemplateApplicationRulesApiIntegrationTests.name(doctor)
                        + " does not offer the template's service “Priority consultation” (MF, 15 minutes).");
        assertThat(slotCount(professional)).as("nothing written").isZero();
    }
}
