package org.vigie.scheduling.availability;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A slot to create or change (R118): the same form for both. Location, services and type go together, or none (R96). */
record SlotForm(
        @Schema(requiredMode = REQUIRED, description = "The local date, in the location's zone", example = "2026-12-14") LocalDate date,
        @Schema(requiredMode = REQUIRED, description = "Local start time", example = "08:00") LocalTime startTime,
        @Schema(requiredMode = REQUIRED, description = "Local end time, after the start, the same day", example = "12:00") LocalTime endTime,
        @Schema(description = "One of the professional's work locations (R102); none for an incomplete slot", example = "1") Long locationId,
        @Schema(description = "The professional's own active services (R103)", example = "[1]") List<Long> serviceIds,
        @Schema(description = "The professional's own groups, each adding its services without duplicates (R105)", example = "[]")
        List<Long> serviceGroupIds,
        @Schema(description = "PUBLIC or PRIVATE; left out, a slot with a location or services is private (R108)", example = "PUBLIC")
        Visibility visibility,
        @Schema(description = "Bookable online only from this moment; only on a public slot (R111)", example = "2026-12-07T13:00:00Z")
        Instant publishFrom) {
}
