package org.vigie.scheduling.templates;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;

/** Which template to apply to the week named in the path, and to how many of the next weeks too (R156). */
record ApplyForm(@Schema(requiredMode = REQUIRED, description = "A template of a location where you may write on this professional (R155)",
                         example = "1") Long templateId,
                 @Schema(description = "« Appliquer aussi à X semaine(s) prochaine(s) »: 0 (left out) to the pack's maximum, 52 (R156)",
                         example = "4") Integer nextWeeks) {
}
