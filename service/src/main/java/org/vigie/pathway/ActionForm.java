package org.vigie.pathway;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** An action of the CNP's catalogue as the physician records or changes it. */
record ActionForm(@Schema(requiredMode = REQUIRED, description = "A code of the CNP's actions list", example = "congres") String action,
                  @Schema(description = "At most 500 characters", example = "Congrès 2024 de la SFC") String complement,
                  @Schema(requiredMode = REQUIRED, description = "A day of the period, not in the future", example = "2024-01-18")
                  LocalDate date) {
}
