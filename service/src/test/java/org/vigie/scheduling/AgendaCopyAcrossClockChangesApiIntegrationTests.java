package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.support.Api;

/**
 * A copied week keeps its local times across the clock changes (R129, §9 A23): each copy is the source slot's local date plus
 * 7·k days at its local times, read in its location's zone, never the source's instants plus 7·k·24 hours. Montréal (location
 * 1) and the Îles-de-la-Madeleine (location 2, America/Halifax) change their clocks on the same Sundays,
 * 2026-03-08 and 2026-11-01: a week copied over the fall back, and a year of copies over both.
 */
class AgendaCopyAcrossClockChangesApiIntegrationTests extends ClinicTest {
    Enterprise enterprise;
    long professional;
    long service;
    String pro;

    @BeforeEach
    void aProfessionalAtMontrealAndHalifax() {
        enterprise = enterprise(false);
        var halifax = api.patch(Api.admin(), enterprise.path() + "/locations/" + enterprise.location2(), Map.of("zone", "America/Halifax"));
        assertThat(halifax.status()).as(halifax.raw()).isEqualTo(200);
        professional = hire(enterprise, person("1"), enterprise.location1(), enterprise.location2());
        pro = professionalPath(enterprise, professional);
        service = api.post(enterprise.admin().login(), pro + "/services", Map.of("appointmentType", "MF", "reason", "MINOR_EMERGENCY",
                "durationMinutes", 15)).body().get("id").asLong();
    }

    void slot(String date, String start, String end, long location) {
        var created = api.post(enterprise.admin().login(), pro + "/slots", Map.of("date", date, "startTime", start, "endTime", end,
                "locationId", location, "serviceIds", List.of(service), "visibility", "PUBLIC"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
    }

    Api.Response copy(String sunday, int nextWeeks, int interval) {
        return api.post(enterprise.admin().login(), pro + "/weeks/" + sunday + "/copy", Map.of("nextWeeks", nextWeeks, "interval", interval));
    }

    /** Each slot of the date as « local start-local end startsAt/endsAt » (the instants in UTC), by start. */
    List<String> slots(String date) {
        return jdbc.sql("SELECT CONCAT(TIME_FORMAT(local_start, '%H:%i'), '-', TIME_FORMAT(local_end, '%H:%i'), ' ',"
                        + " DATE_FORMAT(starts_at, '%H:%i'), '/', DATE_FORMAT(ends_at, '%H:%i'))"
                        + " FROM availability_slot WHERE professional_id = ? AND local_date = ? ORDER BY starts_at")
                .params(professional, date).query(String.class).list();
    }

    /** Fall back in Montréal: Sunday 2026-11-01 at 02:00 EDT the clocks read 01:00 EST again. */
    @Test
    void R129_aWeekCopiedOverTheFallBackKeepsItsLocalTimesAndAnHourReadTwiceIsTakenAtItsFirstReading() {
        clock.today(LocalDate.of(2026, 10, 21));
        slot("2026-10-25", "01:00", "02:00", enterprise.location1());
        slot("2026-10-26", "09:00", "12:00", enterprise.location1());
        slot("2026-10-26", "18:00", "21:00", enterprise.location2());
        var copied = copy("2026-10-25", 1, 1);
        assertThat(copied.status()).as(copied.raw()).isEqualTo(201);
        assertThat(slots("2026-10-25")).containsExactly("01:00-02:00 05:00/06:00");
        assertThat(slots("2026-11-01")).as("01:00 EDT to 02:00 EST: two hours that night").containsExactly("01:00-02:00 05:00/07:00");
        assertThat(slots("2026-10-26")).containsExactly("09:00-12:00 13:00/16:00", "18:00-21:00 21:00/00:00");
        assertThat(slots("2026-11-02")).as("09:00 EST and 18:00 AST").containsExactly("09:00-12:00 14:00/17:00", "18:00-21:00 22:00/01:00");
    }

    /** A winter week copied every 8 weeks through 2026, over the spring forward (03-08) and the fall back (11-01). */
    @Test
    void R129_R136_aWeekCopiedAcrossBoth2026ClockChangesKeeps0900At0900() {
        clock.today(LocalDate.of(2025, 12, 30));
        slot("2026-01-05", "09:00", "12:00", enterprise.location1());
        slot("2026-01-06", "09:00", "12:00", enterprise.location2());
        var copied = copy("2026-01-04", 52, 8);
        assertThat(copied.status()).as(copied.raw()).isEqualTo(201);
        assertThat(copied.body().get("weeks").toString())
                .isEqualTo("[\"2026-03-01\",\"2026-04-26\",\"2026-06-21\",\"2026-08-16\",\"2026-10-11\",\"2026-12-06\"]");
        assertThat(copied.body().get("count").asInt()).isEqualTo(12);
        Map<String, String> montreal = Map.of("2026-03-02", "14:00/17:00", "2026-04-27", "13:00/16:00", "2026-10-12", "13:00/16:00",
                "2026-12-07", "14:00/17:00");
        montreal.forEach((date, instants) -> assertThat(slots(date)).as(date).containsExactly("09:00-12:00 " + instants));
        Map<String, String> halifax = Map.of("2026-03-03", "13:00/16:00", "2026-06-23", "12:00/15:00", "2026-12-08", "13:00/16:00");
        halifax.forEach((date, instants) -> assertThat(slots(date)).as(date).containsExactly("09:00-12:00 " + instants));
        assertThat(jdbc.sql("SELECT DISTINCT TIME_FORMAT(local_start, '%H:%i') FROM availability_slot WHERE professional_id = ?")
                .param(professional).query(String.class).list()).containsExactly("09:00");
    }
}
