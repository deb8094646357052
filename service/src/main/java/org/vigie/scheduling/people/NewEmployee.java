package org.vigie.scheduling.people;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** An employee a local administrator or super user adds (R35): found by what RAMQ registered, with their work locations (R40). */
record NewEmployee(@Schema(requiredMode = REQUIRED, example = "IP654321", description = "The person's RAMQ identifier, practice number "
                           + "or pseudonym") String identifier,
                   @Schema(example = "2026-01-05", description = "Today when absent (R39)") LocalDate startDate,
                   @Schema(example = "2026-12-31", description = "Deactivates the employee after that day (R45)") LocalDate departureDate,
                   @Schema(requiredMode = REQUIRED, example = "[1, 2]", description = "At least one location of the enterprise (R40)")
                   List<Long> workLocations,
                   @Schema(example = "Médecin de famille") String title,
                   @Schema(example = "marc.gagnon@clinique.example", description = "A welcome e-mail goes there (R42)") String email,
                   @Schema(example = "514-555-0101") String workPhone,
                   @Schema(example = "204") String phoneExtension,
                   @Schema(example = "Médecin") String profession,
                   @Schema(example = "Médecine familiale, suivi de grossesse") String professionDescription,
                   @Schema(example = "Pratique au Plateau depuis 2015.") String shortBio) implements EmployeeFields {
}
