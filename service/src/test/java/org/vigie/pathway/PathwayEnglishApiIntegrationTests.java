package org.vigie.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.vigie.support.Api;
import org.vigie.support.ApiTest;
import org.vigie.web.Wording;

/**
 * A physician or a CNP's staff who asks for English (Accept-Language: en) reads the pathway in English: the CNP's
 * summary and state, the service's refusals (an unknown action or period, a malformed RPPS, a second validation
 * request, a refusal without its reason, who may act) and the export's words; without the header, the French.
 */
class PathwayEnglishApiIntegrationTests extends ApiTest {
    static final String CARDIO = PathwayApiIntegrationTests.CARDIO;
    static final Map<String, String> ENGLISH = Map.of("Accept-Language", "en-CA,en;q=0.9");
    static final char NBSP = Wording.NO_BREAK_SPACE;

    record Physician(long id, Api.Login login, String rpps) {
    }

    Physician register() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String rpps = PathwayApiIntegrationTests.rpps();
        var created = api.post(null, "/api/physicians", PathwayApiIntegrationTests.body(unique, rpps, CARDIO));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return new Physician(created.body().get("id").asLong(), new Api.Login("dr-" + unique + "@example.org", Api.PASSWORD), rpps);
    }

    static String pathway(Physician physician, String period) {
        return "/api/physicians/" + physician.id() + "/pathways/" + CARDIO + "/" + period;
    }

    Api.Response add(Physician physician, String action, String date, Map<String, String> headers) {
        return api.post(physician.login(), pathway(physician, "2023-2025") + "/actions",
                Map.of("action", action, "date", date, "complement", "Session de " + date), headers);
    }

    @Test
    void theSummaryOfMissingActionsAndTheCnpsDocumentsReadInEnglish() {
        Physician physician = register();
        add(physician, "congres", "2023-09-20", Map.of());
        add(physician, "du", "2024-06-30", Map.of());

        var english = api.get(physician.login(), pathway(physician, "2023-2025"), ENGLISH);

        assertThat(english.status()).as(english.raw()).isEqualTo(200);
        assertThat(english.text("/summary")).isEqualTo("For your pathway to be validated, you still need 1/3 actions overall.");
        assertThat(english.text("/requirements"))
                .isEqualTo("At least 3 actions of the physician's choice over the triennial period, including at least one training action.");
        assertThat(english.text("/documents/0/label")).isEqualTo("Visit the CNP's website");
        assertThat(api.get(physician.login(), "/api/physicians/" + physician.id(), ENGLISH).text("/cnps/0/documents/0/label"))
                .isEqualTo("Visit the CNP's website");

        var french = api.get(physician.login(), pathway(physician, "2023-2025"));
        assertThat(french.text("/summary")).isEqualTo("Pour que votre parcours soit validable il manque 1/3 actions sur l'ensemble.");
        assertThat(french.text("/documents/0/label")).isEqualTo("Consulter le site internet du CNP");
    }

    @Test
    void anUnknownActionAnActionOutsideThePeriodAndAnUnknownPeriodAreRefusedInEnglish() {
        Physician physician = register();

        var unknown = add(physician, "jardinage", "2023-03-04", ENGLISH);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text("/errors/0/field")).isEqualTo("action");
        assertThat(unknown.text("/errors/0/message")).isEqualTo("Unknown action in the pathway of “cnp-cardiologie”: “jardinage”. "
                + "Look it up by its first letters (GET /api/regulators/cnp-cardiologie/actions?q=...).");
        var simulated = api.post(physician.login(), pathway(physician, "2023-2025") + "/what-if",
                Map.of("actions", List.of("formation", "jardinage")), ENGLISH);
        assertThat(simulated.text("/errors/0/message")).isEqualTo("Unknown action in the pathway of “cnp-cardiologie”: “jardinage”.");
        var outside = add(physician, "formation", "2022-12-31", ENGLISH);
        assertThat(outside.text("/errors/0/message"))
                .isEqualTo("The action must have taken place during the 2023-2025 period (from January 1, 2023 to December 31, 2025).");
        var period = api.get(physician.login(), pathway(physician, "2019-2021"), ENGLISH);
        assertThat(period.status()).isEqualTo(404);
        assertThat(period.text("/detail")).startsWith("The period “2019-2021” does not exist for cnp-cardiologie (periods: 2020-2022, 2023-2025");

        var french = add(physician, "jardinage", "2023-03-04", Map.of());
        assertThat(french.text("/errors/0/message")).isEqualTo("Action inconnue du parcours de «" + NBSP + "cnp-cardiologie" + NBSP + "» : «"
                + NBSP + "jardinage" + NBSP + "». Cherchez-la par ses premières lettres (GET /api/regulators/cnp-cardiologie/actions?q=...).");
        assertThat(add(physician, "formation", "2022-12-31", Map.of()).text("/errors/0/message"))
                .isEqualTo("L'action doit avoir eu lieu pendant la période 2023-2025 (du 1er janvier 2023 au 31 décembre 2025).");
        assertThat(api.get(physician.login(), pathway(physician, "2019-2021")).text("/detail")).isEqualTo("La période «" + NBSP
                + "2019-2021" + NBSP + "» n'existe pas pour cnp-cardiologie (périodes : 2020-2022, 2023-2025 et 2026-2028).");
    }

    @Test
    void aMalformedRppsIsRefusedInEnglish() {
        String unique = UUID.randomUUID().toString().substring(0, 8);

        var english = api.post(null, "/api/physicians", PathwayApiIntegrationTests.body(unique, "1234567891", CARDIO), ENGLISH);

        assertThat(english.status()).isEqualTo(400);
        assertThat(english.text("/errors/0/field")).isEqualTo("rpps");
        assertThat(english.text("/errors/0/message")).isEqualTo("The RPPS number must have exactly 11 digits (for example 12345678912).");
        var french = api.post(null, "/api/physicians", PathwayApiIntegrationTests.body(unique, "1234567891", CARDIO));
        assertThat(french.text("/errors/0/message")).isEqualTo("Le numéro RPPS doit compter exactement 11 chiffres (par exemple 12345678912).");
    }

    @Test
    void aSecondValidationRequestAndAChangeByTheCnpsStaffAreRefusedInEnglishAndTheStateReadsInEnglish() throws Exception {
        Physician physician = register();
        String path = pathway(physician, "2023-2025");
        add(physician, "congres", "2023-09-20", Map.of());
        add(physician, "du", "2024-06-30", Map.of());
        add(physician, "accreditation", "2024-11-02", Map.of());
        var notCertified = api.post(physician.login(), path + "/validation-request", Map.of("certified", false), ENGLISH);
        assertThat(notCertified.text("/errors/0/message")).startsWith("To request validation, certify on your honour: “I certify on my honour");
        var requested = api.post(physician.login(), path + "/validation-request", Map.of("certified", true));
        assertThat(requested.status()).as(requested.raw()).isEqualTo(200);

        var again = api.post(physician.login(), path + "/validation-request", Map.of("certified", true), ENGLISH);

        assertThat(again.status()).isEqualTo(409);
        String day = Wording.of("en", ZoneId.of("Europe/Paris"))
                .date(Instant.parse(requested.text("/decision/requestedAt")).atZone(ZoneId.of("Europe/Paris")).toLocalDate());
        assertThat(again.text("/detail")).as("the moment in the council's zone, as English writes it")
                .matches("Validation of this pathway was already requested on \\p{L}+ \\d{1,2}, 20\\d\\d at \\d{1,2}:\\d\\d [AP]M\\.")
                .contains(day);
        assertThat(api.post(physician.login(), path + "/validation-request", Map.of("certified", true)).text("/detail"))
                .startsWith("La validation de ce parcours a déjà été demandée le ");
        var locked = add(physician, "seminaires", "2024-01-15", ENGLISH);
        assertThat(locked.text("/detail")).isEqualTo("The validation request for this pathway is confirmed: its actions can no longer be changed.");

        Api.Login staff = api.newStaff(CARDIO);
        var notTheirs = api.post(staff, path + "/actions", Map.of("action", "formation", "date", "2023-05-04"), ENGLISH);
        assertThat(notTheirs.status()).isEqualTo(403);
        assertThat(notTheirs.text("/detail")).isEqualTo("Only the physician can change their pathway and request its validation.");

        assertThat(rows(physician.login(), path + "/export", ENGLISH)).contains("State|Validation requested");
        assertThat(rows(physician.login(), path + "/export", Map.of())).contains("État|Validation demandée");
    }

    @Test
    void aRefusalWithoutItsReasonIsRefusedInEnglish() {
        Physician physician = register();
        String path = pathway(physician, "2023-2025");
        add(physician, "congres", "2023-09-20", Map.of());
        add(physician, "du", "2024-06-30", Map.of());
        add(physician, "accreditation", "2024-11-02", Map.of());
        long pathwayId = api.post(physician.login(), path + "/validation-request", Map.of("certified", true)).body().get("pathwayId").asLong();
        Api.Login staff = api.newStaff(CARDIO);

        var english = api.post(staff, "/api/pathways/" + pathwayId + "/decision", Map.of("outcome", "REFUSED"), ENGLISH);

        assertThat(english.status()).isEqualTo(400);
        assertThat(english.text("/errors/0/field")).isEqualTo("reason");
        assertThat(english.text("/errors/0/message")).isEqualTo("The reason for the refusal is required: the physician must know what to complete.");
        var french = api.post(staff, "/api/pathways/" + pathwayId + "/decision", Map.of("outcome", "REFUSED"));
        assertThat(french.text("/errors/0/message")).isEqualTo("Le motif du refus est obligatoire : le médecin doit savoir quoi compléter.");
        var outcome = api.post(staff, "/api/pathways/" + pathwayId + "/decision", Map.of("outcome", "MAYBE"), ENGLISH);
        assertThat(outcome.text("/errors/0/message")).isEqualTo("The decision is VALIDATED or REFUSED.");
    }

    @Test
    void theExportsWordsFollowTheCallersLanguage() throws Exception {
        Physician physician = register();
        add(physician, "congres", "2023-09-20", Map.of());
        long du = add(physician, "du", "2024-06-30", Map.of()).body().at("/actions/1/id").asLong();
        api.upload(physician.login(), "/api/pathway-actions/" + du + "/proof", "diplome.pdf", "application/pdf", "%PDF-1.4\n%%EOF".getBytes());
        String path = pathway(physician, "2023-2025") + "/export";

        Export english = export(physician.login(), path, ENGLISH);

        assertThat(english.status()).isEqualTo(200);
        assertThat(english.disposition()).contains("pathway-cnp-cardiologie-2023-2025.xlsx");
        assertThat(english.sheet()).isEqualTo("Pathway 2023-2025");
        assertThat(english.rows()).contains("Physician|Claire Martin", "RPPS|" + physician.rpps(),
                "CNP|Conseil national professionnel de cardiologie",
                "Period|2023-2025 (from January 1, 2023 to December 31, 2025)",
                "State|Being filled in",
                "Where the pathway stands|For your pathway to be validated, you still need 1/3 actions overall.",
                "Your CNP's instructions|At least 3 actions of the physician's choice over the triennial period, including at least one "
                        + "training action.",
                "Action|Details|Date|fo|ap|gr|pi|Proof|Proof description",
                "DU|Session de 2024-06-30|2024-06-30|x|x|||diplome.pdf|");

        Export french = export(physician.login(), path, Map.of());
        assertThat(french.disposition()).contains("parcours-cnp-cardiologie-2023-2025.xlsx");
        assertThat(french.sheet()).isEqualTo("Parcours 2023-2025");
        assertThat(french.rows()).contains("Médecin|Claire Martin", "État|En cours de saisie",
                "Période|2023-2025 (du 1er janvier 2023 au 31 décembre 2025)",
                "Où en est le parcours|Pour que votre parcours soit validable il manque 1/3 actions sur l'ensemble.",
                "Les consignes de votre CNP|Au moins 3 actions au choix du médecin sur la période triennale dont au moins une action de formation.",
                "Action|Complément|Date|fo|ap|gr|pi|Preuve|Description de la preuve");
    }

    record Export(int status, String disposition, String sheet, List<String> rows) {
    }

    List<String> rows(Api.Login login, String path, Map<String, String> headers) throws Exception {
        Export export = export(login, path, headers);
        assertThat(export.status()).isEqualTo(200);
        return export.rows();
    }

    /** The workbook downloaded with these headers, each row's cells joined by |. */
    Export export(Api.Login login, String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET()
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((login.username() + ":" + login.password()).getBytes(StandardCharsets.UTF_8)));
        headers.forEach(request::header);
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            return new Export(response.statusCode(), null, null, List.of());
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            List<String> rows = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(cell.getStringCellValue()));
                rows.add(String.join("|", cells));
            }
            return new Export(response.statusCode(), response.headers().firstValue("Content-Disposition").orElse(""),
                    workbook.getSheetName(0), rows);
        }
    }
}
