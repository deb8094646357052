package org.vigie.scheduling.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.vigie.scheduling.Weeks;
import org.vigie.scheduling.availability.AgendaCalendar.FeedEvent;

/** The feed's writer alone (no service): zones as the locations store them, times as Vigie reads them, lines as RFC 5545 folds them. */
class AgendaCalendarTests {
    static final ZoneId MONTREAL = ZoneId.of("America/Montreal");
    static final ZoneId HALIFAX = ZoneId.of("America/Halifax");

    static FeedEvent event(String uid, ZonedDateTime start, ZonedDateTime end) {
        return new FeedEvent(uid, "Plage publique", "Raisons de consultation : « Urgence mineure », suivi; bilan", "Clinique du Plateau",
                start, end, false);
    }

    @Test
    void aLinkedZoneKeepsItsOwnTzidAndEachZoneUsedHasOneVTimeZone() throws Exception {
        ZonedDateTime nine = ZonedDateTime.of(LocalDateTime.of(2027, 3, 14, 9, 0), MONTREAL);
        String text = AgendaCalendar.write("Agenda de Marc Gagnon (Clinique du Plateau)", List.of(event("slot-1@vigie", nine, nine.plusHours(3)),
                event("slot-2@vigie", nine.plusDays(1), nine.plusDays(1).plusHours(3)),
                event("slot-3@vigie", nine.withZoneSameLocal(HALIFAX), nine.withZoneSameLocal(HALIFAX).plusHours(1))),
                Instant.parse("2027-03-01T17:00:00.123Z"));
        assertThat(text).contains("DTSTART;TZID=America/Montreal:20270314T090000", "DTSTART;TZID=America/Halifax:20270314T090000",
                "DTSTAMP:20270301T170000Z", "METHOD:PUBLISH", "TRANSP:TRANSPARENT").doesNotContain("America/Toronto");
        assertThat(text.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(75));
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE")).extracting(z -> z.getTimeZoneId().getValue())
                .containsExactly("America/Montreal", "America/Halifax");
        VEvent first = calendar.<VEvent>getComponents("VEVENT").get(0);
        assertThat(first.getDescription().getValue()).isEqualTo("Raisons de consultation : « Urgence mineure », suivi; bilan");
        assertThat(((ZonedDateTime) first.getStartDate().orElseThrow().getDate()).toInstant()).isEqualTo(Instant.parse("2027-03-14T13:00:00Z"));
    }

    @Test
    void aTimeInTheSpringForwardGapIsWrittenAsVigieReadsIt() {
        ZonedDateTime gap = Weeks.instant(java.time.LocalDate.of(2027, 3, 14), java.time.LocalTime.of(2, 30), MONTREAL).atZone(MONTREAL);
        String text = AgendaCalendar.write("Agenda", List.of(event("slot-1@vigie", gap, gap.plusHours(1))), Instant.EPOCH);
        assertThat(text).contains("DTSTART;TZID=America/Montreal:20270314T030000");
    }
}
