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

/** Remove availabilities inside slots (guide §3.4.9, R162-R166, §9 A16) through the API. */
class AvailabilityRemovalRulesApiIntegrationTests extends ClinicTest {
    /** A Wednesday, at noon. */
    static final LocalDate TODAY = LocalDate.of(2026, 3, 4);

    Enterprise enterprise;
    Person doctor;
    long professional;
    long service;
    String pro;

    @BeforeEach
    void aProfessionalAtBothLocations() {
        clock.today(TODAY);
        enterprise = enterprise(false);
        doctor = person("1");
        professional = hire(enterprise, doctor, enterprise.location1(), enterprise.location2());
        pro = professionalPath(enterprise, professional);
        service = api.post(enterprise.admin().login(), pro + "/services", Map.of("appointmentType", "MF", "reason", "MINOR_EMERGENCY",
                "durationMinutes", 15)).body().get("id").asLong();
    }

    long slot(String date, String start, String end, Long location) {
        Map<String, Object> body = new HashMap<>(Map.of("date", date, "startTime", start, "endTime", end));
        if (location != null) {
            body.putAll(Map.of("locationId", location, "serviceIds", List.of(service), "visibility", "PUBLIC",
                    "publishFrom", "2026-03-02T13:00:00Z"));
        }
        var created = api.post(enterprise.admin().login(), pro + "/slots", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    Api.Response remove(Api.Login who, String query, String date, String start, String end, Long location) {
        Map<String, Object> body = new HashMap<>(Map.of("date", date, "startTime", start, "endTime", end));
        body.put("locationId", location);
        return api.post(who, pro + "/availability-removals" + query, body);
    }

    /** The professional's slots that date as « start-end location visibility publishFrom services », by start. */
    List<String> slots(String date) {
        return jdbc.sql("SELECT CONCAT_WS(' ', CONCAT(TIME_FORMAT(s.local_start, '%H:%i'), '-', TIME_FORMAT(s.local_end, '%H:%i')),"
                        + " COALESCE(s.location_id, '-'), COALESCE(s.visibility, '-'), COALESCE(DATE_FORMAT(s.publish_from, '%m-%d %H:%i'), '-'),"
                        + " COALESCE((SELECT GROUP_CONCAT(x.service_id) FROM availability_slot_service x WHERE x.slot_id = s.id), '-'))"
                        + " FROM availability_slot s WHERE s.professional_id = ? AND s.local_date = ? ORDER BY s.local_start")
                .params(professional, date).query(String.class).list();
    }

    Person staffWith(String access) {
        Person staff = person(null);
        long employee = hire(enterprise, staff, enterprise.location1());
        var granted = api.post(enterprise.admin().login(), employeePath(enterprise, employee) + "/permissions",
                Map.of("location", "ALL", "professionalId", professional, "access", access));
        assertThat(granted.status()).as(granted.raw()).isLessThan(300);
        return staff;
    }

    @Test
    void R162_aUserWithReadAccessMayNotRemoveAvailabilitiesAndOneWithWriteAccessMay() {
        slot("2026-03-10", "09:00", "12:00", enterprise.location1());
        var refused = remove(staffWith("READ").login(), "", "2026-03-10", "10:00", "11:00", null);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(403);
        assertThat(refused.text("/detail")).isEqualTo("Votre profil ne permet pas de : supprimer des disponibilités dans des plages.");
        assertThat(slots("2026-03-10")).as("nothing changed").hasSize(1);
        var allowed = remove(staffWith("READ_WRITE").login(), "", "2026-03-10", "10:00", "11:00", enterprise.location1());
        assertThat(allowed.status()).as(allowed.raw()).isEqualTo(200);
        assertThat(slots("2026-03-10")).hasSize(2);
        assertThat(remove(doctor.login(), "", "2026-03-10", "09:00", "10:00", null).status()).as("the professional's own agenda").isEqualTo(200);
    }

    @Test
    void R163_aRangeSplitsShrinksOrDeletesTheSlotsOfItsDateKeepingTheirAttributesAndADryRunSavesNothing() {
        long slot = slot("2026-03-10", "09:00", "12:00", enterprise.location1());
        long elsewhere = slot("2026-03-10", "10:00", "12:00", enterprise.location2());
        slot("2026-03-11", "09:00", "12:00", enterprise.location1());
        String attributes = enterprise.location1() + " PUBLIC 03-02 13:00 " + service;
        var dry = remove(enterprise.admin().login(), "?dryRun=true", "2026-03-10", "10:00", "11:00", enterprise.location1());
        assertThat(dry.status()).as(dry.raw()).isEqualTo(200);
        assertThat(dry.body().findValuesAsText("kind")).containsExactly("SPLIT");
        assertThat(dry.body().at("/changes/0/after/1").has("id")).as("no id: not saved").isFalse();
        assertThat(slots("2026-03-10")).as("a dry run saves nothing").hasSize(2);

        var split = remove(enterprise.admin().login(), "", "2026-03-10", "10:00", "11:00", enterprise.location1());
        assertThat(split.status()).as(split.raw()).isEqualTo(200);
        assertThat(split.body().findValuesAsText("kind")).as("only the location named").containsExactly("SPLIT");
        assertThat(split.text("/changes/0/after/0/id")).isEqualTo(String.valueOf(slot));
        assertThat(split.body().at("/changes/0/after").findValuesAsText("startsAt")).containsExactly("2026-03-10T13:00:00Z", "2026-03-10T15:00:00Z");
        assertThat(slots("2026-03-10")).containsExactly("09:00-10:00 " + attributes,
                "10:00-12:00 " + enterprise.location2() + " PUBLIC 03-02 13:00 " + service, "11:00-12:00 " + attributes);

        var everywhere = remove(enterprise.admin().login(), "", "2026-03-10", "11:30", "13:00", null);
        assertThat(everywhere.body().findValuesAsText("kind")).as("every location's slot that date").containsExactly("SHRUNK", "SHRUNK");
        assertThat(slots("2026-03-10")).containsExactly("09:00-10:00 " + attributes,
                "10:00-11:30 " + enterprise.location2() + " PUBLIC 03-02 13:00 " + service, "11:00-11:30 " + attributes);

        var covered = remove(enterprise.admin().login(), "", "2026-03-10", "08:00", "11:30", null);
        assertThat(covered.body().findValuesAsText("kind")).containsExactly("DELETED", "DELETED", "DELETED");
        assertThat(slots("2026-03-10")).isEmpty();
        assertThat(count("availability_slot", "id = ?", elsewhere)).isZero();
        assertThat(slots("2026-03-11")).as("another date is untouched").containsExactly("09:00-12:00 " + attributes);
        assertThat(count("clinic_audit", "action = 'availability.remove' AND enterprise_id = ?", enterprise.id())).isEqualTo(3);
    }

    /** Under the professional's lock the second of two identical removals finds the range already cut: no second tail is added. */
    @Test
    void R163_twoIdenticalRemovalsAtOnceSplitTheSlotOnce() throws Exception {
        slot("2026-03-10", "09:00", "12:00", enterprise.location1());
        List<Callable<Api.Response>> twice = List.of(() -> remove(enterprise.admin().login(), "", "2026-03-10", "10:00", "11:00", null),
                () -> remove(doctor.login(), "", "2026-03-10", "10:00", "11:00", null));
        var answers = Together.run(twice);
        assertThat(answers.stream().map(a -> a.status() + " " + a.body().path("count").asInt()).sorted().toList())
                .as(answers.get(0).raw() + answers.get(1).raw()).containsExactly("200 0", "200 1");
        assertThat(slots("2026-03-10")).extracting(s -> s.substring(0, 11)).containsExactly("09:00-10:00", "11:00-12:00");
    }

    /** Spring forward, Sunday 2026-03-08: 02:00 to 02:59 is skipped. Each part's instants come from its own local times. */
    @Test
    void R163_thePartsOfASlotCutOnTheSpringForwardNightKeepTheirLocalTimes() {
        slot("2026-03-08", "01:00", "05:00", null);
        var cut = remove(enterprise.admin().login(), "", "2026-03-08", "02:30", "03:30", null);
        assertThat(cut.status()).as(cut.raw()).isEqualTo(200);
        assertThat(slots("2026-03-08")).as("an incomplete slot is cut too").containsExactly("01:00-02:30 - - - -", "03:30-05:00 - - - -");
        assertThat(cut.body().at("/changes/0/after").findValuesAsText("startsAt")).containsExactly("2026-03-08T06:00:00Z", "2026-03-08T07:30:00Z");
        assertThat(cut.body().at("/changes/0/after").findValuesAsText("endsAt"))
                .as("02:30 is skipped: the first part ends at the jump, 03:00 EDT").containsExactly("2026-03-08T07:00:00Z", "2026-03-08T09:00:00Z");
    }

    @Test
    void R164_anAppointmentInTheRemovedRangeStaysAsItWas() {
        slot("2026-03-10", "09:00", "12:00", enterprise.location1());
        jdbc.sql("INSERT INTO clinic_appointment (enterprise_id, location_id, professional_id, service_id, local_date, local_start,"
                + " duration_minutes, starts_at, ends_at, created_at) VALUES (?, ?, ?, ?, '2026-03-10', '10:00', 15,"
                + " '2026-03-10 14:00:00', '2026-03-10 14:15:00', '2026-03-01 10:00:00')")
                .params(enterprise.id(), enterprise.location1(), professional, service).update();
        String before = appointments();
        var removed = remove(enterprise.admin().login(), "", "2026-03-10", "09:00", "12:00", null);
        assertThat(removed.status()).as(removed.raw()).isEqualTo(200);
        assertThat(slots("2026-03-10")).isEmpty();
        assertThat(appointments()).as("still active, now out of any slot").isEqualTo(before).contains("ACTIVE");
    }

    String appointments() {
        return jdbc.sql("SELECT CONCAT_WS('|', id, location_id, service_id, local_date, local_start, duration_minutes, starts_at, ends_at,"
                + " status) FROM clinic_appointment WHERE professional_id = ?").param(professional).query(String.class).list().toString();
    }

    /** §9 A16: the range's start is not past; a running slot may still lose what is ahead of it. The clock reads about 12:00. */
    @Test
    void R165_R166_aRangeStartingInThePastIsRefusedButARunningSlotLosesItsFuturePart() {
        slot(TODAY.toString(), "09:00", "17:00", enterprise.location1());
        var startPast = remove(enterprise.admin().login(), "", TODAY.toString(), "11:00", "13:00", null);
        assertThat(startPast.status()).as(startPast.raw()).isEqualTo(400);
        assertThat(startPast.text("/errors/0/field")).isEqualTo("startTime");
        assertThat(startPast.text("/errors/0/message"))
                .isEqualTo("Des disponibilités ne se suppriment qu'à partir de maintenant : le 4 mars 2026 à 11 h est passé.");
        var datePast = remove(enterprise.admin().login(), "", "2026-03-03", "13:00", "17:00", null);
        assertThat(datePast.status()).as(datePast.raw()).isEqualTo(400);
        assertThat(datePast.text("/errors/0/field")).isEqualTo("date");
        var backwards = remove(enterprise.admin().login(), "", "2026-03-10", "13:00", "12:00", null);
        assertThat(backwards.status()).as(backwards.raw()).isEqualTo(400);
        assertThat(backwards.text("/errors/0/field")).isEqualTo("endTime");
        assertThat(slots(TODAY.toString())).as("nothing changed").containsExactly("09:00-17:00 " + enterprise.location1()
                + " PUBLIC 03-02 13:00 " + service);
        var future = remove(enterprise.admin().login(), "", TODAY.toString(), "13:00", "17:00", null);
        assertThat(future.status()).as(future.raw()).isEqualTo(200);
        assertThat(slots(TODAY.toString())).containsExactly("09:00-13:00 " + enterprise.location1() + " PUBLIC 03-02 13:00 " + service);
        assertThat(count("clinic_audit", "action = 'availability.remove' AND enterprise_id = ?", enterprise.id())).isEqualTo(1);
    }
}
