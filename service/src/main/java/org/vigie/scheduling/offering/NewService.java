package org.vigie.scheduling.offering;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;

/** The « Ajouter un service » form (§3.2.2.1): every field is required, each from a list of rules/scheduling. */
record NewService(
        @Schema(requiredMode = REQUIRED, description = "MF, GMF (only in a GMF, R69) or GEN", example = "GMF") String appointmentType,
        @Schema(requiredMode = REQUIRED, description = "A code of the pack's reasons, or ALL (« Toutes les raisons »)",
                example = "MINOR_EMERGENCY") String reason,
        @Schema(requiredMode = REQUIRED, description = "One of the pack's serviceDurations", example = "15") Integer durationMinutes) {
}
