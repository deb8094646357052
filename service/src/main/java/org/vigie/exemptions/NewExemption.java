package org.vigie.exemptions;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** A member's exemption request as first drafted; documents come after, then the submission. */
record NewExemption(@Schema(requiredMode = REQUIRED, example = "otpq") String regulator,
                    @Schema(requiredMode = REQUIRED, example = "2022-2025") String cycleId,
                    @Schema(requiredMode = REQUIRED, description = "A code of the pack's exemptionMotives list", example = "parental-leave")
                    String motive,
                    @Schema(requiredMode = REQUIRED, example = "2023-01-01") LocalDate motiveStart,
                    @Schema(requiredMode = REQUIRED, example = "2023-06-30") LocalDate motiveEnd,
                    @Schema(example = "Naissance de mon deuxième enfant.") String complement,
                    @Schema(description = "Required by the motives the pack marks requiresPrecision", example = "Congé de 26 semaines")
                    String precision) {
}
