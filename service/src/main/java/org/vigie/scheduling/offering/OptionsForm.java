package org.vigie.scheduling.offering;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;

/** « Limiter la prise de rendez-vous dans le futur » and its number of weeks (§3.2.4). */
record OptionsForm(
        @Schema(requiredMode = REQUIRED, description = "true (Oui) or false (Non)", example = "true") Boolean bookingHorizonEnabled,
        @Schema(description = "Required when the horizon is on: 1 to the pack's horizon.weeks.maximum (52)", example = "6")
        Integer bookingHorizonMaxWeeks) {
}
