package org.vigie.scheduling.reports;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.reports.ReportProduction.ProducedReport;
import org.vigie.web.Bodies;
import org.vigie.web.Languages;

/** Reports and agenda prints over HTTP: produced by {@link ReportProduction} and {@link AgendaPrints}, written by the outputs. */
@RestController
@Tag(name = "Reports", description = "The report generator and the agenda print (RVSQ §3.6)")
class ReportsController {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ReportProduction production;
    private final AgendaPrints agendaPrints;
    private final ReportLines lines;
    private final ReportPrints prints;
    private final SchedulingRules rules;

    ReportsController(ReportProduction production, AgendaPrints agendaPrints, ReportLines lines, ReportPrints prints, SchedulingRules rules) {
        this.production = production;
        this.agendaPrints = agendaPrints;
        this.lines = lines;
        this.prints = prints;
        this.rules = rules;
    }

    /** The preview: the rows, how many, and the most a report may have. */
    record ReportPreview(int count, int maximum, boolean pagePerDay, List<ReportLine> rows) {
    }

    @PostMapping("/api/clinic/enterprises/{enterpriseId}/reports")
    @Operation(operationId = "produceReport", summary = "A report of the appointments (R232-R240): the local dates from..to (at most the "
            + "pack's report.period.days.maximum, 366), ACTIVE or CANCELLED, a profession (ALL_PROFESSIONS in a GMF only, R235), a "
            + "professional and a location (an id, ALL with departed employees, R233, or ALL_INCLUDING_DELETED, LA and SU only, R49, "
            + "R234), attendance (all three by default, R237), a reason (all, active and inactive, by default, R236), a patient (NAM or "
            + "part of a name); only agendas the caller may report on: LA and SU all, a professional their own, a user those of their "
            + "rows (403 without one, R240), ordered by date, time and professional",
            description = "The output is the body's format (not the Accept header, so that a refusal is always a problem+json): JSON, the "
                    + "preview, by default; CSV, an attachment for French Excel (UTF-8 with a byte order mark, « ; », CRLF, quoted fields, "
                    + "French headers, dates 2026-12-03, R239); XLSX, a workbook with typed cells, a header row and an autofilter; PDF, "
                    + "the print, each day on a page of its own when pagePerDay. More than the pack's report.rows.maximum (1 000) results "
                    + "are refused with M19 on the field criteria, whatever the format (R238, §9 A21)",
            responses = @ApiResponse(responseCode = "200", description = "The report", content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ReportPreview.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary"))}))
    ResponseEntity<?> produce(@PathVariable long enterpriseId, @RequestBody ReportForm body, Actor actor) {
        ProducedReport report = production.produce(actor, Bodies.required(body));
        if (report.format() == ReportFormat.JSON) {
            return ResponseEntity.ok(new ReportPreview(report.rows().size(), report.maximum(), report.pagePerDay(), report.rows()));
        }
        String stem = "rapport-rendez-vous-" + report.from() + "-au-" + report.to();
        byte[] file = switch (report.format()) {
            case CSV -> ReportCsv.write(lines.columns(false), report.rows());
            case XLSX -> ReportWorkbook.write(french("report.title", Map.of()), lines.columns(false), report.rows());
            default -> print(report);
        };
        ContentDisposition disposition = (report.format() == ReportFormat.PDF ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(report.format().fileName(stem)).build();
        return ResponseEntity.ok().contentType(report.format().mediaType()).header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(file);
    }

    // a PDF, or the problem that refused it: an Accept that admits neither is answered 406 before anything runs
    @PostMapping(path = "/api/clinic/enterprises/{enterpriseId}/agenda-prints",
            produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(operationId = "printAgenda", summary = "The print of one agenda (§3.6.3): the professional's active appointments at the "
            + "location on the local dates from..to, with time, duration, patient, date of birth, mobile phone, reason, attendance and "
            + "reference number, each day on a page of its own when pagePerDay; the agenda must be one the caller may view and report on "
            + "(403), at most report.rows.maximum appointments (M19); in English (titles, headers, dates, the pack's words) when "
            + "Accept-Language asks for it, in French otherwise",
            responses = @ApiResponse(responseCode = "200", description = "The print", content =
                    @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> printAgenda(@PathVariable long enterpriseId, @RequestBody AgendaPrintForm body, Actor actor) {
        AgendaPrintForm form = Bodies.required(body);
        byte[] pdf = agendaPrints.print(actor, form, Languages.current());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                .filename("agenda-" + form.professionalId() + "-" + form.from() + "-au-" + form.to() + ".pdf").build().toString()).body(pdf);
    }

    /** The report's print, in French as its other outputs (R239). */
    private byte[] print(ProducedReport report) {
        String period = french("report.period", Map.of("from", report.from(), "to", report.to()));
        return prints.print(french("report.title", Map.of()), period, lines.columns(true), report.rows(), report.pagePerDay(),
                french("report.empty", Map.of()), rules.pack().parameters().wording("fr"));
    }

    /** The report's own words: French whatever the caller's language, like its columns and rows (R239). */
    private String french(String key, Map<String, ?> values) {
        return rules.pack().parameters().message(key, "fr", values);
    }
}
