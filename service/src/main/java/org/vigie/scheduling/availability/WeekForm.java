package org.vigie.scheduling.availability;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The days of one week and the time ranges to open on each, for a quick create (R123): each range becomes an incomplete slot. */
record WeekForm(@Schema(requiredMode = REQUIRED, description = "Days of the week named in the path, each with its ranges") List<Day> days) {
    record Day(@Schema(requiredMode = REQUIRED, description = "A local date of that week, Sunday to Saturday", example = "2026-12-14") LocalDate date,
               @Schema(requiredMode = REQUIRED, description = "The ranges to open that day") List<Range> ranges) {
    }

    record Range(@Schema(requiredMode = REQUIRED, description = "Local start time", example = "09:00") LocalTime startTime,
                 @Schema(requiredMode = REQUIRED, description = "Local end time, after the start, the same day", example = "12:00")
                 LocalTime endTime) {
    }
}
