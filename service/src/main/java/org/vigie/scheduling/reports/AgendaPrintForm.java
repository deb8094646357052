package org.vigie.scheduling.reports;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** « Imprimer l'agenda » (guide §3.6.3, spec §2.19, §6.3): one professional's agenda at one location over a period. */
@Schema(description = "The criteria of an agenda print (RVSQ §3.6.3)")
record AgendaPrintForm(@Schema(example = "2026-12-07", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate from,
                       @Schema(example = "2026-12-11", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate to,
                       @Schema(example = "7", requiredMode = Schema.RequiredMode.REQUIRED) Long professionalId,
                       @Schema(example = "3", requiredMode = Schema.RequiredMode.REQUIRED) Long locationId,
                       @Schema(example = "true") Boolean pagePerDay) {
}
