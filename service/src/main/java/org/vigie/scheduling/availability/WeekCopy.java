package org.vigie.scheduling.availability;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a copy of a week did, or would do in a dry run: the target weeks, the slots created, and what the user should know. */
record WeekCopy(@Schema(description = "The source week's Sunday", example = "2026-12-13") LocalDate sunday,
                @Schema(description = "The target weeks' Sundays: source + k·interval while k·interval ≤ nextWeeks (R136)") List<LocalDate> weeks,
                @Schema(description = "True when nothing was saved") boolean dryRun,
                @Schema(description = "How many slots were (or would be) created") int count,
                @Schema(description = "The slots created (ids null in a dry run), by start") List<WeekSlot> created,
                @Schema(description = "Existing slots identical to a copy: a copy is refused (409) while there is one; a dry run lists them")
                List<WeekSlot> duplicates,
                @Schema(description = "Existing, different slots a copy overlaps: allowed (§9 A7), listed for the user to see")
                List<WeekSlot> overlaps,
                @Schema(description = "Information: M13 when copied slots had an « À partir de » (rebuilt, shifted by the same weeks)")
                List<String> information,
                @Schema(description = "Warnings: M14 when the week holds incomplete slots") List<String> warnings) {
}
