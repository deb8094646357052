package org.vigie.scheduling.reports;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.vigie.scheduling.reports.ReportLines.ReportColumn;

/**
 * A report as a CSV file that Excel opens as it is in Québec (R239): a UTF-8 byte order mark (else Excel reads the accents in
 * Windows-1252), « ; » between fields (French Excel's list separator: « , » is the decimal mark), CRLF line ends, every field
 * quoted, French headers. Dates are written 2026-12-03 (ISO 8601, Québec's numeric date, that Excel reads as a date whatever the
 * locale), times 09:30, moments 2026-12-03 09:30. Text that Excel would read as a formula (= + - @ at the start) is prefixed with
 * an apostrophe (OWASP's CSV injection advice).
 */
final class ReportCsv {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private ReportCsv() {
    }

    static byte[] write(List<ReportColumn> columns, List<ReportLine> rows) {
        StringBuilder csv = new StringBuilder();
        line(csv, columns.stream().map(ReportColumn::header).toList());
        for (ReportLine row : rows) {
            line(csv, columns.stream().map(c -> text(row.value(c.code()))).toList());
        }
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, file, 0, BOM.length);
        System.arraycopy(text, 0, file, BOM.length, text.length);
        return file;
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(';');
            }
            csv.append('"').append(fields.get(i).replace("\"", "\"\"")).append('"');
        }
        csv.append("\r\n");
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalTime time) {
            return TIME.format(time);
        }
        if (value instanceof LocalDateTime moment) {
            return MOMENT.format(moment);
        }
        String text = value.toString(); // a LocalDate reads 2026-12-03, a number as it is
        boolean formula = !(value instanceof Number) && !(value instanceof LocalDate) && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
        return formula ? "'" + text : text;
    }
}
