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
        filler = new AttestationTemplates(new AttestationSettings(templates, templates.resolve("keys")));
    }

    Map<String, Object> fmoqValues() {
        Map<String, Object> values = new HashMap<>(Map.of("titulaire", "Jean Côté", "numero_membre", "F12345", "debut", "01/01/2026",
                "fin", "31/12/2026", "total_heures", "6", "numero", "FMOQ-TEST", "emis_le", "22/11/2026", "emetteur", "fmoq-staff",
                "organisme", "Fédération des médecins omnipraticiens du Québec", "version_regles", "2026.1"));
        values.put("url_verification", "http://localhost/verify/FMOQ-TEST");
        values.put("signataire", "Dr Louis Gagnon");
        values.put("signataire_titre", "Directeur de la formation professionnelle");
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

    /**
     * Whatever the number and the names (so the code's size and mask), the QR code printed on the page reads back with an
     * ordinary reader (zbarimg) from the page rendered at 150 dpi (pdftoppm), and what it reads verifies with the public key.
     */
    @Test
    void everyQrCodeReadsBackWithZbarimgFromThePageAt150Dpi() throws Exception {
        SigningKeys keys = new SigningKeys(new AttestationSettings(templates, templates.resolve("keys")), java.time.Clock.systemUTC());
        SigningKeys.SigningKey key = keys.active("otpq");
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 8; i++) {
            String holder = "Marie-" + "Ève".repeat(1 + random.nextInt(4)) + " Côté-Tremblay" + "-Bélanger".repeat(i % 3);
            String number = "OTPQ-" + Integer.toString(random.nextInt(Integer.MAX_VALUE), 32).toUpperCase() + "ABCDEFGHJK".substring(i);
            byte[] payload = SignedCodes.payload(key.fingerprint(), number, "otpq-cycle", holder, java.time.LocalDate.of(2026, 12, 2),
                    java.time.LocalDate.of(2022, 4, 1), java.time.LocalDate.of(2025, 3, 31));
            String base = i % 2 == 0 ? "http://localhost:8080" : "https://verification.ordre-des-technologues.example.org";
            String content = base + "/verify/" + number + "#" + SignedCodes.encode(payload, SigningKeys.sign(key, payload));
            Map<String, Object> values = fmoqValues();
            values.put("titulaire", holder);
            values.put("qr", QrCodes.forRendering(content));
            byte[] pdf = PdfRendering.render("fmoq-statement.html", filler.fill("fmoq-statement", values), templates);

            Path page = org.vigie.support.DebianTools.pageAsPng(pdf, 150, templates);
            assertThat(org.vigie.support.DebianTools.qrCodes(page)).as("code %d, %d characters", i, content.length()).containsExactly(content);
            SignedCodes.Decoded read = SignedCodes.read(content).orElseThrow();
            SigningKeys.FoundKey found = keys.byFingerprint(read.fingerprint()).orElseThrow();
            assertThat(keys.verify(found.regulator(), found.keyId(), read.signed(), read.signature())).isTrue();
            assertThat(read.holder()).isEqualTo(holder);
            assertThat(read.number()).isEqualTo(number);
            assertThat(read.kind()).isEqualTo("otpq-cycle");
            assertThat(read.validUntil()).isEqualTo(java.time.LocalDate.of(2025, 3, 31));
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
