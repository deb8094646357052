package org.vigie.pathway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.vigie.web.Wording;

/** « exporter mon parcours (format xlsx) »: who, which CNP and period, the state, what is missing, then one row per action. */
final class PathwayExport {
    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> COLUMNS = List.of("Action", "Complément", "Date");

    private PathwayExport() {
    }

    static byte[] xlsx(PathwayView pathway, String physicianName, String rpps) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Parcours " + pathway.period().id());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            int r = 0;
            r = pair(sheet, r, "Médecin", physicianName, bold);
            r = pair(sheet, r, "RPPS", rpps, bold);
            r = pair(sheet, r, "CNP", pathway.cnpName(), bold);
            r = pair(sheet, r, "Période", pathway.period().id() + " (du " + Wording.french().date(pathway.period().start())
                    + " au " + Wording.french().date(pathway.period().end()) + ")", bold);
            r = pair(sheet, r, "État", state(pathway.state()), bold);
            r = pair(sheet, r, "Où en est le parcours", pathway.summary(), bold);
            r = pair(sheet, r, "Les consignes de votre CNP", pathway.requirements(), bold);
            r++;
            Row header = sheet.createRow(r++);
            int c = 0;
            for (String column : COLUMNS) {
                cell(header, c++, column, bold);
            }
            for (PathwayView.Category category : pathway.categories()) {
                cell(header, c++, category.code(), bold);
            }
            cell(header, c++, "Preuve", bold);
            cell(header, c, "Description de la preuve", bold);
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

    static String state(String state) {
        return switch (state) {
            case PathwayRecords.REQUESTED -> "Validation demandée";
            case PathwayRecords.VALIDATED -> "Validé";
            case PathwayRecords.REFUSED -> "Validation refusée";
            default -> "En cours de saisie";
        };
    }
}
