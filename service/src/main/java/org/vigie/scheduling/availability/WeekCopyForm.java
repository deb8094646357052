package org.vigie.scheduling.availability;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;

/** How far and how often a week is copied (R134, R136): a copy every {@code interval} weeks, up to {@code nextWeeks} weeks on. */
record WeekCopyForm(@Schema(requiredMode = REQUIRED, description = "N: the copies reach at most this many weeks after the source week "
                            + "(1 to the pack's copy.weeks.maximum, 52; at least the interval)", example = "4") Integer nextWeeks,
                    @Schema(requiredMode = REQUIRED, description = "K: a copy every K weeks (1 to the pack's copy.interval.maximum, 8)",
                            example = "1") Integer interval,
                    @Schema(description = "True to copy a week that holds incomplete slots (R135, M14); a dry run needs none",
                            example = "true") Boolean confirmed) {
}
