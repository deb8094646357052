package org.vigie.scheduling.reports;

import org.springframework.http.MediaType;

/** What a report is produced as (spec §2.19 {@code output}): the preview, the export to Excel (R239), a workbook, the print. */
enum ReportFormat {
    JSON(MediaType.APPLICATION_JSON_VALUE, null),
    CSV("text/csv;charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PDF(MediaType.APPLICATION_PDF_VALUE, "pdf");

    private final String mediaType;
    private final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    MediaType mediaType() {
        return MediaType.parseMediaType(mediaType);
    }

    /** The file name of a download; null for the preview. */
    String fileName(String stem) {
        return extension == null ? null : stem + "." + extension;
    }
}
