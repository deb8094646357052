package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.support.Api;

/** Single availability slots (guide §3.4.2-§3.4.5, R95-R118) through the API, on the movable clock; §9 A23 for their zones. */
class AvailabilitySlotRulesApiIntegrationTests extends ClinicTest {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    Enterprise enterprise;
    long professional;
    long service;
    String slots;

    @BeforeEach
    void aProfessionalWithOneService() {
        clock.today(TODAY);
        enterprise = enterprise(false);
        professional = hire(enterprise, person("1"), enterprise.location1());
        service = service("MF", "MINOR_EMERGENCY", 15);
        slots = professionalPath(enterprise, professional) + "/slots";
    }

    long service(String type, String reason, int minutes) {
        var created = api.post(enterprise.admin().login(), professionalPath(enterprise, professional) + "/services",
                Map.of("appointmentType", type, "reason", reason, "durationMinutes", minutes));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    Map<String, Object> slot(String date, String start, String end) {
        return new HashMap<>(Map.of("date", date, "startTime", start, "endTime", end));
    }

    Map<String, Object> complete(String date, String start, String end) {
        Map<String, Object> body = slot(date, start, end);
        body.putAll(Map.of("locationId", enterprise.location1(), "serviceIds", List.of(service), "visibility", "PUBLIC"));
        return body;
    }

    Api.Response create(Map<String, Object> body) {
        return api.post(enterprise.admin().login(), slots, body);
    }

    long slotCount() {
        return count("availability_slot", "professional_id = ?", professional);
    }

    void refused(Api.Response response, String field, String message) {
        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        assertThat(response.text("/errors/0/field")).isEqualTo(field);
        assertThat(response.text("/errors/0/message")).isEqualTo(message);
        assertThat(slotCount()).as("nothing written").isZero();
    }

    @Test
    void R95_R97_aSlotWithLocationServicesAndTypeIsCompleteAndOneWithNoneIsAnIncompleteSlot() {
        var created = create(complete("2026-03-10", "09:00", "13:00"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.body().get("complete").asBoolean()).isTrue();
        assertThat(created.text("/label")).isEqualTo("Clinique du Plateau");
        assertThat(created.text("/services/0/reasonLabel")).isNotBlank();
        var incomplete = create(slot("2026-03-11", "09:00", "13:00"));
        assertThat(incomplete.status()).as(incomplete.raw()).isEqualTo(201);
        assertThat(incomplete.body().get("complete").asBoolean()).isFalse();
        assertThat(incomplete.text("/label")).isEqualTo("Plage incomplète");
        assertThat(incomplete.body().has("visibility")).as("no type yet").isFalse();
        var listed = api.get(enterprise.admin().login(), slots + "?from=2026-03-08&to=2026-03-14");
        assertThat(listed.status()).as(listed.raw()).isEqualTo(200);
        assertThat(listed.body().findValuesAsText("label")).containsExactly("Clinique du Plateau", "Plage incomplète");
        assertThat(listed.text("/0/zone")).isEqualTo("America/Montreal");
        assertThat(listed.text("/0/startsAt")).isEqualTo("2026-03-10T13:00:00Z");
        assertThat(count("clinic_audit", "action = 'slot.create' AND target LIKE 'slot:%' AND enterprise_id = ?", enterprise.id())).isEqualTo(2);
    }

    @Test
    void R96_locationServicesAndTypeAreSetTogetherOrNotAtAll() {
        Map<String, Object> body = slot("2026-03-10", "09:00", "13:00");
        body.put("serviceIds", List.of(service));
        refused(create(body), "locationId", "Le lieu, le ou les services et le type (publique ou privée) d'une plage se remplissent ensemble, ou aucun : "
                + "une plage sans eux est une plage incomplète.");
    }

    @Test
    void R98_aSlotCannotBeCreatedEndingInThePast() {
        refused(create(complete("2026-03-01", "09:00", "13:00")), "endTime", "La fin d'une plage ne peut pas être dans le passé.");
        refused(create(complete("2026-03-10", "13:00", "09:00")), "endTime", "L'heure de fin doit suivre l'heure de début.");
    }

    @Test
    void R99_R100_R101_aClickProposesAFourHourBlockWithTheSingleLocationAndServicePreselected() {
        var proposal = api.get(enterprise.admin().login(), slots + "/proposal?date=2026-03-10&start=13:00");
        assertThat(proposal.status()).as(proposal.raw()).isEqualTo(200);
        assertThat(proposal.text("/endTime")).isEqualTo("17:00");
        assertThat(proposal.body().get("locationId").asLong()).isEqualTo(enterprise.location1());
        assertThat(proposal.body().get("serviceIds").get(0).asLong()).isEqualTo(service);
        service("MF", "PRIORITY_CONSULTATION", 15);
        assertThat(api.get(enterprise.admin().login(), slots + "/proposal?date=2026-03-10&start=22:00").body().get("serviceIds"))
                .as("two services: none preselected").isEmpty();
        assertThat(slotCount()).isZero();
    }

    @Test
    void R102_R103_aSlotsLocationAndServicesAreTheProfessionalsOwn() {
        Map<String, Object> elsewhere = complete("2026-03-10", "09:00", "13:00");
        elsewhere.put("locationId", enterprise.location2());
        refused(create(elsewhere), "locationId", "Le lieu " + enterprise.location2() + " n'est pas un lieu de travail de ce professionnel.");
        Map<String, Object> foreign = complete("2026-03-10", "09:00", "13:00");
        foreign.put("serviceIds", List.of(service + 100000));
        refused(create(foreign), "serviceIds[0]", "Le service " + (service + 100000) + " n'est pas un service actif de ce professionnel.");
    }

    @Test
    void R104_aCompleteSlotHasAtLeastOneService() {
        Map<String, Object> body = slot("2026-03-10", "09:00", "13:00");
        body.putAll(Map.of("locationId", enterprise.location1(), "visibility", "PRIVATE"));
        refused(create(body), "serviceIds", "Une plage complète offre au moins un service, choisi seul ou par un groupe de services.");
    }

    @Test
    void R105_aGroupAddsItsServicesAndSkipsThoseAlreadyOnTheSlot() {
        long second = service("MF", "PRIORITY_CONSULTATION", 15);
        long group = api.post(enterprise.admin().login(), professionalPath(enterprise, professional) + "/service-groups",
                Map.of("name", "Urgences", "serviceIds", List.of(service, second))).body().get("id").asLong();
        Map<String, Object> body = complete("2026-03-10", "09:00", "13:00");
        body.put("serviceGroupIds", List.of(group));
        var created = create(body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.body().get("services").findValuesAsText("id")).containsExactly(String.valueOf(service), String.valueOf(second));
        assertThat(count("availability_slot_service", "slot_id = ?", created.body().get("id").asLong())).isEqualTo(2);
    }

    @Test
    void R106_theServicesOfASlotShareTheirDurationAndType() {
        Map<String, Object> body = complete("2026-03-10", "09:00", "13:00");
        body.put("serviceIds", List.of(service, service("MF", "PRIORITY_CONSULTATION", 30)));
        refused(create(body), "serviceIds", "Tous les services d'une plage doivent avoir la même durée.");
    }

    @Test
    void R107_anAllReasonsServiceStandsAloneOnItsSlot() {
        Map<String, Object> body = complete("2026-03-10", "09:00", "13:00");
        body.put("serviceIds", List.of(service, service("MF", "ALL", 15)));
        refused(create(body), "serviceIds", "Un service «\u00a0Toutes les raisons\u00a0» est seul sur sa plage : aucun autre service ni groupe de services.");
    }

    @Test
    void R108_R111_aFromMomentOnlyOnAPublicSlotAndAnUncheckedSlotIsPrivate() {
        Map<String, Object> body = complete("2026-03-10", "09:00", "13:00");
        body.remove("visibility");
        body.put("publishFrom", "2026-03-05T13:00:00Z");
        refused(create(body), "publishFrom", "Une date et une heure «\u00a0À partir de\u00a0» ne se donnent qu'à une plage publique.");
        body.put("visibility", "PUBLIC");
        var created = create(body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.text("/publishFrom")).isEqualTo("2026-03-05T13:00:00Z");
        body.remove("publishFrom");
        body.remove("visibility");
        assertThat(create(body).text("/visibility")).isEqualTo("PRIVATE");
    }

    @Test
    void R115_R118_aSlotIsChangedUntilItIsCompleteAndPast() {
        long id = create(complete("2026-03-10", "09:00", "13:00")).body().get("id").asLong();
        var moved = api.put(enterprise.admin().login(), slots + "/" + id, complete("2026-03-12", "13:00", "17:00"));
        assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
        assertThat(moved.text("/startsAt")).isEqualTo("2026-03-12T17:00:00Z");
        clock.today(LocalDate.of(2026, 3, 13));
        var past = api.put(enterprise.admin().login(), slots + "/" + id, complete("2026-03-20", "13:00", "17:00"));
        assertThat(past.status()).as(past.raw()).isEqualTo(409);
        assertThat(past.text("/detail")).isEqualTo("Une plage complète dont la fin est passée ne peut pas être modifiée.");
        assertThat(jdbc.sql("SELECT local_date FROM availability_slot WHERE id = ?").param(id).query(LocalDate.class).single())
                .as("unchanged").isEqualTo(LocalDate.of(2026, 3, 12));
    }

    @Test
    void R116_aCompletePastSlotStaysAndAnIncompleteOneIsDeletedAtAnyTime() {
        long complete = create(complete("2026-03-10", "09:00", "13:00")).body().get("id").asLong();
        long incomplete = create(slot("2026-03-10", "14:00", "16:00")).body().get("id").asLong();
        clock.today(LocalDate.of(2026, 3, 11));
        var refused = api.delete(enterprise.admin().login(), slots + "/" + complete);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(409);
        assertThat(refused.text("/detail")).isEqualTo("Une plage complète dont la fin est passée ne peut pas être supprimée.");
        assertThat(api.delete(enterprise.admin().login(), slots + "/" + incomplete).status()).isEqualTo(204);
        assertThat(count("availability_slot", "id = ?", complete)).isEqualTo(1);
        assertThat(count("availability_slot", "id = ?", incomplete)).isZero();
    }

    /**
     * §9 A23 and Weeks' rule: on the spring-forward Sunday in Montréal, 01:30-03:30 keeps its clock readings as the truth and
     * lasts one hour: 01:30 EST (06:30Z) to 03:30 EDT (07:30Z); the skipped 02:00-02:59 is not in it.
     */
    @Test
    void A23_aSlotAcrossTheSpringForwardGapInMontrealStoresItsLocalTimesAndLastsOneHour() {
        var created = create(complete("2026-03-08", "01:30", "03:30"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.text("/startsAt")).isEqualTo("2026-03-08T06:30:00Z");
        assertThat(created.text("/endsAt")).isEqualTo("2026-03-08T07:30:00Z");
        long id = created.body().get("id").asLong();
        assertThat(jdbc.sql("SELECT CONCAT(local_date, ' ', local_start, '-', local_end) FROM availability_slot WHERE id = ?").param(id)
                .query(String.class).single()).isEqualTo("2026-03-08 01:30:00-03:30:00");
        var skipped = create(complete("2026-03-08", "02:15", "02:45"));
        assertThat(skipped.status()).as("02:15-02:45 does not happen that night: its start is its end").isEqualTo(400);
        assertThat(skipped.text("/errors/0/field")).isEqualTo("endTime");
        assertThat(skipped.text("/errors/0/message"))
                .isEqualTo("Cette plage n'a pas lieu : ses heures tombent dans l'heure sautée au passage à l'heure avancée.");
        assertThat(slotCount()).as("nothing more written").isEqualTo(1);
    }

    @Test
    void A23_aSlotAtALocationInHalifaxIsReadInHalifaxTime() {
        var zoned = api.patch(Api.admin(), enterprise.path() + "/locations/" + enterprise.location1(), Map.of("zone", "America/Halifax"));
        assertThat(zoned.status()).as(zoned.raw()).isEqualTo(200);
        var created = create(complete("2026-03-10", "09:00", "13:00"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.text("/zone")).isEqualTo("America/Halifax");
        assertThat(created.text("/startsAt")).isEqualTo("2026-03-10T12:00:00Z");
        assertThat(created.text("/endsAt")).isEqualTo("2026-03-10T16:00:00Z");
    }
}
