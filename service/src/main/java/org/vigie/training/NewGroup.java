package org.vigie.training;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A group as its leader creates it (the FMOQ's form): the size option and professions are codes of the pack's lists
 * ({@code sizeOptions}, {@code professions}, {@code purchaseFormulas}).
 */
record NewGroup(
        @Schema(requiredMode = REQUIRED, example = "Groupe de Rimouski") String name,
        @Schema(requiredMode = REQUIRED, example = "petit") String sizeOption,
        @Schema(requiredMode = REQUIRED, example = "omnipraticien") String leaderProfession,
        @Schema(requiredMode = REQUIRED, example = "[{\"profession\": \"omnipraticien\", \"count\": 5}]") List<Participants> participants,
        @Schema(example = "Un mardi sur deux") String frequency,
        @Schema(example = "14 mars 2026, salle du CLSC") String nextActivities,
        @Schema(requiredMode = REQUIRED, example = "forfait") String purchaseFormula,
        @Schema(example = "R-2026-0042") String receiptReference,
        @Schema(requiredMode = REQUIRED, example = "true", description = "The terms of use, accepted: true") Boolean termsAccepted) {

    /** How many of the group's regular participants practise a profession. */
    record Participants(
            @Schema(requiredMode = REQUIRED, example = "omnipraticien") String profession,
            @Schema(requiredMode = REQUIRED, example = "5") Integer count) {
    }
}
