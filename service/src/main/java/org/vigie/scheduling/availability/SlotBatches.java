package org.vigie.scheduling.availability;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.vigie.scheduling.Actor;

/**
 * Many slots of one professional created at once, all or none (guide §3.4.6, §3.4.8): the published API of availability for
 * the multi-week writes, a copy of a week here and a template's application in {@code templates}. The caller checks who may
 * act and what the slots hold; the batch reads each slot's local date and times in its location's zone, refuses the lot when
 * one would already have ended (R131, R158), takes the professional's lock, and refuses it (409) when a slot already exists
 * identically (same date, times, location, type and services: §9 A7, the exact duplicates product was asked to refuse),
 * which is what the second of two identical requests finds. Overlapping a different slot is allowed (§9 A7) and listed.
 */
public interface SlotBatches {
    /**
     * Creates the slots (in a dry run, only says what it would do). {@code action} and {@code detail} name the audit entry;
     * {@code field} is the request field a slot that would already have ended is refused on.
     */
    SlotBatch create(Actor actor, long professionalId, List<NewSlot> slots, boolean dryRun, String action, String detail, String field);

    /**
     * A slot to create: its local date and times, its location (null with no services and no type for an incomplete one), its
     * type, its « À partir de » as a local date and time in the location's zone (null: none), and its services.
     */
    record NewSlot(LocalDate date, LocalTime startTime, LocalTime endTime, Long locationId, Boolean publicSlot, LocalDateTime publishFrom,
                   List<Long> serviceIds) {
    }

    /** What a batch did, or would do in a dry run. */
    record SlotBatch(@Schema(description = "True when nothing was saved") boolean dryRun,
                     @Schema(description = "How many slots were (or would be) created") int count,
                     @Schema(description = "The slots created (ids null in a dry run), by start") List<WeekSlot> created,
                     @Schema(description = "Existing slots identical to one of them: the batch is refused (409) while there is one")
                     List<WeekSlot> duplicates,
                     @Schema(description = "Existing, different slots that one of them overlaps: allowed (§9 A7), for the user to see")
                     List<WeekSlot> overlaps) {
    }
}
