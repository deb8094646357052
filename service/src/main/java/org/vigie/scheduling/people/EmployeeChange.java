package org.vigie.scheduling.people;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * An employee record as the clinic saves it (R34): every field the clinic edits, replaced whole. Names, RAMQ identifier,
 * pseudonym and practice number are RAMQ's (R38): sending one is refused on its field, so the example has none.
 */
@Schema(example = "{\"startDate\": \"2026-01-05\", \"departureDate\": \"2026-12-31\", \"workLocations\": [1, 2], "
        + "\"title\": \"Médecin de famille\", \"email\": \"marc.gagnon@clinique.example\", \"workPhone\": \"514-555-0101\", "
        + "\"phoneExtension\": \"204\", \"profession\": \"Médecin\", \"professionDescription\": \"Médecine familiale\", "
        + "\"shortBio\": \"Pratique au Plateau depuis 2015.\"}")
record EmployeeChange(@Schema(requiredMode = REQUIRED, example = "2026-01-05") LocalDate startDate,
                      @Schema(example = "2026-12-31", description = "Deactivates the employee after that day (R45)") LocalDate departureDate,
                      @Schema(requiredMode = REQUIRED, example = "[1, 2]", description = "At least one location of the enterprise (R40)")
                      List<Long> workLocations,
                      @Schema(example = "Médecin de famille") String title,
                      @Schema(example = "marc.gagnon@clinique.example", description = "A new one is sent the welcome e-mail (R42)") String email,
                      @Schema(example = "514-555-0101") String workPhone,
                      @Schema(example = "204") String phoneExtension,
                      @Schema(example = "Médecin") String profession,
                      @Schema(example = "Médecine familiale") String professionDescription,
                      @Schema(example = "Pratique au Plateau depuis 2015.") String shortBio,
                      @Schema(description = "RAMQ's: refused") String firstName,
                      @Schema(description = "RAMQ's: refused") String lastName,
                      @Schema(description = "RAMQ's: refused") String ramqId,
                      @Schema(description = "RAMQ's: refused") String pseudonym,
                      @Schema(description = "RAMQ's: refused") String practiceNumber) implements EmployeeFields {
}
