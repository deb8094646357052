package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.support.Api;

/**
 * A report's outputs (guide §3.6.1-§3.6.3): the refusal of more than 1 000 results in every one of them (R238, M19, §9 A21), the
 * CSV file for French Excel (R239), the workbook, the print with a page per day, and the agenda print (§6.3).
 */
class ReportOutputsApiIntegrationTests extends ReportTest {
    Enterprise enterprise;
    Person doctor;
    long professional;

    @BeforeEach
    void aPhysician() {
        clock.today(LocalDate.of(2026, 11, 20));
        enterprise = enterprise(false);
        doctor = person("1");
        professional = hire(enterprise, doctor, enterprise.location1(), enterprise.location2());
    }

    /** {@code count} appointments of the professional at location 1, spread over the 28 first days of December at 9:00. */
    void many(int count) {
        jdbc.sql("INSERT INTO clinic_appointment (enterprise_id, location_id, professional_id, local_date, local_start, duration_minutes,"
                        + " starts_at, ends_at, created_at, patient_first_name, patient_last_name) SELECT ?, ?, ?,"
                        + " DATE_ADD('2026-12-01', INTERVAL (seq MOD 28) DAY), '09:00', 15,"
                        + " TIMESTAMP(DATE_ADD('2026-12-01', INTERVAL (seq MOD 28) DAY), '14:00'),"
                        + " TIMESTAMP(DATE_ADD('2026-12-01', INTERVAL (seq MOD 28) DAY), '14:15'), '2026-11-01 12:00', 'Patient', CONCAT('N', seq)"
                        + " FROM seq_1_to_" + count)
                .params(enterprise.id(), enterprise.location1(), professional).update();
    }

