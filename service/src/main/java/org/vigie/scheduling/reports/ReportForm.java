package org.vigie.scheduling.reports;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * « Produire un rapport » (guide §3.6.1, spec §2.19, §6.2).
 *
 * @param professionalId a professional's id, ALL (departed ones included, R233) or ALL_INCLUDING_DELETED (LA, SU; R49, R234)
 * @param locationId a location's id, ALL or ALL_INCLUDING_DELETED (LA, SU; a location is never deleted today, so it reads as ALL)
 * @param profession a practice class (PHYSICIAN, RESIDENT, NURSE_PRACTITIONER) or ALL_PROFESSIONS (a GMF only, R235)
 * @param attendance a subset of UNCONFIRMED, PRESENT, ABSENT; absent or null: all three (R237)
 * @param reasonCode a consultation reason, active or not; absent, null or ALL: every reason, and none (R236)
 * @param patient a NAM (four letters, eight digits) or part of the patient's names
 * @param format JSON (the preview, by default), CSV (R239), XLSX or PDF (the print)
 */
@Schema(description = "The criteria of a report (RVSQ §3.6.1)")
record ReportForm(@Schema(example = "2026-12-01", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate from,
                  @Schema(example = "2026-12-31", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate to,
                  @Schema(example = "ACTIVE", allowableValues = {"ACTIVE", "CANCELLED"}, requiredMode = Schema.RequiredMode.REQUIRED)
                  String status,
                  @Schema(example = "PHYSICIAN", requiredMode = Schema.RequiredMode.REQUIRED) String profession,
                  @Schema(example = "ALL", requiredMode = Schema.RequiredMode.REQUIRED) String professionalId,
                  @Schema(example = "ALL", requiredMode = Schema.RequiredMode.REQUIRED) String locationId,
                  @Schema(example = "[\"ABSENT\"]") List<String> attendance,
                  @Schema(example = "ALL") String reasonCode,
                  @Schema(example = "TREM80010112") String patient,
                  @Schema(example = "false") Boolean pagePerDay,
                  @Schema(example = "JSON", allowableValues = {"JSON", "CSV", "XLSX", "PDF"}) String format) {
    @Override
    public String toString() {
        return "ReportForm[" + from + ".." + to + ", " + status + ", " + format + "]"; // the patient never reaches a log
    }
}
