package org.vigie.scheduling.people;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** A location as RAMQ registers it (R15, R21): its information from the registration form, and its zone (§9 A23). */
record NewLocation(@Schema(requiredMode = REQUIRED, example = "Clinique du Plateau") String name,
                   @Schema(example = "PLT") String abbreviation,
                   @Schema(example = "12345") String ramqNumber,
                   @Schema(example = "66023") String localityCode,
                   @Schema(example = "2026-01-05") LocalDate rvsqStartDate,
                   @Schema(example = "2031-12-31") LocalDate rvsqEndDate,
                   @Schema(example = "LCGA-0001") String machineId,
                   @Schema(requiredMode = REQUIRED, example = "1000") String civicNumber,
                   @Schema(requiredMode = REQUIRED, example = "rue Sherbrooke Est") String street,
                   @Schema(example = "200") String suite,
                   @Schema(requiredMode = REQUIRED, example = "Montréal") String city,
                   @Schema(requiredMode = REQUIRED, example = "QC") String province,
                   @Schema(requiredMode = REQUIRED, example = "H2L 1L3", description = "A1A 1A1") String postalCode,
                   @Schema(requiredMode = REQUIRED, example = "514-555-0100") String phone,
                   @Schema(example = "06", description = "The health region's code (healthRegions of rules/scheduling): it sets the GEN "
                           + "search radius shown to staff") String healthRegion,
                   @Schema(example = "America/Halifax", description = "The location's time zone, a tz database identifier; the "
                           + "service's zone (America/Montreal) when absent. The Îles-de-la-Madeleine are on America/Halifax") String zone) {
}
