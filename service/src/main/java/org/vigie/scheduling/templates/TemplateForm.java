package org.vigie.scheduling.templates;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A template to create or change (R151, R152): the same form for both; a change keeps the location it was created with. */
record TemplateForm(
        @Schema(requiredMode = REQUIRED, description = "A location where you may write on at least one professional's agenda (R144); never "
                + "changed afterwards (R152)", example = "1") Long locationId,
        @Schema(requiredMode = REQUIRED, description = "Unique at the location (R148)", example = "Semaine type") String name,
        @Schema(requiredMode = REQUIRED, description = "Among the pack's practice classes (R149)", example = "[\"PHYSICIAN\"]") List<String> professions,
        @Schema(requiredMode = REQUIRED, description = "At least one (R151): professionals of those professions who work at the location and "
                + "on whose agenda you may write (R150)", example = "[2]") List<Long> professionalIds,
        @Schema(requiredMode = REQUIRED, description = "At least one slot (R151)") List<TemplateSlotForm> slots) {

    record TemplateSlotForm(
            @Schema(requiredMode = REQUIRED, description = "SUNDAY to SATURDAY (R143)", example = "MONDAY") DayOfWeek dayOfWeek,
            @Schema(requiredMode = REQUIRED, description = "Local start time", example = "09:00") LocalTime startTime,
            @Schema(requiredMode = REQUIRED, description = "Local end time, after the start", example = "12:00") LocalTime endTime,
            @Schema(requiredMode = REQUIRED, description = "Active services of any professional working at the location (R145), one "
                    + "type and one duration (R147)", example = "[1]") List<Long> serviceIds,
            @Schema(description = "Never accepted: a template slot takes services one by one, not groups (R145)", example = "[]")
            List<Long> serviceGroupIds,
            @Schema(description = "PUBLIC or PRIVATE; left out, private (R108)", example = "PUBLIC") String visibility,
            @Schema(description = "Public from this many days before the slot's date, ≥ 0; only on a public slot (R146)", example = "7")
            Integer publishDaysBefore,
            @Schema(description = "At this local time; given with publishDaysBefore (R146)", example = "08:00") LocalTime publishTime) {
    }
}
