package org.vigie.scheduling.reports;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.stereotype.Component;
import org.vigie.scheduling.reports.ReportLines.ReportColumn;
import org.vigie.web.PdfFonts;
import org.vigie.web.Wording;

/**
 * A report or an agenda as a print (PDF, letter landscape), drawn with OpenPDF's tables: a title, the period, then each day under
 * its date as people write it (« 3 décembre 2026 », "December 3, 2026"), its rows in a table whose header repeats on every page; with
 * {@code pagePerDay} each day starts a page (§3.6.1 « Imprimer chaque jour sur une page différente »). The attestations' fonts
 * (DejaVu Sans, {@link PdfFonts}) are embedded: every accent prints.
 */
@Component
class ReportPrints {
    private static final Map<String, Float> WIDTHS = Map.of("professional", 1.6f, "location", 1.5f, "reason", 1.7f, "lastName", 1.3f,
            "firstName", 1.2f, "nam", 1.4f, "referenceNumber", 1.4f, "mobilePhone", 1.4f, "attendance", 1.3f, "birthDate", 1.3f);
    private static final Color HEADER = new Color(225, 230, 236);

    private final ReportSettings settings;

    ReportPrints(ReportSettings settings) {
        this.settings = settings;
    }

    /** The print, its dates and times worded by {@code words}: the pack's wording in the print's language. */
    byte[] print(String title, String subtitle, List<ReportColumn> columns, List<ReportLine> rows, boolean pagePerDay, String empty,
                 Wording words) {
        BaseFont regular = PdfFonts.of(settings.fontsDirectory().resolve(PdfFonts.REGULAR));
        BaseFont bold = PdfFonts.of(settings.fontsDirectory().resolve(PdfFonts.BOLD));
        Font titleFont = new Font(bold, 14);
        Font dayFont = new Font(bold, 11);
        Font headerFont = new Font(bold, 7.5f);
        Font cellFont = new Font(regular, 7.5f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER.rotate(), 24, 24, 28, 28);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(title, titleFont));
        document.add(new Paragraph(subtitle, new Font(regular, 9)));
        if (rows.isEmpty()) {
            document.add(new Paragraph(empty, cellFont));
        }
        Map<LocalDate, List<ReportLine>> days = new LinkedHashMap<>();
        rows.forEach(row -> days.computeIfAbsent(row.date(), d -> new java.util.ArrayList<>()).add(row));
        boolean first = true;
        for (Map.Entry<LocalDate, List<ReportLine>> day : days.entrySet()) {
            if (pagePerDay && !first) {
                document.newPage();
            }
            first = false;
            Paragraph heading = new Paragraph(words.date(day.getKey()), dayFont);
            heading.setSpacingBefore(8);
            heading.setSpacingAfter(4);
            document.add(heading);
            document.add(table(columns, day.getValue(), headerFont, cellFont, words));
        }
        document.close();
        return out.toByteArray();
    }

    private static PdfPTable table(List<ReportColumn> columns, List<ReportLine> rows, Font headerFont, Font cellFont, Wording words) {
        float[] widths = new float[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = WIDTHS.getOrDefault(columns.get(c).code(), 1f);
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (ReportColumn column : columns) {
            PdfPCell cell = new PdfPCell(new Phrase(column.header(), headerFont));
            cell.setBackgroundColor(HEADER);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            table.addCell(cell);
        }
        for (ReportLine row : rows) {
            for (ReportColumn column : columns) {
                table.addCell(new PdfPCell(new Phrase(text(row.value(column.code()), words), cellFont)));
            }
        }
        return table;
    }

    private static String text(Object value, Wording words) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalTime time) {
            return words.time(time);
        }
        if (value instanceof LocalDateTime moment) {
            return moment.toLocalDate() + " " + words.time(moment.toLocalTime());
        }
        return value.toString();
    }
}
