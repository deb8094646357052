package org.vigie.scheduling.availability;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.Weeks;
import org.vigie.web.Validation;

/**
 * Turns a quick-create form into incomplete {@link Placement}s: each range on a date of the week, its start before its end,
 * not starting in the past (R126), not overlapping another range of the form. Having no location, they are read in the
 * service's zone (§9 A23), each time from its own date by {@link Weeks#instant}, so 09:00 stays 09:00 across a clock change.
 */
@Component
class WeekChecks {
    private final SlotChecks slotChecks;
    private final SchedulingRules rules;

    WeekChecks(SlotChecks slotChecks, SchedulingRules rules) {
        this.slotChecks = slotChecks;
        this.rules = rules;
    }

    /** The slots to create, by date and start; or a 400 naming each refused field. */
    List<Placement> placements(Weeks.Week week, WeekForm form, Instant now) {
        ZoneId zone = zone(null);
        LocalDate today = LocalDate.ofInstant(now, zone);
        Validation v = new Validation();
        List<WeekForm.Day> days = form.days() == null ? List.of() : form.days();
        v.require(!days.isEmpty(), "days", rules.text("week.days.required"));
        List<Placement> placed = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            WeekForm.Day day = days.get(i);
            String at = "days[" + i + "]";
            if (day == null || day.date() == null) {
                v.refuse(at + ".date", rules.text("agenda.date.required"));
                continue;
            }
            boolean inWeek = week.contains(day.date());
            String date = day.date().toString();
            if (!inWeek) {
                v.refuse(at + ".date", rules.text("week.date.outside", Map.of("date", date, "sunday", week.sunday().toString(),
                        "saturday", week.saturday().toString())));
            } else if (day.date().isBefore(today)) { // R126
                v.refuse(at + ".date", rules.text("week.date.past", Map.of("date", date)));
            }
            List<WeekForm.Range> ranges = day.ranges() == null ? List.of() : day.ranges();
            v.require(!ranges.isEmpty(), at + ".ranges", rules.text("week.ranges.required"));
            for (int j = 0; j < ranges.size(); j++) {
                WeekForm.Range range = ranges.get(j);
                String field = at + ".ranges[" + j + "]";
                LocalTime start = range == null ? null : range.startTime();
                LocalTime end = range == null ? null : range.endTime();
                v.require(start != null, field + ".startTime", rules.text("slot.startTime.required"))
                        .require(end != null, field + ".endTime", rules.text("slot.endTime.required"));
                if (start == null || end == null || !inWeek || day.date().isBefore(today)) {
                    continue;
                }
                Instant startsAt = Weeks.instant(day.date(), start, zone);
                Instant endsAt = Weeks.instant(day.date(), end, zone);
                v.require(start.isBefore(end), field + ".endTime", rules.text("slot.endTime.notAfterStart"))
                        .require(!start.isBefore(end) || startsAt.isBefore(endsAt), field + ".endTime", rules.text("slot.hours.skipped"))
                        .require(startsAt.isAfter(now), field + ".startTime", rules.text("week.quickCreate.started")); // R126
                boolean overlaps = placed.stream().anyMatch(p -> p.date().equals(day.date()) && p.startsAt().isBefore(endsAt)
                        && startsAt.isBefore(p.endsAt()));
                v.require(!overlaps, field, rules.text("week.quickCreate.overlap"));
                placed.add(new Placement(day.date(), start, end, null, zone, startsAt, endsAt, null, null, List.of()));
            }
        }
        v.throwIfAny();
        placed.sort(Comparator.comparing(Placement::startsAt));
        return placed;
    }

    ZoneId zone(Long locationId) {
        return slotChecks.zone(locationId);
    }
}
