package org.vigie.exemptions;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;

/** The regulator's staff decide a submitted exemption request. */
record ExemptionDecision(@Schema(requiredMode = REQUIRED, allowableValues = {"VALIDATED", "REFUSED"}, example = "VALIDATED")
                         String outcome,
                         @Schema(description = "Required when VALIDATED: above zero, at most two decimals", example = "5")
                         BigDecimal hoursGranted,
                         @Schema(description = "Shown to the member", example = "Congé parental de six mois.") String note) {
}
