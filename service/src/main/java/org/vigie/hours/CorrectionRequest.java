package org.vigie.hours;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Regulator staff's correction: the activity as it should read, and why. As in a declaration, title,
 * organisation and trainer are each a catalogue code or a text, not both: one example for the whole body.
 */
@Schema(example = """
        {"category": "structured", "type": "course", "titleCode": "otpq-radioprotection-2024", "organisationCode": "chum",
         "trainer": "Julie Tremblay", "startDate": "2024-02-15", "endDate": "2024-02-15", "hours": 2,
         "reason": "L'attestation de participation indique 2 heures."}""")
record CorrectionRequest(@Schema(requiredMode = REQUIRED) String category, @Schema(requiredMode = REQUIRED) String type,
                         @Schema(description = "A code of the catalogueTitles list, or title") String titleCode, String title,
                         @Schema(description = "A code of the catalogueOrganisations list, or organisation") String organisationCode,
                         String organisation,
                         @Schema(description = "A code of the catalogueTrainers list, or trainer") String trainerCode, String trainer,
                         @Schema(requiredMode = REQUIRED) LocalDate startDate, @Schema(requiredMode = REQUIRED) LocalDate endDate,
                         @Schema(requiredMode = REQUIRED) BigDecimal hours,
                         @Schema(requiredMode = REQUIRED, description = "Why, kept in the declaration's history") String reason) {

    ActivityForm activity() {
        return new ActivityForm(category, type, titleCode, title, organisationCode, organisation, trainerCode, trainer,
                startDate, endDate, hours);
    }
}
