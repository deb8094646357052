package org.vigie.scheduling;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;

import org.vigie.web.InvalidRequestException;
import org.vigie.web.Texts;

/**
 * The clinic's calendar: weeks from Sunday to Saturday in a location's zone, and the one rule that turns a local date and
 * time into an instant.
 *
 * <p><b>Weeks.</b> A week runs from Sunday to Saturday everywhere (scheduling.md §9 A1: agenda, templates, quick create,
 * copy, the booking horizon). Which week "now" is in depends on the zone: Saturday 21:30 in Montréal is already Sunday in
 * UTC. Weeks and days are shifted on local dates ({@link Week#plusWeeks}, {@link #shift}), never by 7 × 24 hours: across
 * a clock change a week lasts 167 or 169 hours, and a 09:00 slot copied over it stays at 09:00.
 *
 * <p><b>Local date and time to instant</b> ({@link #instant}): the first instant at which the zone's clocks, on that date,
 * read that time or later. For nearly every time it is the one instant that reads it. At a clock change:
 * <ul>
 * <li><i>Spring forward</i>: a time the clocks skip (02:00 to 02:59 on the second Sunday of March in Québec) is the jump
 * itself, 02:30 is 03:00 daylight time. So a slot holds exactly the moments whose clock reading lies from its start to its
 * end: 01:30–03:30 lasts one hour that night, 02:30–04:00 opens at 03:00, and 02:15–02:45 does not happen (its start is
 * its end). java.time and RFC 5545 instead move a skipped time on by the gap's length (02:30 reads 03:30), which would open
 * 02:15–02:45 as 03:15–03:45, a slot nobody planned.</li>
 * <li><i>Fall back</i>: a time the clocks read twice (01:00 to 01:59 on the first Sunday of November) is its first reading,
 * in daylight time, as java.time and RFC 5545 choose too: a slot from 01:30 opens at the first 01:30 and 01:00–02:00 lasts
 * two hours.</li>
 * </ul>
 * A slot's start and end are each computed from their own date and time, never one from the other; stepping through
 * bookable times inside a slot is done in absolute time, from these instants.
 */
public final class Weeks {
    private Weeks() {
    }

    /** A week from Sunday to Saturday, named by its Sunday. */
    public record Week(LocalDate sunday) {
        /** The week named by its Sunday (§9 A1); 400 on the field {@code sunday} for any other day. */
        public static Week named(LocalDate sunday) {
            if (sunday.getDayOfWeek() != DayOfWeek.SUNDAY) {
                throw new InvalidRequestException("sunday", Texts.of("scheduling.week.notASunday", "sunday", sunday));
            }
            return new Week(sunday);
        }

        public Week {
            if (sunday.getDayOfWeek() != DayOfWeek.SUNDAY) {
                throw new IllegalArgumentException(sunday + " is a " + sunday.getDayOfWeek() + ", not a Sunday");
            }
        }

        /** The week that holds this day: back to the Sunday, or the day itself when it is one. */
        public static Week containing(LocalDate day) {
            return new Week(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)));
        }

        /** The week that holds this instant on the zone's calendar. */
        public static Week containing(Instant instant, ZoneId zone) {
            return containing(LocalDate.ofInstant(instant, zone));
        }

        public LocalDate saturday() {
            return sunday.plusDays(6);
        }

        public boolean contains(LocalDate day) {
            return !day.isBefore(sunday) && !day.isAfter(saturday());
        }

        /** Its seven days, Sunday first. */
        public List<LocalDate> days() {
            return sunday.datesUntil(sunday.plusWeeks(1)).toList();
        }

        /** The week {@code weeks} calendar weeks later (earlier when negative). */
        public Week plusWeeks(long weeks) {
            return new Week(sunday.plusWeeks(weeks));
        }

        /** Its first instant in the zone: Sunday at midnight, by {@link Weeks#instant}'s rule. */
        public Instant start(ZoneId zone) {
            return instant(sunday, LocalTime.MIDNIGHT, zone);
        }

        /** The first instant after it: the next Sunday's midnight (so the week is {@code [start, end)}, 167 to 169 hours long). */
        public Instant end(ZoneId zone) {
            return plusWeeks(1).start(zone);
        }
    }

    /** The same day of the week, {@code weeks} calendar weeks on: a copied slot's date, whose times are then read with {@link #instant}. */
    public static LocalDate shift(LocalDate day, long weeks) {
        return day.plusWeeks(weeks);
    }

    /** The first instant at which the zone's clocks, on {@code date}, read {@code time} or later (see the class comment). */
    public static Instant instant(LocalDate date, LocalTime time, ZoneId zone) {
        LocalDateTime local = date.atTime(time);
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return ZonedDateTime.of(local, zone).withEarlierOffsetAtOverlap().toInstant();
    }
}
