package org.vigie.pathway;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;

/** The CNP's decision on a pathway waiting for it. */
record CnpDecision(@Schema(requiredMode = REQUIRED, allowableValues = {"VALIDATED", "REFUSED"}, example = "VALIDATED") String outcome,
                   @Schema(description = "Required when REFUSED; e-mailed to the physician",
                           example = "Le DU déclaré ne figure pas sur la liste du CNP.") String reason) {
}