    @Test
    void R238_aThousandResultsAreShownAndOneMoreIsRefusedWithM19InEveryOutput() {
        many(1000);
        var shown = report(enterprise.admin().login(), enterprise, criteria());
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body().get("count").asInt()).isEqualTo(1000);
        many(1);
        var refused = report(enterprise.admin().login(), enterprise, criteria());
        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.text("/errors/0/field")).isEqualTo("criteria");
        assertThat(refused.text("/errors/0/message").replace('\u00A0', ' ').replace('\u202F', ' '))
                .isEqualTo("Le rapport compte 1 001 résultats, plus que les 1 000 permis : réduisez les critères de sélection (période, "
                        + "professionnel, lieu, présence, raison ou patient).");
        assertThat(refused.body().has("rows")).as("nothing but the problem").isFalse();
        assertThat(refused.raw()).as("no row's patient").doesNotContain("Patient");
        for (String format : List.of("CSV", "XLSX", "PDF")) {
            var file = api.post(enterprise.admin().login(), enterprise.path() + "/reports", with(criteria(), "format", format));
            assertThat(file.status()).as(format + " " + file.raw()).isEqualTo(400);
            assertThat(file.headers().get("content-type").get(0)).startsWith("application/problem+json");
            assertThat(file.text("/errors/0/field")).isEqualTo("criteria");
        }
        var print = api.post(enterprise.admin().login(), enterprise.path() + "/agenda-prints", Map.of("from", "2026-12-01", "to",
                "2026-12-31", "professionalId", professional, "locationId", enterprise.location1()));
        assertThat(print.status()).as("an agenda print has the same limit " + print.raw()).isEqualTo(400);
        assertThat(print.text("/errors/0/field")).isEqualTo("criteria");
        var narrowed = report(enterprise.admin().login(), enterprise, with(criteria(), "to", "2026-12-14"));
        assertThat(narrowed.status()).as("narrowing the period is the way out").isEqualTo(200);
    }

    @Test
    void R239_aCsvFileOpensInFrenchExcelWithItsAccents() {
        insert(enterprise, enterprise.location1(), professional, with(appointment("2026-12-03", "09:30"), "firstName", "Hélène",
                "lastName", "Bérubé-Côté", "note", "Dit « merci »; rappeler", "nam", "BERH80010112"));
        insert(enterprise, enterprise.location1(), professional, with(appointment("2026-12-03", "10:00"), "lastName", "=HYPERLINK(\"x\")"));
        Api.Bytes file = postForBytes(enterprise.admin().login(), enterprise.path() + "/reports", with(criteria(), "format", "CSV"));
        assertThat(file.status()).as(new String(file.bytes(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(file.headers().get("content-type").get(0)).startsWith("text/csv");
        assertThat(file.headers().get("content-disposition").get(0))
                .isEqualTo("attachment; filename=\"rapport-rendez-vous-2026-12-01-au-2026-12-31.csv\"");
        assertThat(Arrays.copyOf(file.bytes(), 3)).as("UTF-8 byte order mark").containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(file.bytes(), 3, file.bytes().length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n", -1);
        assertThat(lines).as("CRLF after each line, the last too").hasSize(4);
        assertThat(lines[3]).isEmpty();
        assertThat(lines[0]).startsWith("\"Date\";\"Heure\";\"Durée (min)\";\"Professionnel de la santé\";\"Profession\";\"Lieu\";\"Nom de famille\"")
                .contains("\"Téléphone à la maison\"").contains("\"Numéro de référence\"");
        assertThat(lines[1]).startsWith("\"2026-12-03\";\"09:30\";\"15\";").contains(";\"Bérubé-Côté\";\"Hélène\";\"1985-03-15\";\"Féminin\";"
                + "\"BERH80010112\";").contains("\"Suivi régulier\"").contains("\"Non confirmée\";\"Actif\"")
                .contains("\"Dit « merci »; rappeler\"");
        assertThat(lines[2]).as("no formula runs when Excel opens the file").contains(";\"'=HYPERLINK(\"\"x\"\")\";");
        assertThat(text.split("\r\n")[1].chars().filter(c -> c == '\n').count()).isZero();
    }

    @Test
    void R239_aWorkbookHasAHeaderRowAnAutofilterAndTypedCells() throws Exception {
        insert(enterprise, enterprise.location1(), professional, with(appointment("2026-12-03", "09:30"), "firstName", "Hélène"));
        Api.Bytes file = postForBytes(enterprise.admin().login(), enterprise.path() + "/reports", with(criteria(), "format", "XLSX"));
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.headers().get("content-disposition").get(0)).contains(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.bytes()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Rapport des rendez-vous");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Date");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Durée (min)");
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
            Row row = sheet.getRow(1);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(row.getCell(0))).isTrue();
            assertThat(row.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 3));
            assertThat(DateUtil.isCellDateFormatted(row.getCell(1))).as("the time").isTrue();
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(9.5 / 24);
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(15);
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo("Hélène");
            assertThat(row.getCell(8).getLocalDateTimeCellValue().toLocalDate()).as("date of birth").isEqualTo(LocalDate.of(1985, 3, 15));
        }
    }

    @Test
    void R238_thePrintListsTheRowsWithTheirAccentsAndADayOnAPageWhenAsked() throws Exception {
        insert(enterprise, enterprise.location1(), professional, with(appointment("2026-12-03", "09:30"), "lastName", "Bérubé-Côté"));
        insert(enterprise, enterprise.location2(), professional, appointment("2026-12-04", "13:05"));
        insert(enterprise, enterprise.location1(), professional, appointment("2026-12-07", "08:00"));
        Api.Bytes print = postForBytes(enterprise.admin().login(), enterprise.path() + "/reports", with(criteria(), "format", "PDF"));
        assertThat(print.status()).isEqualTo(200);
        assertThat(print.headers().get("content-type").get(0)).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(print.bytes())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Rapport des rendez-vous").contains("Du 1er décembre 2026 au 31 décembre 2026")
                    .contains("3 décembre 2026").contains("Bérubé-Côté").contains("9 h 30").contains("13 h 05").contains("Suivi régulier")
                    .contains("Rosemont").contains("confirmée").containsSubsequence("3 décembre 2026", "9 h 30", "4 décembre 2026",
                            "13 h 05", "7 décembre 2026", "8 h");
        }
        Api.Bytes perDay = postForBytes(enterprise.admin().login(), enterprise.path() + "/reports", with(criteria(), "format", "PDF",
                "pagePerDay", true));
        try (PDDocument pdf = Loader.loadPDF(perDay.bytes())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(3);
            PDFTextStripper page = new PDFTextStripper();
            page.setStartPage(2);
            page.setEndPage(2);
            assertThat(page.getText(pdf)).contains("4 décembre 2026").doesNotContain("3 décembre 2026").doesNotContain("7 décembre 2026");
        }
    }

    @Test
    void theAgendaPrintShowsOneAgendasActiveAppointmentsToWhoeverMayViewIt() throws Exception {
        insert(enterprise, enterprise.location1(), professional, with(appointment("2026-12-07", "09:00"), "lastName", "Lévesque"));
        insert(enterprise, enterprise.location1(), professional, with(appointment("2026-12-08", "10:15"), "lastName", "Gagnon"));
        insert(enterprise, enterprise.location1(), professional, with(appointment("2026-12-08", "11:00"), "lastName", "Annulée",
                "status", "CANCELLED"));
        insert(enterprise, enterprise.location2(), professional, with(appointment("2026-12-08", "14:00"), "lastName", "Ailleurs"));
        Person staff = person(null);
        long employee = hire(enterprise, staff, enterprise.location1());
        Map<String, Object> body = Map.of("from", "2026-12-07", "to", "2026-12-11", "professionalId", professional,
                "locationId", enterprise.location1(), "pagePerDay", true);
        var refused = api.post(staff.login(), enterprise.path() + "/agenda-prints", body);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(403);
        grant(enterprise, employee, enterprise.location1(), professional, "READ");
        Api.Bytes print = postForBytes(staff.login(), enterprise.path() + "/agenda-prints", body);
        assertThat(print.status()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(print.bytes())) {
            assertThat(pdf.getNumberOfPages()).as("two days with appointments, a page each").isEqualTo(2);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Agenda de Prénom").contains("à Clinique du Plateau").contains("Lévesque").contains("Gagnon")
                    .contains("10 h 15").doesNotContain("Annulée").doesNotContain("Ailleurs");
            assertThat(text.replaceAll("\\s+", " ")).contains("Du 7 décembre 2026 au 11 décembre 2026").contains("8 décembre 2026")
                    .contains("Nom de famille").contains("Indicateur de présence").contains("Non confirmée");
        }
        Api.Bytes english = postForBytes(staff.login(), enterprise.path() + "/agenda-prints", body, Map.of("Accept-Language", "en-CA,en;q=0.8"));
        try (PDDocument pdf = Loader.loadPDF(english.bytes())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).as("the print in the caller's language: the pack's English words and dates")
                    .contains("Agenda of Prénom").contains("at Clinique du Plateau").contains("From December 7, 2026 to December 11, 2026")
                    .contains("December 8, 2026").contains("10:15 AM").contains("Last name").contains("Attendance").contains("Unconfirmed")
                    .doesNotContain("décembre").doesNotContain("Nom de famille");
        }
        var refusedAsPdf = api.with(Map.of("Accept", "application/pdf")).post(staff.login(), enterprise.path() + "/agenda-prints",
                with(body, "locationId", enterprise.location2()));
        assertThat(refusedAsPdf.status()).as("a refusal reads as a problem even to a caller asking for a PDF").isEqualTo(403);
        assertThat(refusedAsPdf.body().get("detail").asText()).isNotBlank();
        var elsewhere = api.post(staff.login(), enterprise.path() + "/agenda-prints", with(body, "locationId", enterprise.location2()));
        assertThat(elsewhere.status()).as("no row at location 2").isEqualTo(403);
        var missing = api.post(staff.login(), enterprise.path() + "/agenda-prints", with(body, "professionalId", null));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text("/errors/0/field")).isEqualTo("professionalId");
    }
}
