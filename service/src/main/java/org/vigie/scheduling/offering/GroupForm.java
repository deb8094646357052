package org.vigie.scheduling.offering;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A group's name and services, the same form to create and to change it (R86). */
record GroupForm(
        @Schema(requiredMode = REQUIRED, description = "Unique for the professional (R85), at most 100 characters",
                example = "Sans rendez-vous") String name,
        @Schema(requiredMode = REQUIRED, description = "Ids of the professional's own active services (R82), same type and duration (R83), "
                + "none « Toutes les raisons » (R84)", example = "[1, 2]") List<Long> serviceIds) {
}
