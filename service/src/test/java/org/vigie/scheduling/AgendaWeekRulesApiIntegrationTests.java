package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.support.Api;
import org.vigie.support.Together;

/** Quick create and clear a week (guide §3.4.1, §3.4.7, R122-R127, R137-R140) through the API, weeks Sunday to Saturday (§9 A1). */
class AgendaWeekRulesApiIntegrationTests extends ClinicTest {
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
        service = api.post(enterprise.admin().login(), pro + "/services", Map.of("appointmentType", "MF", "reason", "MINOR_EMERGENCY",
                "durationMinutes", 15)).body().get("id").asLong();
    }

    static Map<String, Object> day(String date, String... startsAndEnds) {
        List<Map<String, String>> ranges = new ArrayList<>();
        for (int i = 0; i < startsAndEnds.length; i += 2) {
            ranges.add(Map.of("startTime", startsAndEnds[i], "endTime", startsAndEnds[i + 1]));
        }
        return Map.of("date", date, "ranges", ranges);
    }

    @SafeVarargs
    private Api.Response quickCreate(Api.Login who, String sunday, String query, Map<String, Object>... days) {
        return api.post(who, pro + "/weeks/" + sunday + "/quick-create" + query, Map.of("days", List.of(days)));
    }

    Api.Response clear(Api.Login who, String sunday, String query) {
        return api.post(who, pro + "/weeks/" + sunday + "/clear" + query, null);
    }

    long slotCount() {
        return count("availability_slot", "professional_id = ?", professional);
    }

    long slot(String date, String start, String end, boolean complete) {
        Map<String, Object> body = new HashMap<>(Map.of("date", date, "startTime", start, "endTime", end));
        if (complete) {
            body.putAll(Map.of("locationId", enterprise.location1(), "serviceIds", List.of(service), "visibility", "PUBLIC"));
        }
        var created = api.post(enterprise.admin().login(), pro + "/slots", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    /** A staff user with READ_WRITE on the professional: agenda.slot.edit, but not the week-wide actions. */
    Person staffWithReadWrite() {
        Person staff = person(null);
        long employee = hire(enterprise, staff, enterprise.location1());
        var granted = api.post(enterprise.admin().login(), employeePath(enterprise, employee) + "/permissions",
                Map.of("location", "ALL", "professionalId", professional, "access", "READ_WRITE"));
        assertThat(granted.status()).as(granted.raw()).isLessThan(300);
        return staff;
    }

    @Test
    void R122_aProfessionalQuickCreatesTheirOwnWeekButAUserWithWriteAccessMayNot() {
        Person staff = staffWithReadWrite();
        var refused = quickCreate(staff.login(), "2026-03-08", "", day("2026-03-09", "09:00", "12:00"));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(403);
        assertThat(slotCount()).as("nothing written").isZero();
        var own = quickCreate(doctor.login(), "2026-03-08", "", day("2026-03-09", "09:00", "12:00"));
        assertThat(own.status()).as(own.raw()).isEqualTo(201);
        assertThat(slotCount()).isEqualTo(1);
    }

    @Test
    void R123_R127_aQuickCreateOpensIncompleteSlotsWithTheNoticeAndADryRunSavesNothing() {
        var dry = quickCreate(enterprise.admin().login(), "2026-03-08", "?dryRun=true", day("2026-03-09", "09:00", "12:00", "13:00", "17:00"),
                day("2026-03-14", "08:00", "10:00"));
        assertThat(dry.status()).as(dry.raw()).isEqualTo(200);
        assertThat(dry.body().get("count").asInt()).isEqualTo(3);
        assertThat(dry.body().get("slots").get(0).has("id")).as("no id: not saved").isFalse();
        assertThat(slotCount()).as("a dry run saves nothing").isZero();
        var created = quickCreate(enterprise.admin().login(), "2026-03-08", "", day("2026-03-09", "09:00", "12:00", "13:00", "17:00"),
                day("2026-03-14", "08:00", "10:00"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.body().get("count").asInt()).isEqualTo(3);
        assertThat(created.body().findValuesAsText("notice")).containsOnly("Vos patients ne peuvent voir cette plage de disponibilité");
        assertThat(created.body().findValuesAsText("label")).containsOnly("Plage incomplète");
        var listed = api.get(enterprise.admin().login(), pro + "/slots?from=2026-03-08&to=2026-03-14");
        assertThat(listed.body().findValuesAsText("complete")).containsExactly("false", "false", "false");
        assertThat(listed.body().findValuesAsText("startTime")).containsExactly("09:00", "13:00", "08:00");
        assertThat(count("clinic_audit", "action = 'week.quickCreate' AND enterprise_id = ?", enterprise.id())).isEqualTo(1);
    }

    /** Spring forward in Montréal is Sunday 2026-03-08 at 02:00: every day of that week, 09:00 is 09:00 (EDT, 13:00Z). */
    @Test
    void R123_aQuickCreateOfTheSpringForwardWeekKeeps0900LocalEveryDay() {
        String[] week = {"2026-03-08", "2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13", "2026-03-14"};
        @SuppressWarnings("unchecked")
        Map<String, Object>[] days = Arrays.stream(week).map(d -> day(d, "09:00", "12:00")).toArray(Map[]::new);
        var created = quickCreate(enterprise.admin().login(), "2026-03-08", "", days);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT local_start FROM availability_slot WHERE professional_id = ?").param(professional).query(String.class).list())
                .hasSize(7).containsOnly("09:00:00");
        assertThat(created.body().findValuesAsText("startsAt")).containsExactly(Arrays.stream(week).map(d -> d + "T13:00:00Z")
                .toArray(String[]::new));
    }

    @Test
    void R124_aQuickCreateIsRefusedWhenTheWeekHoldsASlotAndTwoAtOnceMakeOneSet() throws Exception {
        slot("2026-03-13", "09:00", "12:00", true);
        var refused = quickCreate(enterprise.admin().login(), "2026-03-08", "", day("2026-03-09", "09:00", "12:00"));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(409);
        assertThat(slotCount()).as("nothing more written").isEqualTo(1);
        List<Callable<Api.Response>> twice = List.of(
                () -> quickCreate(enterprise.admin().login(), "2026-03-15", "", day("2026-03-16", "09:00", "12:00", "13:00", "16:00")),
                () -> quickCreate(enterprise.admin().login(), "2026-03-15", "", day("2026-03-16", "09:00", "12:00", "13:00", "16:00")));
        var answers = Together.run(twice);
        assertThat(answers.stream().map(Api.Response::status).sorted().toList()).as(answers.get(0).raw() + answers.get(1).raw())
                .containsExactly(201, 409);
        assertThat(count("availability_slot", "professional_id = ? AND local_date = '2026-03-16'", professional)).isEqualTo(2);
    }

    @Test
    void R126_aQuickCreateIsRefusedWhenADateOrATimeIsPast() {
        var pastDay = quickCreate(enterprise.admin().login(), "2026-03-01", "", day("2026-03-02", "09:00", "12:00"), day("2026-03-05", "09:00", "12:00"));
        assertThat(pastDay.status()).as(pastDay.raw()).isEqualTo(400);
        assertThat(pastDay.text("/errors/0/field")).isEqualTo("days[0].date");
        var pastTime = quickCreate(enterprise.admin().login(), "2026-03-01", "", day(TODAY.toString(), "09:00", "11:00", "14:00", "16:00"));
        assertThat(pastTime.status()).as(pastTime.raw()).isEqualTo(400);
        assertThat(pastTime.text("/errors/0/field")).isEqualTo("days[0].ranges[0].startTime");
        assertThat(slotCount()).as("nothing written, not even the future ranges").isZero();
        var later = quickCreate(enterprise.admin().login(), "2026-03-01", "", day(TODAY.toString(), "14:00", "16:00"));
        assertThat(later.status()).as("later today is not past: " + later.raw()).isEqualTo(201);
    }

    @Test
    void R137_aUserWithWriteAccessMayNotClearAWeek() {
        Person staff = staffWithReadWrite();
        slot("2026-03-10", "09:00", "12:00", false);
        var refused = clear(staff.login(), "2026-03-08", "?confirmed=true");
        assertThat(refused.status()).as(refused.raw()).isEqualTo(403);
        assertThat(slotCount()).as("nothing deleted").isEqualTo(1);
        assertThat(clear(doctor.login(), "2026-03-08", "?confirmed=true").status()).isEqualTo(200);
        assertThat(slotCount()).isZero();
    }

    /** R138 (appointments kept): AppointmentsOutlastSlotsApiIntegrationTests. */
    @Test
    void R139_aClearDeletesIncompleteAndUnendedSlotsAndKeepsEndedCompleteOnes() {
        long ended = slot("2026-03-04", "14:00", "15:00", true);
        long endedIncomplete = slot("2026-03-04", "15:00", "16:00", false);
        long future = slot("2026-03-06", "09:00", "12:00", true);
        clock.today(LocalDate.of(2026, 3, 5));
        var dry = clear(enterprise.admin().login(), "2026-03-01", "?dryRun=true");
        assertThat(dry.status()).as(dry.raw()).isEqualTo(200);
        assertThat(dry.body().get("count").asInt()).isEqualTo(2);
        assertThat(slotCount()).as("a dry run deletes nothing").isEqualTo(3);
        var cleared = clear(enterprise.admin().login(), "2026-03-01", "?confirmed=true");
        assertThat(cleared.status()).as(cleared.raw()).isEqualTo(200);
        assertThat(cleared.body().findValuesAsText("id")).containsExactlyInAnyOrder(String.valueOf(endedIncomplete), String.valueOf(future));
        assertThat(count("availability_slot", "id = ?", ended)).isEqualTo(1);
        assertThat(slotCount()).isEqualTo(1);
        var again = clear(enterprise.admin().login(), "2026-03-01", "?confirmed=true");
        assertThat(again.status()).as(again.raw()).isEqualTo(200);
        assertThat(again.body().get("count").asInt()).as("only ended complete slots: nothing to do").isZero();
        assertThat(slotCount()).isEqualTo(1);
    }

    @Test
    void R140_aClearNeedsConfirmation() {
        slot("2026-03-10", "09:00", "12:00", false);
        var refused = clear(enterprise.admin().login(), "2026-03-08", "");
        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.text("/errors/0/field")).isEqualTo("confirmed");
        assertThat(slotCount()).as("nothing deleted").isEqualTo(1);
    }

    @Test
    void A1_aWeekIsNamedByItsSundayAndHoldsItsSevenDays() {
        var notSunday = quickCreate(enterprise.admin().login(), "2026-03-09", "", day("2026-03-09", "09:00", "12:00"));
        assertThat(notSunday.status()).as(notSunday.raw()).isEqualTo(400);
        assertThat(notSunday.text("/errors/0/field")).isEqualTo("sunday");
        var outside = quickCreate(enterprise.admin().login(), "2026-03-08", "", day("2026-03-15", "09:00", "12:00"));
        assertThat(outside.status()).as(outside.raw()).isEqualTo(400);
        assertThat(outside.text("/errors/0/field")).isEqualTo("days[0].date");
        assertThat(slotCount()).isZero();
    }
}
