package org.vigie.scheduling.communications;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;

/** A custom text as the clinic writes it. */
record Text(@Schema(requiredMode = REQUIRED, description = "HTML, at most 20,000 characters, without logo, image or script (R251); "
        + "empty to go back to RAMQ's text", example = "<p>Apportez votre carte d'assurance maladie.</p>") String html) {
}
