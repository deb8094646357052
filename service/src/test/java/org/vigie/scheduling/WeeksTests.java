package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.vigie.scheduling.Weeks.Week;

/** Sunday-to-Saturday weeks and wall-clock times on the 2025 and 2026 clock changes, in Montréal and once in Halifax. */
class WeeksTests {
    private static final ZoneId MONTREAL = ZoneId.of("America/Montreal");
    private static final ZoneId HALIFAX = ZoneId.of("America/Halifax");

    private static Instant at(String date, String time, ZoneId zone) {
        return Weeks.instant(LocalDate.parse(date), LocalTime.parse(time), zone);
    }

    private static LocalTime wallClock(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalTime();
    }

    @Test
    void aSlotFrom0130To0330OnTheSpringForwardSundayLastsOneHourAndReadsAsPlanned() {
        for (String sunday : new String[] {"2025-03-09", "2026-03-08"}) {
            Instant start = at(sunday, "01:30", MONTREAL);
            Instant end = at(sunday, "03:30", MONTREAL);
            assertThat(Duration.between(start, end)).as(sunday).isEqualTo(Duration.ofHours(1));
            assertThat(wallClock(start, MONTREAL)).isEqualTo(LocalTime.of(1, 30));
            assertThat(wallClock(end, MONTREAL)).isEqualTo(LocalTime.of(3, 30));
        }
        assertThat(at("2025-03-09", "01:30", MONTREAL)).isEqualTo(Instant.parse("2025-03-09T06:30:00Z"));
        assertThat(at("2026-03-08", "03:30", MONTREAL)).isEqualTo(Instant.parse("2026-03-08T07:30:00Z"));
    }

    @Test
    void aTimeTheClocksSkipIsTheJumpItselfSoASlotInsideTheGapDoesNotHappen() {
        assertThat(at("2026-03-08", "02:30", MONTREAL)).isEqualTo(Instant.parse("2026-03-08T07:00:00Z"));
        assertThat(wallClock(at("2026-03-08", "02:30", MONTREAL), MONTREAL)).isEqualTo(LocalTime.of(3, 0));
        assertThat(at("2025-03-09", "02:15", MONTREAL)).isEqualTo(at("2025-03-09", "02:45", MONTREAL));
        assertThat(Duration.between(at("2026-03-08", "02:30", MONTREAL), at("2026-03-08", "04:00", MONTREAL))).isEqualTo(Duration.ofHours(1));
        assertThat(ZonedDateTime.of(LocalDate.parse("2026-03-08"), LocalTime.of(2, 30), MONTREAL).toLocalTime())
                .as("java.time's own rule, which we do not follow").isEqualTo(LocalTime.of(3, 30));
    }

    @Test
    void the0130ThatOccursTwiceOnAFallBackSundayIsTheFirstInDaylightTime() {
        assertThat(at("2025-11-02", "01:30", MONTREAL)).isEqualTo(Instant.parse("2025-11-02T05:30:00Z"));
        assertThat(at("2026-11-01", "01:30", MONTREAL)).isEqualTo(Instant.parse("2026-11-01T05:30:00Z"));
        assertThat(at("2026-11-01", "01:30", MONTREAL).atZone(MONTREAL).getOffset().getTotalSeconds()).isEqualTo(-4 * 3600);
        assertThat(Duration.between(at("2026-11-01", "01:00", MONTREAL), at("2026-11-01", "02:00", MONTREAL)))
                .as("01:00-02:00 holds the repeated hour").isEqualTo(Duration.ofHours(2));
        assertThat(at("2025-11-02", "13:00", MONTREAL)).isEqualTo(Instant.parse("2025-11-02T18:00:00Z"));
    }

