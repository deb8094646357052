package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.support.Api;
import org.vigie.support.Together;

/** Copy a week to following weeks (guide §3.4.6, R128-R136, §9 A7-A9) through the API. */
class AgendaCopyRulesApiIntegrationTests extends ClinicTest {
    /** A Wednesday, at noon: the week of 2026-03-01 is under way, the next one (spring forward, 2026-03-08) is ahead. */
    static final LocalDate TODAY = LocalDate.of(2026, 3, 4);

    Enterprise enterprise;
    Person doctor;
    long professional;
    long service;
    String pro;

    @BeforeEach
    void aProfessionalWithOneService() {
        clock.today(TODAY);
        enterprise = enterprise(false);
        doctor = person("1");
        professional = hire(enterprise, doctor, enterprise.location1());
        pro = professionalPath(enterprise, professional);
        service = service("MINOR_EMERGENCY");
    }

    long service(String reason) {
        var created = api.post(enterprise.admin().login(), pro + "/services", Map.of("appointmentType", "MF", "reason", reason,
                "durationMinutes", 15));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    Api.Response copy(Api.Login who, String sunday, String query, Integer nextWeeks, Integer interval, Boolean confirmed) {
        Map<String, Object> body = new HashMap<>();
        body.put("nextWeeks", nextWeeks);
        body.put("interval", interval);
        body.put("confirmed", confirmed);
        return api.post(who, pro + "/weeks/" + sunday + "/copy" + query, body);
    }

    long slot(String date, String start, String end, String visibility, String publishFrom) {
        Map<String, Object> body = new HashMap<>(Map.of("date", date, "startTime", start, "endTime", end));
        if (visibility != null) {
            body.putAll(Map.of("locationId", enterprise.location1(), "serviceIds", List.of(service), "visibility", visibility));
        }
        if (publishFrom != null) {
            body.put("publishFrom", publishFrom);
        }
        var created = api.post(enterprise.admin().login(), pro + "/slots", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    long slotCount() {
        return count("availability_slot", "professional_id = ?", professional);
    }

    List<String> column(String column, String date) {
        return jdbc.sql("SELECT " + column + " FROM availability_slot WHERE professional_id = ? AND local_date = ? ORDER BY local_start")
                .params(professional, date).query(String.class).list();
    }

    @Test
    void R128_aUserWithWriteAccessMayNotCopyAWeekButTheProfessionalMay() {
        slot("2026-03-09", "09:00", "12:00", "PUBLIC", null);
        Person staff = person(null);
        long employee = hire(enterprise, staff, enterprise.location1());
        var granted = api.post(enterprise.admin().login(), employeePath(enterprise, employee) + "/permissions",
                Map.of("location", "ALL", "professionalId", professional, "access", "READ_WRITE"));
        assertThat(granted.status()).as(granted.raw()).isLessThan(300);
        var refused = copy(staff.login(), "2026-03-08", "", 1, 1, null);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(403);
        assertThat(refused.text("/detail")).isEqualTo("Votre profil ne permet pas de : copier une semaine.");
        assertThat(slotCount()).as("nothing written").isEqualTo(1);
        var own = copy(doctor.login(), "2026-03-08", "", 1, 1, null);
        assertThat(own.status()).as(own.raw()).isEqualTo(201);
        assertThat(slotCount()).isEqualTo(2);
    }

    @Test
    void R129_R136_everySlotIsCopiedWithItsAttributesOntoEveryIntervalthWeekUpToTheNextWeeks() {
        slot("2026-03-09", "09:00", "12:00", "PUBLIC", null);
        slot("2026-03-10", "13:00", "17:00", "PRIVATE", null);
        var dry = copy(enterprise.admin().login(), "2026-03-08", "?dryRun=true", 5, 2, null);
        assertThat(dry.status()).as(dry.raw()).isEqualTo(200);
        assertThat(dry.body().get("weeks").toString()).isEqualTo("[\"2026-03-22\",\"2026-04-05\"]");
        assertThat(dry.body().get("count").asInt()).isEqualTo(4);
        assertThat(slotCount()).as("a dry run saves nothing").isEqualTo(2);
        var copied = copy(enterprise.admin().login(), "2026-03-08", "", 5, 2, null);
        assertThat(copied.status()).as(copied.raw()).isEqualTo(201);
        assertThat(copied.body().get("created").findValuesAsText("date"))
                .containsExactly("2026-03-23", "2026-03-24", "2026-04-06", "2026-04-07");
        assertThat(slotCount()).isEqualTo(6);
        for (String date : List.of("2026-03-23", "2026-04-06")) {
            assertThat(column("CONCAT(local_start, '-', local_end, ' ', location_id, ' ', visibility)", date))
                    .containsExactly("09:00:00-12:00:00 " + enterprise.location1() + " PUBLIC");
        }
        assertThat(column("CONCAT(local_start, '-', local_end, ' ', visibility)", "2026-04-07")).containsExactly("13:00:00-17:00:00 PRIVATE");
        assertThat(jdbc.sql("SELECT DISTINCT x.service_id FROM availability_slot s JOIN availability_slot_service x ON x.slot_id = s.id"
                + " WHERE s.professional_id = ?").param(professional).query(Long.class).list()).containsExactly(service);
        assertThat(count("availability_slot", "professional_id = ? AND local_date IN ('2026-03-16', '2026-03-30', '2026-04-13')",
                professional)).as("only every 2nd week, up to 5 weeks on").isZero();
        assertThat(count("clinic_audit", "action = 'week.copy' AND enterprise_id = ?", enterprise.id())).isEqualTo(1);
    }

    @Test
    void R130_anAppointmentInATargetWeekIsLeftAsItWas() {
        slot("2026-03-09", "09:00", "12:00", "PUBLIC", null);
        jdbc.sql("INSERT INTO clinic_appointment (enterprise_id, location_id, professional_id, service_id, local_date, local_start,"
                + " duration_minutes, starts_at, ends_at, created_at) VALUES (?, ?, ?, ?, '2026-03-16', '10:00', 15,"
                + " '2026-03-16 14:00:00', '2026-03-16 14:15:00', '2026-03-01 10:00:00')")
                .params(enterprise.id(), enterprise.location2(), professional, service).update();
        String before = appointments();
        var copied = copy(enterprise.admin().login(), "2026-03-08", "", 1, 1, null);
        assertThat(copied.status()).as(copied.raw()).isEqualTo(201);
        assertThat(column("local_start", "2026-03-16")).containsExactly("09:00:00");
        assertThat(appointments()).as("the appointment the new slot covers, at another location, is unchanged").isEqualTo(before);
    }

    String appointments() {
        return jdbc.sql("SELECT CONCAT_WS('|', id, location_id, service_id, local_date, local_start, duration_minutes, starts_at, ends_at,"
                + " status) FROM clinic_appointment WHERE professional_id = ?").param(professional).query(String.class).list().toString();
    }

    @Test
    void R131_aCopyIsRefusedWhenACreatedSlotWouldAlreadyHaveEnded() {
        clock.today(LocalDate.of(2026, 2, 20));
        slot("2026-02-23", "09:00", "12:00", "PUBLIC", null);
        slot("2026-02-27", "09:00", "12:00", "PUBLIC", null);
        clock.today(TODAY);
        var refused = copy(enterprise.admin().login(), "2026-02-22", "", 1, 1, null);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.text("/errors/0/field")).isEqualTo("interval");
        assertThat(refused.text("/errors/0/message"))
                .isEqualTo("La plage du 2 mars 2026 de 9 h à 12 h serait déjà terminée : aucune plage n'a été créée.");
        assertThat(slotCount()).as("nothing written, not even the Friday still ahead").isEqualTo(2);
        var skipping = copy(enterprise.admin().login(), "2026-02-22", "", 2, 2, null);
        assertThat(skipping.status()).as("the week after is all ahead: " + skipping.raw()).isEqualTo(201);
        assertThat(slotCount()).isEqualTo(4);
    }

    @Test
    void R132_aFromDateIsShiftedByTheSameWeeksWithM13AndOneAlreadyPastLeavesTheCopyPublicAtOnce() {
        slot("2026-03-09", "09:00", "12:00", "PUBLIC", "2026-03-06T13:00:00Z");
        slot("2026-03-10", "09:00", "12:00", "PUBLIC", "2026-02-02T13:00:00Z");
        var copied = copy(enterprise.admin().login(), "2026-03-08", "", 1, 1, null);
        assertThat(copied.status()).as(copied.raw()).isEqualTo(201);
        assertThat(copied.body().get("information").get(0).asText()).isEqualTo("Les plages copiées qui ont une date et une heure "
                + "d'ouverture en reçoivent de nouvelles, décalées du même nombre de semaines.");
        // 08:00 EST on Friday 03-06, copied a week on, is 08:00 EDT on Friday 03-13 (12:00Z): the local time is kept
        assertThat(column("DATE_FORMAT(publish_from, '%Y-%m-%d %H:%i')", "2026-03-16")).containsExactly("2026-03-13 12:00");
        assertThat(column("publish_from", "2026-03-17")).as("2026-02-09 is past: public at once").containsOnlyNulls().hasSize(1);
    }

    @Test
    void R134_theNextWeeksAreAtMost52TheIntervalAtMost8AndTheNextWeeksAtLeastTheInterval() {
        slot("2026-03-09", "09:00", "12:00", "PUBLIC", null);
        var tooFar = copy(enterprise.admin().login(), "2026-03-08", "", 53, 1, null);
        var tooSparse = copy(enterprise.admin().login(), "2026-03-08", "", 9, 9, null);
        var belowInterval = copy(enterprise.admin().login(), "2026-03-08", "", 2, 3, null);
        var none = copy(enterprise.admin().login(), "2026-03-08", "", null, 1, null);
        var zero = copy(enterprise.admin().login(), "2026-03-08", "", 1, 0, null);
        List.of(tooFar, belowInterval, none).forEach(a -> assertThat(a.text("/errors/0/field")).as(a.raw()).isEqualTo("nextWeeks"));
        List.of(tooSparse, zero).forEach(a -> assertThat(a.text("/errors/0/field")).as(a.raw()).isEqualTo("interval"));
        List.of(tooFar, tooSparse, belowInterval, none, zero).forEach(a -> assertThat(a.status()).as(a.raw()).isEqualTo(400));
        assertThat(tooFar.text("/errors/0/message")).isEqualTo("Une semaine se copie sur 1 à 52 semaines suivantes (53 demandées).");
        assertThat(tooSparse.text("/errors/0/message")).isEqualTo("L'intervalle d'une copie est de 1 à 8 semaines (9 demandées).");
        assertThat(belowInterval.text("/errors/0/message"))
                .isEqualTo("Le nombre de semaines suivantes (2) doit être au moins égal à l'intervalle (3).");
        assertThat(slotCount()).as("nothing written").isEqualTo(1);
        var widest = copy(enterprise.admin().login(), "2026-03-08", "", 52, 8, null);
        assertThat(widest.status()).as(widest.raw()).isEqualTo(201);
        assertThat(widest.body().get("weeks").size()).as("+8, +16, ... +48").isEqualTo(6);
    }

    @Test
    void R135_copyingIncompleteSlotsNeedsConfirmationAndADryRunWarnsWithM14() {
        slot("2026-03-09", "09:00", "12:00", null, null);
        slot("2026-03-10", "09:00", "12:00", "PUBLIC", null);
        String m14 = "Vous allez copier des plages incomplètes : il faudra compléter chacune de leurs copies. Confirmez (confirmed=true).";
        var refused = copy(enterprise.admin().login(), "2026-03-08", "", 1, 1, null);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.text("/errors/0/field")).isEqualTo("confirmed");
        assertThat(refused.text("/errors/0/message")).isEqualTo(m14);
        assertThat(slotCount()).as("nothing written").isEqualTo(2);
        var dry = copy(enterprise.admin().login(), "2026-03-08", "?dryRun=true", 1, 1, null);
        assertThat(dry.status()).as(dry.raw()).isEqualTo(200);
        assertThat(dry.body().get("warnings").get(0).asText()).isEqualTo(m14);
        assertThat(slotCount()).isEqualTo(2);
        var confirmed = copy(enterprise.admin().login(), "2026-03-08", "", 1, 1, true);
        assertThat(confirmed.status()).as(confirmed.raw()).isEqualTo(201);
        assertThat(column("CONCAT(local_start, ' ', COALESCE(visibility, 'incomplete'))", "2026-03-16")).containsExactly("09:00:00 incomplete");
    }

    @Test
    void A7_aSecondIdenticalCopyIsRefusedAndTwoCopiesAtOnceMakeOneSet() throws Exception {
        slot("2026-03-09", "09:00", "12:00", "PUBLIC", null);
        slot("2026-03-09", "13:00", "16:00", "PRIVATE", null);
        assertThat(copy(enterprise.admin().login(), "2026-03-08", "", 1, 1, null).status()).isEqualTo(201);
        var again = copy(doctor.login(), "2026-03-08", "", 1, 1, null);
        assertThat(again.status()).as(again.raw()).isEqualTo(409);
        assertThat(again.text("/detail"))
                .isEqualTo("2 plages existent déjà à l'identique, dont celle du 16 mars 2026 de 9 h à 12 h : aucune plage n'a été créée.");
        assertThat(slotCount()).as("nothing more written").isEqualTo(4);
        List<Callable<Api.Response>> twice = List.of(() -> copy(enterprise.admin().login(), "2026-03-08", "", 4, 2, null),
                () -> copy(doctor.login(), "2026-03-08", "", 4, 2, null));
        var answers = Together.run(twice);
        assertThat(answers.stream().map(Api.Response::status).sorted().toList()).as(answers.get(0).raw() + answers.get(1).raw())
                .containsExactly(201, 409);
        assertThat(column("local_start", "2026-03-23")).as("one set, no duplicate, no lost slot").containsExactly("09:00:00", "13:00:00");
        assertThat(column("local_start", "2026-04-06")).containsExactly("09:00:00", "13:00:00");
    }

    @Test
    void A1_aCopyNamesItsSourceWeekByItsSundayAndAnEmptyWeekHasNothingToCopy() {
        var notSunday = copy(enterprise.admin().login(), "2026-03-09", "", 1, 1, null);
        assertThat(notSunday.status()).as(notSunday.raw()).isEqualTo(400);
        assertThat(notSunday.text("/errors/0/field")).isEqualTo("sunday");
        var empty = copy(enterprise.admin().login(), "2026-03-08", "", 1, 1, null);
        assertThat(empty.status()).as(empty.raw()).isEqualTo(400);
        assertThat(empty.text("/errors/0/message")).isEqualTo("La semaine du 8 mars 2026 n'a aucune plage à copier.");
        assertThat(slotCount()).isZero();
    }
}
