package org.vigie.scheduling.availability;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.LocalDate;
import java.time.LocalTime;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A range of local times on one date to cut out of a professional's slots (R163). The screen prefills it with the selected
 * slot's or appointment's date and times (R166, a matter of the client); the server checks only what is sent.
 */
record RangeRemovalForm(@Schema(requiredMode = REQUIRED, description = "The local date", example = "2026-12-14") LocalDate date,
                        @Schema(requiredMode = REQUIRED, description = "Local start time, not in the past (R165)", example = "10:00")
                        LocalTime startTime,
                        @Schema(requiredMode = REQUIRED, description = "Local end time, after the start, the same day", example = "11:30")
                        LocalTime endTime,
                        @Schema(description = "Only the slots at this location; none: every slot of the professional that date, "
                                + "incomplete ones included", example = "12") Long locationId) {
}
