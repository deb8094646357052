package org.vigie.hours;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A member's declaration of a training activity: the cycle, the activity and the three
 * attestations (all three must be true). Title, organisation and trainer are each picked from the
 * pack's catalogue ({@code ...Code}) or typed, not both: hence one example for the whole body.
 */
@Schema(example = """
        {"regulator": "otpq", "cycleId": "2022-2025", "category": "structured", "type": "course",
         "title": "Radioprotection en tomodensitométrie", "organisation": "Centre hospitalier de l'Université de Montréal",
         "trainer": "Julie Tremblay", "startDate": "2024-02-15", "endDate": "2024-02-15", "hours": 2.5,
         "attestations": [true, true, true]}""")
record DeclarationRequest(@Schema(requiredMode = REQUIRED) String regulator, @Schema(requiredMode = REQUIRED) String cycleId,
                          @Schema(requiredMode = REQUIRED) String category, @Schema(requiredMode = REQUIRED) String type,
                          @Schema(description = "A code of the catalogueTitles list, or title") String titleCode, String title,
                          @Schema(description = "A code of the catalogueOrganisations list, or organisation") String organisationCode,
                          String organisation,
                          @Schema(description = "A code of the catalogueTrainers list, or trainer") String trainerCode, String trainer,
                          @Schema(requiredMode = REQUIRED) LocalDate startDate, @Schema(requiredMode = REQUIRED) LocalDate endDate,
                          @Schema(requiredMode = REQUIRED) BigDecimal hours,
                          @Schema(requiredMode = REQUIRED, description = "One true per entry of the pack's declarationAttestations")
                          List<Boolean> attestations) {

    ActivityForm activity() {
        return new ActivityForm(category, type, titleCode, title, organisationCode, organisation, trainerCode, trainer,
                startDate, endDate, hours);
    }
}
