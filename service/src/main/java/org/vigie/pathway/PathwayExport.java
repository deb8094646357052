package org.vigie.pathway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.vigie.web.Texts;

/**
 * « exporter mon parcours (format xlsx) »: who, which CNP and period, the state, what is missing, then one row per action.
 * Its words are in the physician's language (fr or en): headings from the service's catalogue, dates as that language
 * writes them; the summary, requirements and state are the CNP's, already in that language.
 */
final class PathwayExport {
    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> COLUMNS = List.of("pathway.export.action", "pathway.export.complement", "pathway.export.date");

    private PathwayExport() {
    }

    /** The workbook of a pathway read in a language, with its state as the CNP words it in that language. */
    static byte[] xlsx(PathwayView pathway, String physicianName, String rpps, String stateLabel, String language) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(Texts.in(language, "pathway.export.sheet", Map.of("period", pathway.period().id())));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            int r = 0;
            r = pair(sheet, r, Texts.in(language, "pathway.export.physician", Map.of()), physicianName, bold);
            r = pair(sheet, r, Texts.in(language, "pathway.export.rpps", Map.of()), rpps, bold);
            r = pair(sheet, r, Texts.in(language, "pathway.export.cnp", Map.of()), pathway.cnpName(), bold);
            r = pair(sheet, r, Texts.in(language, "pathway.export.period", Map.of()), Texts.in(language, "pathway.export.periodDates",
                    Map.of("period", pathway.period().id(), "start", pathway.period().start(), "end", pathway.period().end())), bold);
            r = pair(sheet, r, Texts.in(language, "pathway.export.state", Map.of()), stateLabel, bold);
            r = pair(sheet, r, Texts.in(language, "pathway.export.summary", Map.of()), pathway.summary(), bold);
            r = pair(sheet, r, Texts.in(language, "pathway.export.requirements", Map.of()), pathway.requirements(), bold);
            r++;
            Row header = sheet.createRow(r++);
            int c = 0;
            for (String column : COLUMNS) {
                cell(header, c++, Texts.in(language, column, Map.of()), bold);
            }
            for (PathwayView.Category category : pathway.categories()) {
                cell(header, c++, category.code(), bold);
            }
            cell(header, c++, Texts.in(language, "pathway.export.proof", Map.of()), bold);
            cell(header, c, Texts.in(language, "pathway.export.proofDescription", Map.of()), bold);
            for (PathwayView.ActionView action : pathway.actions()) {
                Row row = sheet.createRow(r++);
                c = 0;
                row.createCell(c++).setCellValue(action.label());
                row.createCell(c++).setCellValue(action.complement() == null ? "" : action.complement());
                row.createCell(c++).setCellValue(action.date().toString());
                for (PathwayView.Category category : pathway.categories()) {
                    row.createCell(c++).setCellValue(action.categories().contains(category.code()) ? "x" : "");
                }
                row.createCell(c++).setCellValue(action.proof() == null ? "" : action.proof().filename());
                row.createCell(c).setCellValue(action.proof() == null || action.proof().description() == null ? "" : action.proof().description());
            }
            // fixed widths: measuring text (autoSizeColumn) needs fonts a server may not have
            sheet.setColumnWidth(0, 45 * 256);
            sheet.setColumnWidth(1, 60 * 256);
            sheet.setColumnWidth(2, 12 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int pair(Sheet sheet, int r, String label, String value, CellStyle bold) {
        Row row = sheet.createRow(r);
        cell(row, 0, label, bold);
        row.createCell(1).setCellValue(value == null ? "" : value);
        return r + 1;
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }
}
