package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.vigie.support.Api;
import org.vigie.support.Together;

/** Keeping schedule templates (guide §3.8, R141-R153) through the API; each refusal writes nothing. */
class TemplateRulesApiIntegrationTests extends TemplateTest {

    @Test
    void R141_aUserWithReadOnlyMayNotCreateATemplateAndAProfessionalMayThroughTheirOwnAgenda() {
        Person reader = staffWith("READ", professional);
        var refused = create(reader.login(), template("Semaine type", List.of(professional), slot("MONDAY", "09:00", "12:00", service)));
        refused(refused, 403, null, "Votre profil ne permet pas de : créer, modifier ou supprimer un modèle d'horaire à ce lieu, où vous ne "
                + "pouvez modifier l'agenda d'aucun professionnel.");
        assertThat(templateCount()).as("nothing written").isZero();
        var own = create(doctor.login(), template("Semaine type", List.of(professional), slot("MONDAY", "09:00", "12:00", service)));
        assertThat(own.status()).as(own.raw()).isEqualTo(201);
        assertThat(own.text("/createdBy")).isEqualTo(doctor.ramqId());
        Person writer = staffWith("READ_WRITE", professional);
        var byWriter = create(writer.login(), template("Semaine B", List.of(professional), slot("MONDAY", "13:00", "16:00", service)));
        assertThat(byWriter.status()).as(byWriter.raw()).isEqualTo(201);
        assertThat(count("clinic_audit", "action = 'template.create' AND enterprise_id = ?", enterprise.id())).isEqualTo(2);
    }

    @Test
    void R142_aUserSeesOnlyTheTemplatesOfLocationsWhereTheyWriteOnAProfessional() {
        long atFirst = created(template("Au Plateau", List.of(professional), slot("MONDAY", "09:00", "12:00", service)));
        long elsewhere = hire(enterprise, person("1"), enterprise.location2());
        long elsewhereService = service(elsewhere, "MF", "MINOR_EMERGENCY", 15);
        Map<String, Object> second = template("À Rosemont", List.of(elsewhere), slot("MONDAY", "09:00", "12:00", elsewhereService));
        second.put("locationId", enterprise.location2());
        long atSecond = created(second);
        Person writer = staffWith("READ_WRITE", professional);
        var listed = api.get(writer.login(), templates());
        assertThat(listed.status()).as(listed.raw()).isEqualTo(200);
        assertThat(listed.body().findValuesAsText("name")).containsExactly("Au Plateau");
        assertThat(api.get(enterprise.admin().login(), templates()).body().findValuesAsText("name")).containsExactlyInAnyOrder("Au Plateau",
                "À Rosemont");
        assertThat(api.get(writer.login(), templates() + "/" + atFirst).status()).isEqualTo(200);
        assertThat(api.get(writer.login(), templates() + "/" + atSecond).status()).isEqualTo(403);
        assertThat(api.get(staffWith("READ", professional).login(), templates()).body()).as("read only: none").isEmpty();
    }

