package org.vigie.scheduling.availability;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.vigie.scheduling.availability.AgendaContent.AgendaCell;
import org.vigie.scheduling.availability.AgendaContent.AgendaSlot;
import org.vigie.scheduling.availability.AgendaContent.CellSlot;

/**
 * R121: the display cells where several slots overlap. A date's cells are its wall-clock intervals of the grid's size from
 * midnight (09:00-09:15, 09:15-09:30 ... for 15 minutes), read on the slots' local times (a slot is drawn at its local times,
 * even on a clock-change day); a slot occupies the cells its [start, end) meets.
 */
final class AgendaCells {
    private static final int DAY = 24 * 60;

    private AgendaCells() {
    }

    static List<AgendaCell> overlaps(List<AgendaSlot> slots, int cellMinutes, String publicLabel) {
        Map<LocalDate, List<AgendaSlot>> byDate = slots.stream().collect(Collectors.groupingBy(AgendaSlot::date, TreeMap::new, Collectors.toList()));
        List<AgendaCell> cells = new ArrayList<>();
        byDate.forEach((date, day) -> {
            if (day.size() < 2) {
                return;
            }
            // no slot meets a cell before the day's first start or from its last end: only the cells between are looked at
            int first = day.stream().mapToInt(s -> minutes(s.startTime())).min().orElse(0);
            int last = day.stream().mapToInt(s -> minutes(s.endTime())).max().orElse(0);
            for (int start = first / cellMinutes * cellMinutes; start < Math.min(last, DAY); start += cellMinutes) {
                int cellStart = start;
                int cellEnd = Math.min(start + cellMinutes, DAY);
                List<CellSlot> in = new ArrayList<>();
                for (AgendaSlot s : day) {
                    if (minutes(s.startTime()) < cellEnd && minutes(s.endTime()) > cellStart) {
                        in.add(new CellSlot(s.id(), s.startTime(), s.endTime(), s.appointmentType(), s.publicSlot() ? publicLabel : null,
                                s.durationMinutes()));
                    }
                }
                if (in.size() > 1) {
                    cells.add(new AgendaCell(date, time(cellStart), time(cellEnd), List.copyOf(in)));
                }
            }
        });
        return cells;
    }

    private static int minutes(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    /** A cell's bound; the day's last one ends at 23:59, the last minute a time of day names. */
    private static LocalTime time(int minutes) {
        return minutes >= DAY ? LocalTime.of(23, 59) : LocalTime.of(minutes / 60, minutes % 60);
    }
}
