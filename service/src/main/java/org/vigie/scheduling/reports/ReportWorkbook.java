package org.vigie.scheduling.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.vigie.scheduling.reports.ReportLines.ReportColumn;

/**
 * A report as an Excel workbook (Office Open XML): one sheet, a bold header row that stays in view, an autofilter on every
 * column, typed cells (dates, times and moments as Excel dates with their format, durations as numbers, the rest as text, so
 * that a NAM or a reference number keeps its zeros). Streamed (SXSSF): 100 rows in memory at most.
 */
final class ReportWorkbook {
    private ReportWorkbook() {
    }

    static byte[] write(String sheetName, List<ReportColumn> columns, List<ReportLine> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle date = style(workbook, "yyyy-mm-dd");
            CellStyle time = style(workbook, "hh:mm");
            CellStyle moment = style(workbook, "yyyy-mm-dd hh:mm");
            Row head = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(columns.get(c).header());
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, Math.max(12, columns.get(c).header().length() + 3) * 256);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < columns.size(); c++) {
                    Object value = rows.get(r).value(columns.get(c).code());
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (value instanceof LocalTime t) {
                        cell.setCellValue(t.toSecondOfDay() / 86400.0); // Excel's time: a fraction of a day
                        cell.setCellStyle(time);
                    } else if (value instanceof LocalDateTime m) {
                        cell.setCellValue(m);
                        cell.setCellStyle(moment);
                    } else if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            sheet.setAutoFilter(new CellRangeAddress(0, rows.size(), 0, columns.size() - 1));
            sheet.createFreezePane(0, 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle style(SXSSFWorkbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