    @Test
    void R143_aTemplateWeekRunsFromSundayToSaturdayWithSlotsByDayOfTheWeek() {
        var created = create(enterprise.admin().login(), template("Fins de semaine", List.of(professional),
                slot("SATURDAY", "09:00", "12:00", service), slot("SUNDAY", "10:00", "12:00", service)));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.body().get("slots").findValuesAsText("dayOfWeek")).as("Sunday first").containsExactly("SUNDAY", "SATURDAY");
        var unknownDay = create(enterprise.admin().login(), template("Autre", List.of(professional), slot("DIMANCHE", "09:00", "12:00", service)));
        assertThat(unknownDay.status()).as(unknownDay.raw()).isEqualTo(400);
        assertThat(templateCount()).as("nothing more written").isEqualTo(1);
    }

    @Test
    void R144_R152_aTemplatesLocationIsOneWhereTheAuthorWritesAndNeverChanges() {
        Person writer = staffWith("READ_WRITE", professional);
        Map<String, Object> atSecond = template("Ailleurs", List.of(professional), slot("MONDAY", "09:00", "12:00", service));
        atSecond.put("locationId", enterprise.location2());
        refused(create(writer.login(), atSecond), 403, null, "Votre profil ne permet pas de : créer, modifier ou supprimer un modèle d'horaire à "
                + "ce lieu, où vous ne pouvez modifier l'agenda d'aucun professionnel.");
        long id = created(template("Semaine type", List.of(professional), slot("MONDAY", "09:00", "12:00", service)));
        Map<String, Object> moved = template("Renommé", List.of(professional), slot("TUESDAY", "09:00", "12:00", service));
        moved.put("locationId", enterprise.location2());
        refused(api.put(enterprise.admin().login(), templates() + "/" + id, moved), 400, "locationId",
                "Le lieu d'un modèle ne change pas (R152) : celui-ci reste au lieu " + enterprise.location1() + ".");
        assertThat(api.get(enterprise.admin().login(), templates() + "/" + id).text("/name")).as("unchanged").isEqualTo("Semaine type");
        moved.remove("locationId");
        var changed = api.put(enterprise.admin().login(), templates() + "/" + id, moved);
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        assertThat(changed.text("/name")).isEqualTo("Renommé");
        assertThat(changed.body().get("locationId").asLong()).isEqualTo(enterprise.location1());
        assertThat(changed.body().get("slots").findValuesAsText("dayOfWeek")).containsExactly("TUESDAY");
        assertThat(templateCount()).isEqualTo(1);
    }

    @Test
    void R145_aTemplateSlotOffersServicesOfAnyProfessionalOfTheLocationButNoGroup() {
        var mixed = create(enterprise.admin().login(), template("Deux médecins", List.of(professional), slot("MONDAY", "09:00", "12:00",
                service, colleagueService)));
        assertThat(mixed.status()).as("another professional of the location: " + mixed.raw()).isEqualTo(201);
        long elsewhere = hire(enterprise, person("1"), enterprise.location2());
        long elsewhereService = service(elsewhere, "MF", "PRIORITY_CONSULTATION", 15);
        refused(create(enterprise.admin().login(), template("Ailleurs", List.of(professional), slot("MONDAY", "09:00", "12:00", elsewhereService))),
                400, "slots[0].serviceIds[0]", "Le service " + elsewhereService + " n'est pas un service actif d'un professionnel qui travaille "
                        + "au lieu du modèle.");
        long group = api.post(enterprise.admin().login(), professionalPath(enterprise, professional) + "/service-groups",
                Map.of("name", "Urgences", "serviceIds", List.of(service))).body().get("id").asLong();
        Map<String, Object> withGroup = slot("MONDAY", "09:00", "12:00", service);
        withGroup.put("serviceGroupIds", List.of(group));
        refused(create(enterprise.admin().login(), template("Groupe", List.of(professional), withGroup)), 400, "slots[0].serviceGroupIds",
                "Une plage d'un modèle d'horaire offre des services choisis un à un : les groupes de services ne s'y utilisent pas.");
        assertThat(templateCount()).as("nothing more written").isEqualTo(1);
    }

    @Test
    void R146_daysBeforeAndAnOpeningTimeOnlyOnAPublicSlotAndTogether() {
        Map<String, Object> privateSlot = slot("MONDAY", "09:00", "12:00", service);
        privateSlot.putAll(Map.of("publishDaysBefore", 3, "publishTime", "08:00"));
        refused(create(enterprise.admin().login(), template("Privée", List.of(professional), privateSlot)), 400, "slots[0].publishDaysBefore",
                "Une date et une heure «\u00a0À partir de\u00a0» ne se donnent qu'à une plage publique.");
        refused(create(enterprise.admin().login(), template("Négatif", List.of(professional), publicSlot("MONDAY", "09:00", "12:00", -1, "08:00",
                service))), 400, "slots[0].publishDaysBefore", "Le nombre de jours va de 0 à 365.");
        refused(create(enterprise.admin().login(), template("Sans heure", List.of(professional), publicSlot("MONDAY", "09:00", "12:00", 3, null,
                service))), 400, "slots[0].publishTime", "L'heure d'ouverture accompagne le nombre de jours.");
        assertThat(templateCount()).as("nothing written").isZero();
        var accepted = create(enterprise.admin().login(), template("Publique", List.of(professional), publicSlot("MONDAY", "09:00", "12:00", 0,
                "07:00", service)));
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(201);
        assertThat(accepted.text("/slots/0/publishTime")).isEqualTo("07:00");
    }

    @Test
    void R147_aTemplateSlotFollowsTheSlotRules() {
        long longer = service(professional, "MF", "PRIORITY_CONSULTATION", 30);
        refused(create(enterprise.admin().login(), template("Durées", List.of(professional), slot("MONDAY", "09:00", "12:00", service, longer))),
                400, "slots[0].serviceIds", "Tous les services d'une plage doivent avoir la même durée.");
        long all = service(professional, "MF", "ALL", 15);
        refused(create(enterprise.admin().login(), template("Toutes", List.of(professional), slot("MONDAY", "09:00", "12:00", service, all))),
                400, "slots[0].serviceIds", "Un service «\u00a0Toutes les raisons\u00a0» est seul sur sa plage : aucun autre service ni groupe de services.");
        refused(create(enterprise.admin().login(), template("Vide", List.of(professional), slot("MONDAY", "09:00", "12:00"))),
                400, "slots[0].serviceIds", "Une plage complète offre au moins un service, choisi seul ou par un groupe de services.");
        refused(create(enterprise.admin().login(), template("À l'envers", List.of(professional), slot("MONDAY", "12:00", "09:00", service))),
                400, "slots[0].endTime", "L'heure de fin doit suivre l'heure de début.");
        assertThat(templateCount()).as("nothing written").isZero();
    }

    @Test
    void R148_aTemplatesNameIsUniqueAtItsLocationEvenForTwoSavesAtOnce() throws Exception {
        created(template("Semaine type", List.of(professional), slot("MONDAY", "09:00", "12:00", service)));
        String taken = "Un modèle nommé «\u00a0Semaine type\u00a0» existe déjà à ce lieu : le nom d'un modèle est unique pour son lieu (R148).";
        refused(create(enterprise.admin().login(), template("Semaine type", List.of(professional), slot("TUESDAY", "09:00", "12:00", service))),
                409, null, taken);
        assertThat(templateCount()).isEqualTo(1);
        Map<String, Object> body = template("Deux à la fois", List.of(professional), slot("MONDAY", "09:00", "12:00", service));
        List<Callable<Api.Response>> twice = List.of(() -> create(enterprise.admin().login(), body), () -> create(enterprise.admin().login(), body));
        var answers = Together.run(twice);
        assertThat(answers.stream().map(Api.Response::status).sorted().toList()).as(answers.get(0).raw() + answers.get(1).raw())
                .containsExactly(201, 409);
        assertThat(count("schedule_template", "enterprise_id = ? AND name = 'Deux à la fois'", enterprise.id())).isEqualTo(1);
        assertThat(count("schedule_template_slot s JOIN schedule_template t ON t.id = s.template_id", "t.enterprise_id = ?", enterprise.id()))
                .as("one set of slots per template").isEqualTo(2);
    }

    @Test
    void R149_aTemplatesProfessionsAreAmongThePacksClasses() {
        Map<String, Object> body = template("Dentistes", List.of(professional), slot("MONDAY", "09:00", "12:00", service));
        body.put("professions", List.of("DENTIST"));
        var refused = create(enterprise.admin().login(), body);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.body().get("errors").findValuesAsText("field")).contains("professions[0]");
        assertThat(refused.raw()).contains("DENTIST").contains("PHYSICIAN").contains("NURSE_PRACTITIONER").contains("RESIDENT");
        assertThat(templateCount()).as("nothing written").isZero();
    }

    @Test
    void R150_aTemplatesProfessionalsHoldAProfessionWorkAtItsLocationAndAreWritableByItsAuthor() {
        Person resident = person("5");
        long residentId = hire(enterprise, resident, enterprise.location1());
        int n = Integer.parseInt(resident.ramqId().substring(2));
        refused(create(enterprise.admin().login(), template("Résidents", List.of(residentId), slot("MONDAY", "09:00", "12:00", service))),
                400, "professionalIds[0]", "Prénom" + n + " Nom" + n + " n'exerce aucune des professions choisies pour le modèle.");
        long elsewhere = hire(enterprise, person("1"), enterprise.location2());
        refused(create(enterprise.admin().login(), template("Ailleurs", List.of(elsewhere), slot("MONDAY", "09:00", "12:00", service))),
                400, "professionalIds[0]", "Le professionnel " + elsewhere + " ne travaille pas au lieu du modèle.");
        Person writer = staffWith("READ_WRITE", professional);
        var notTheirs = create(writer.login(), template("Les deux", List.of(professional, otherProfessional), slot("MONDAY", "09:00", "12:00",
                service)));
        assertThat(notTheirs.status()).as(notTheirs.raw()).isEqualTo(400);
        assertThat(notTheirs.text("/errors/0/field")).isEqualTo("professionalIds[1]");
        assertThat(templateCount()).as("nothing written").isZero();
        Map<String, Object> both = template("Résidents et médecins", List.of(professional, residentId), slot("MONDAY", "09:00", "12:00", service));
        both.put("professions", List.of("PHYSICIAN", "RESIDENT"));
        assertThat(create(enterprise.admin().login(), both).status()).isEqualTo(201);
    }

    @Test
    void R151_aTemplateNeedsANameAtLeastOneSlotAndAtLeastOneProfessional() {
        var refused = create(enterprise.admin().login(), Map.of("locationId", enterprise.location1(), "name", " ", "professions",
                List.of("PHYSICIAN"), "professionalIds", List.of(), "slots", List.of()));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.body().get("errors").findValuesAsText("field")).containsExactly("name", "professionalIds", "slots");
        assertThat(refused.body().get("errors").findValuesAsText("message")).containsExactly("Donnez un nom au modèle.",
                "Choisissez au moins un professionnel (R151).", "Un modèle compte au moins une plage (R151).");
        assertThat(templateCount()).as("nothing written").isZero();
        List<Map<String, Object>> tooMany = java.util.stream.IntStream.range(0, 101).mapToObj(i -> slot("MONDAY", "09:00", "12:00", service)).toList();
        Map<String, Object> body = template("Trop", List.of(professional));
        body.put("slots", tooMany);
        refused(create(enterprise.admin().login(), body), 400, "slots", "Un modèle compte au plus 100 plages.");
        assertThat(templateCount()).as("nothing written").isZero();
    }

    @Test
    void R153_aTemplateIsDeletedAndTheSlotsItMadeStay() {
        long id = created(template("Semaine type", List.of(professional), slot("MONDAY", "09:00", "12:00", service)));
        assertThat(apply(enterprise.admin().login(), professional, "2027-03-07", id, 0, false).status()).isEqualTo(201);
        Person reader = staffWith("READ", professional);
        assertThat(api.delete(reader.login(), templates() + "/" + id).status()).isEqualTo(403);
        assertThat(templateCount()).as("not deleted").isEqualTo(1);
        assertThat(api.delete(enterprise.admin().login(), templates() + "/" + id).status()).isEqualTo(204);
        assertThat(templateCount()).isZero();
        assertThat(count("schedule_template_slot", "template_id = ?", id)).isZero();
        assertThat(slotCount(professional)).as("the slots it made stay").isEqualTo(1);
        assertThat(api.get(enterprise.admin().login(), templates() + "/" + id).status()).isEqualTo(404);
    }
}
