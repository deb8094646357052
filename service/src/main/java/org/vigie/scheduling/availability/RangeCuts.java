package org.vigie.scheduling.availability;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What cutting a range of local times out of a slot leaves (R163, spec §5.10): the slot whole when they do not meet, nothing
 * when the range covers it, its head or its tail when the range covers one end, both when the range lies inside it. Both are
 * half-open, [start, end): a range ending at 10:00 leaves a slot starting at 10:00 whole. Local times are the truth (§9 A23):
 * the caller recomputes each part's instants from its own date and times.
 */
final class RangeCuts {
    private RangeCuts() {
    }

    /** A part of a slot, in local times of its date. */
    record Part(LocalTime start, LocalTime end) {
    }

    /** The parts of [start, end) outside [from, to), in order: zero, one or two. */
    static List<Part> remaining(LocalTime start, LocalTime end, LocalTime from, LocalTime to) {
        if (!from.isBefore(end) || !start.isBefore(to)) {
            return List.of(new Part(start, end));
        }
        List<Part> parts = new ArrayList<>();
        if (start.isBefore(from)) {
            parts.add(new Part(start, from));
        }
        if (to.isBefore(end)) {
            parts.add(new Part(to, end));
        }
        return parts;
    }
}
