package org.vigie.attestation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.support.TestRules;

/** An administrator's template edit: a tag left open or a variable the attestation does not have is reported with file and line. */
class AttestationTemplatesTests {
    @TempDir
    Path templates;
    AttestationTemplates filler;

    @BeforeEach
    void copyTheTemplates() {
        TestRules.copy(TestRules.source().resolveSibling("pdf-templates"), templates);
        filler = new AttestationTemplates(new AttestationSettings(templates, templates.resolve("keys"), "http://localhost/verify/"));
    }

    Map<String, Object> fmoqValues() {
        Map<String, Object> values = new HashMap<>(Map.of("titulaire", "Jean Côté", "numero_membre", "F12345", "debut", "01/01/2026",
                "fin", "31/12/2026", "total_heures", "6", "numero", "FMOQ-TEST", "emis_le", "22/11/2026", "emetteur", "fmoq-staff",
                "organisme", "Fédération des médecins omnipraticiens du Québec", "version_regles", "2026.1"));
        values.put("url_verification", "http://localhost/verify/FMOQ-TEST");
        values.put("qr", QrCodes.forRendering("http://localhost/verify/FMOQ-TEST"));
        values.put("logo", templates.resolve("images/default/logo.png").toUri().toString());
        values.put("signature", templates.resolve("images/default/signature.png").toUri().toString());
        values.put("activites", List.of(Map.of("date", "12/03/2026", "titre", "Santé mentale : dépistage et suivi", "heures", "3")));
        return values;
    }


    @Test
    void theFmoqStatementRendersWithItsAccentsAsPdfA() throws Exception {
        byte[] pdf = PdfRendering.render("fmoq-statement.html", filler.fill("fmoq-statement", fmoqValues()), templates);

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Relevé des activités de formation créditées", "Jean Côté",
                    "Santé mentale : dépistage et suivi", "Fédération des médecins omnipraticiens du Québec");
            var catalog = document.getDocumentCatalog();
            assertThat(new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8))
                    .as("declared PDF/A-1b").contains("pdfaid:part").contains("pdfaid:conformance");
            assertThat(catalog.getOutputIntents()).singleElement().satisfies(intent ->
                    assertThat(intent.getOutputConditionIdentifier()).isEqualTo("Custom"));
            document.getPage(0).getResources().getFontNames().forEach(name -> {
                try {
                    assertThat(document.getPage(0).getResources().getFont(name).isEmbedded()).as("font %s embedded", name).isTrue();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    /** Whatever the number and the names (so the code's size and mask), the QR code printed at 38 mm reads back at 300 dpi. */
    @Test
    void everyQrCodeReadsBackFromThePrintedPage() throws Exception {
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 12; i++) {
            String holder = "Marie-" + "Ève".repeat(1 + random.nextInt(4)) + " Côté-" + Integer.toHexString(random.nextInt());
            String content = "http://localhost:8080/verify/OTPQ-" + Integer.toString(random.nextInt(Integer.MAX_VALUE), 36).toUpperCase()
                    + "#" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(("V1|x|otpq|" + holder
                    + "|Formation continue obligatoire, cycle 2022-2025 : exigences remplies|2026-11-22|2025-03-31|otpq-20261122T215506010")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + "A".repeat(86);
            Map<String, Object> values = fmoqValues();
            values.put("titulaire", holder);
            values.put("qr", QrCodes.forRendering(content));
            byte[] pdf = PdfRendering.render("fmoq-statement.html", filler.fill("fmoq-statement", values), templates);
            try (var document = Loader.loadPDF(pdf)) {
                assertThat(AttestationApiIntegrationTests.decodeQr(document)).as("code %d", i).isEqualTo(content);
            }
        }
    }

    @Test
    void aTagLeftOpenIsReportedOnItsLine() throws IOException {
        Path file = templates.resolve("fmoq-statement.html");
        String broken = Files.readString(file).replace("heures créditées.</b></p>", "heures créditées.</p>");
        Files.writeString(file, broken);

        var problem = catchThrowableOfType(TemplateProblemException.class, () -> filler.fill("fmoq-statement", fmoqValues()));

        assertThat(problem.file()).isEqualTo("fmoq-statement.html");
        assertThat(problem.line()).isEqualTo(lineOf(file, "<p><b>Total : {{total_heures}}"));
        assertThat(problem.getMessage()).contains("markup");
    }

    @Test
    void aVariableTheAttestationDoesNotHaveIsReportedOnItsLine() throws IOException {
        Path file = templates.resolve("fmoq-statement.html");
        Files.writeString(file, Files.readString(file).replace("{{numero_membre}}", "{{numero_de_membre}}"));

        var problem = catchThrowableOfType(TemplateProblemException.class, () -> filler.fill("fmoq-statement", fmoqValues()));

        assertThat(problem.file()).isEqualTo("fmoq-statement.html");
        assertThat(problem.line()).isEqualTo(lineOf(file, "{{numero_de_membre}}"));
        assertThat(problem.getMessage()).contains("numero_de_membre");
    }

    @Test
    void anUnclosedSectionIsReported() throws IOException {
        Path file = templates.resolve("fmoq-statement.html");
        Files.writeString(file, Files.readString(file).replace("{{/activites}}", ""));

        var problem = catchThrowableOfType(TemplateProblemException.class, () -> filler.fill("fmoq-statement", fmoqValues()));

        assertThat(problem.file()).isEqualTo("fmoq-statement.html");
        assertThat(problem.getMessage()).contains("activites");
    }

    static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        return -1;
    }
}