    @Test
    void a0900SlotCopiedAcrossBoth2026ClockChangesStaysAt0900() {
        LocalDate firstSunday = LocalDate.parse("2026-03-01");
        for (int weeks = 0; weeks <= 40; weeks++) {
            LocalDate day = Weeks.shift(firstSunday, weeks);
            for (LocalTime time : new LocalTime[] {LocalTime.of(9, 0), LocalTime.of(13, 0), LocalTime.of(18, 0)}) {
                assertThat(wallClock(Weeks.instant(day, time, MONTREAL), MONTREAL)).as(day + " " + time).isEqualTo(time);
            }
        }
        Instant before = at("2026-03-01", "09:00", MONTREAL);
        assertThat(Duration.between(before, at("2026-03-08", "09:00", MONTREAL))).isEqualTo(Duration.ofHours(167));
        assertThat(wallClock(before.plus(Duration.ofHours(168)), MONTREAL)).as("168 hours on reads 10:00").isEqualTo(LocalTime.of(10, 0));
        assertThat(Duration.between(at("2026-10-25", "09:00", MONTREAL), at("2026-11-01", "09:00", MONTREAL))).isEqualTo(Duration.ofHours(169));
    }

    @Test
    void aWeekRunsFromSundayToSaturdayAndLastsAsLongAsItsClocksSay() {
        Week ofSaturday = Week.containing(LocalDate.parse("2026-03-07"));
        assertThat(ofSaturday.sunday()).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(ofSaturday.saturday()).isEqualTo(LocalDate.parse("2026-03-07"));
        Week ofSunday = Week.containing(LocalDate.parse("2026-03-08"));
        assertThat(ofSunday.sunday()).isEqualTo(LocalDate.parse("2026-03-08"));
        assertThat(ofSunday).isEqualTo(ofSaturday.plusWeeks(1));
        assertThat(ofSunday.days()).hasSize(7).startsWith(LocalDate.parse("2026-03-08")).endsWith(LocalDate.parse("2026-03-14"));
        assertThat(ofSunday.contains(LocalDate.parse("2026-03-14"))).isTrue();
        assertThat(ofSunday.contains(LocalDate.parse("2026-03-15"))).isFalse();
        assertThat(Duration.between(ofSunday.start(MONTREAL), ofSunday.end(MONTREAL))).isEqualTo(Duration.ofHours(167));
        assertThat(ofSunday.end(MONTREAL)).isEqualTo(ofSunday.plusWeeks(1).start(MONTREAL));
        assertThat(Duration.between(Week.containing(LocalDate.parse("2025-11-02")).start(MONTREAL),
                Week.containing(LocalDate.parse("2025-11-02")).end(MONTREAL))).isEqualTo(Duration.ofHours(169));
        assertThatThrownBy(() -> new Week(LocalDate.parse("2026-03-09"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSaturdayEveningInMontrealIsStillItsWeekThoughUtcIsAlreadySunday() {
        Instant saturdayEvening = at("2026-03-07", "21:30", MONTREAL);
        assertThat(saturdayEvening).isEqualTo(Instant.parse("2026-03-08T02:30:00Z"));
        assertThat(Week.containing(saturdayEvening, MONTREAL).sunday()).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(Week.containing(saturdayEvening, ZoneId.of("UTC")).sunday()).isEqualTo(LocalDate.parse("2026-03-08"));
    }

    @Test
    void halifaxSkipsItsOwnHourAnHourAheadOfMontreal() {
        Instant start = at("2026-03-08", "01:30", HALIFAX);
        Instant end = at("2026-03-08", "03:30", HALIFAX);
        assertThat(start).isEqualTo(Instant.parse("2026-03-08T05:30:00Z"));
        assertThat(Duration.between(start, end)).isEqualTo(Duration.ofHours(1));
        assertThat(at("2026-03-08", "02:30", HALIFAX)).isEqualTo(Instant.parse("2026-03-08T06:00:00Z"));
        assertThat(at("2026-03-08", "02:30", HALIFAX)).isBefore(at("2026-03-08", "02:30", MONTREAL));
    }
}
