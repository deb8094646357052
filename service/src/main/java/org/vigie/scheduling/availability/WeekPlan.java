package org.vigie.scheduling.availability;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a quick create or a clear did to a week, or would do in a dry run: its slots created or deleted, and their number. */
record WeekPlan(@Schema(description = "The week's Sunday (weeks run Sunday to Saturday, §9 A1)", example = "2026-12-13") LocalDate sunday,
                @Schema(description = "True when nothing was saved") boolean dryRun,
                @Schema(description = "How many slots were (or would be) created or deleted") int count, List<WeekSlot> slots) {
}
