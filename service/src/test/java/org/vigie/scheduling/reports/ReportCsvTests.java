package org.vigie.scheduling.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigie.scheduling.reports.ReportLines.ReportColumn;

/** R239 in milliseconds: the CSV file's quoting, its types and the text that would run as an Excel formula. */
class ReportCsvTests {
    static ReportLine line(String lastName, String note) {
        return new ReportLine(1, LocalDate.of(2026, 12, 3), LocalTime.of(9, 5), 15, 7, "Hélène Bérubé", "Médecin", 3, "Plateau", lastName,
                "Émilie", LocalDate.of(1985, 3, 15), "Féminin", "TREM85031512", "514-555-0101", null, "e@example.org", "REGULAR_FOLLOWUP",
                "Suivi régulier", "ABSENT", "Absent", "ACTIVE", "Actif", "2000000001", "GEN", "EMPLOYEE", "Réception",
                LocalDateTime.of(2026, 11, 20, 8, 0), note, null, null);
    }

    static String csv(ReportLine line, String... columns) {
        byte[] file = ReportCsv.write(List.of(columns).stream().map(c -> new ReportColumn(c, c.toUpperCase())).toList(), List.of(line));
        return new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
    }

    @Test
    void R239_everyFieldIsQuotedTheQuotesDoubledAndTheTypesWrittenAsExcelReadsThem() {
        assertThat(csv(line("O'Neil \"Junior\"", "a; b\r\nc"), "date", "startTime", "durationMinutes", "lastName", "clinicNote", "homePhone",
                "createdAt"))
                .isEqualTo("\"DATE\";\"STARTTIME\";\"DURATIONMINUTES\";\"LASTNAME\";\"CLINICNOTE\";\"HOMEPHONE\";\"CREATEDAT\"\r\n"
                        + "\"2026-12-03\";\"09:05\";\"15\";\"O'Neil \"\"Junior\"\"\";\"a; b\r\nc\";\"\";\"2026-11-20 08:00\"\r\n");
    }

    @Test
    void R239_textThatExcelWouldRunAsAFormulaIsPrefixedWithAnApostrophe() {
        for (String formula : List.of("=1+1", "+1", "-1", "@SUM(A1)")) {
            assertThat(csv(line(formula, null), "lastName")).endsWith("\"'" + formula.replace("\"", "\"\"") + "\"\r\n");
        }
        assertThat(csv(line("Côté", null), "lastName", "mobilePhone")).endsWith("\"Côté\";\"514-555-0101\"\r\n");
    }
}
