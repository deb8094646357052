package org.vigie.attestation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;


import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.vigie.support.Api;
import org.vigie.support.ApiTest;
import org.vigie.support.DebianTools;
import org.vigie.web.Sha256;

/**
 * Attestations end to end: issued from a validated pathway or a completed cycle, read back as text,
 * rendered as an image whose QR code is decoded and followed, verified, tampered with, revoked.
 */
class AttestationApiIntegrationTests extends ApiTest {
    static final String CARDIO = "cnp-cardiologie";

    record Physician(long id, Api.Login login, String rpps) {
    }

    Physician validatedPhysician() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String rpps = String.valueOf(10_000_000_000L + (long) (Math.random() * 89_999_999_999L));
        Map<String, Object> body = new HashMap<>(Map.of("lastName", "Martin", "firstName", "Claire", "email", "dr-" + unique + "@example.org",
                "password", Api.PASSWORD, "rpps", rpps, "mainStructure", "Hôpital Saint-Louis", "cnp", CARDIO));
        long id = api.post(null, "/api/physicians", body).body().get("id").asLong();
        Physician physician = new Physician(id, new Api.Login("dr-" + unique + "@example.org", Api.PASSWORD), rpps);
        String path = "/api/physicians/" + id + "/pathways/" + CARDIO + "/2023-2025";
        api.post(physician.login(), path + "/actions", Map.of("action", "congres", "complement", "Congrès 2024 de la SFC", "date", "2024-01-18"));
        api.post(physician.login(), path + "/actions", Map.of("action", "du", "complement", "DU d'échocardiographie", "date", "2024-06-30"));
        api.post(physician.login(), path + "/actions", Map.of("action", "accreditation", "date", "2024-11-02"));
        return physician;
    }

    long requested(Physician physician) {
        return api.post(physician.login(), "/api/physicians/" + physician.id() + "/pathways/" + CARDIO + "/2023-2025/validation-request",
                Map.of("certified", true)).body().get("pathwayId").asLong();
    }

    @Test
    void aValidatedPathwaysAttestationShowsTheSeedsFieldsAndItsQrCodeLeadsToAValidVerification() throws Exception {
        Physician physician = validatedPhysician();
        long pathwayId = requested(physician);
        Api.Login cnp = api.newStaff(CARDIO);
        assertThat(api.post(cnp, "/api/pathways/" + pathwayId + "/attestation", Map.of()).status()).as("not validated yet").isEqualTo(409);
        api.post(cnp, "/api/pathways/" + pathwayId + "/decision", Map.of("outcome", "VALIDATED"));

        var issued = api.post(cnp, "/api/pathways/" + pathwayId + "/attestation", Map.of());
        assertThat(issued.status()).as(issued.raw()).isEqualTo(201);
        String number = issued.text("/number");
        assertThat(issued.text("/issuedBy")).isEqualTo(cnp.username());
        assertThat(issued.text("/ruleSetVersion")).isEqualTo("2026.4");
        var again = api.post(cnp, "/api/pathways/" + pathwayId + "/attestation", Map.of());
        assertThat(again.status()).as("never issued twice").isEqualTo(200);
        assertThat(again.text("/number")).isEqualTo(number);

        byte[] pdf = api.getBytes(physician.login(), "/api/attestations/" + number + "/pdf").bytes();
        assertThat(Sha256.hex(pdf)).isEqualTo(issued.text("/pdfSha256"));
        assertThat(api.getBytes(cnp, "/api/attestations/" + number + "/pdf").bytes()).as("the same bytes every time").isEqualTo(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Attestation de parcours préconisé par le CNP", "Docteur Claire Martin", "Hôpital Saint-Louis",
                    physician.rpps(), "Validé le", "Congrès", "Congrès 2024 de la SFC", "DU d'échocardiographie", "Accréditation",
                    number, "2026.4", "Conseil national professionnel de cardiologie", "Pr Jean-Marc Lefèvre",
                    "Président du CNP de cardiologie", "/verify/" + number);
            assertThat(text).as("« Délivrée par » names the signatory, not a login").doesNotContain(cnp.username());
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String scanned = decodeQr(pdf);
            assertThat(scanned).as("the service's own address by default: the port it listens on")
                    .startsWith("http://localhost:" + port + "/verify/" + number + "#");

            URI url = URI.create(scanned);
            var page = api.get(null, url.getPath());
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.raw()).contains("Attestation valide", "Claire Martin", "Conseil national professionnel de cardiologie")
                    .doesNotContain(physician.rpps()).doesNotContain("Hôpital");
            var verified = api.post(null, "/api/public/attestations/verification", Map.of("code", scanned));
            assertThat(verified.text("/status")).isEqualTo("VALID");
            assertThat(verified.text("/holder")).isEqualTo("Claire Martin");
            assertThat(verified.text("/attested")).startsWith("Parcours de DPC 2023-2025 validé le");
            assertThat(verified.body().has("rpps")).isFalse();
            assertThat(verified.text("/periodStart") + " " + verified.text("/periodEnd")).as("the period attested, not an expiry")
                    .isEqualTo("2023-01-01 2025-12-31");
            assertThat(verified.body().has("validUntil")).isFalse();
        }
    }

    @Test
    void aTamperedCodeIsForgedAnUnknownNumberIsUnknownAndARevokedAttestationSaysSo() {
        Physician physician = validatedPhysician();
        long pathwayId = requested(physician);
        Api.Login cnp = api.newStaff(CARDIO);
        api.post(cnp, "/api/pathways/" + pathwayId + "/decision", Map.of("outcome", "VALIDATED"));
        var issued = api.post(cnp, "/api/pathways/" + pathwayId + "/attestation", Map.of());
        String number = issued.text("/number");
        String code = issued.text("/signedCode");

        byte[] signed = SignedCodes.unbase32(code);
        String otherNumber = number.substring(0, number.length() - 1) + (number.endsWith("A") ? "B" : "A");
        assertThat(api.post(null, "/api/public/attestations/verification", Map.of("code", replaced(signed, number, otherNumber))).text("/status"))
                .isEqualTo("FORGED");
        assertThat(api.post(null, "/api/public/attestations/verification", Map.of("code", replaced(signed, "Claire Martin", "Claire Mart1n")))
                .text("/status")).isEqualTo("FORGED");
        String badSignature = code.substring(0, code.length() - 3) + (code.endsWith("AAA") ? "BAA" : "AAA");
        assertThat(api.post(null, "/api/public/attestations/verification", Map.of("code", badSignature)).text("/status")).isEqualTo("FORGED");
        assertThat(api.post(null, "/api/public/attestations/verification", Map.of("code", "n'importe quoi")).text("/status")).isEqualTo("FORGED");
        assertThat(api.get(null, "/api/public/attestations/CNPCARDIOLOG-ZZZZZZZZZZ").text("/status")).isEqualTo("UNKNOWN");

        var noReason = api.post(cnp, "/api/attestations/" + number + "/revocation", Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.text("/errors/0/field")).isEqualTo("reason");
        var revoked = api.post(cnp, "/api/attestations/" + number + "/revocation", Map.of("reason", "Délivrée par erreur"));
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.text("/revocationReason")).isEqualTo("Délivrée par erreur");
        assertThat(api.post(null, "/api/public/attestations/verification", Map.of("code", code)).text("/status")).isEqualTo("REVOKED");
        assertThat(api.get(null, "/verify/" + number).raw()).contains("Attestation révoquée");
        var twice = api.post(cnp, "/api/attestations/" + number + "/revocation", Map.of("reason", "encore"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.text("/detail")).as("the revocation's instant in the council's local time, never UTC's ISO form")
                .matches("L'attestation «\u00A0" + number + "\u00A0» est déjà révoquée depuis le \\d{1,2}(er)? \\p{L}+ 20\\d\\d à \\d{1,2} h \\d\\d\\.");
        assertThat(api.get(api.newStaff("cnp-pneumologie"), "/api/attestations/" + number).status()).isEqualTo(403);
    }

    @org.springframework.beans.factory.annotation.Autowired
    SigningKeys signingKeys;

    @Test
    void aCodeInTheFirstFormatStillVerifiesAndOneOfAnotherRegulatorIsForged() {
        Physician physician = validatedPhysician();
        long pathwayId = requested(physician);
        Api.Login cnp = api.newStaff(CARDIO);
        api.post(cnp, "/api/pathways/" + pathwayId + "/decision", Map.of("outcome", "VALIDATED"));
        String number = api.post(cnp, "/api/pathways/" + pathwayId + "/attestation", Map.of()).text("/number");
        SigningKeys.SigningKey key = signingKeys.active(CARDIO);
        String v1 = v1Code(key, number, CARDIO, "Claire Martin");
        var verified = api.post(null, "/api/public/attestations/verification", Map.of("code", "http://localhost:8080/verify/" + number + "#" + v1));
        assertThat(verified.text("/status")).as("printed before V2: still valid").isEqualTo("VALID");
        assertThat(verified.text("/holder")).isEqualTo("Claire Martin");
        String signature = v1.substring(v1.indexOf('.'));
        String changedHolder = v1Code(key, number, CARDIO, "Claire Mart1n");
        String tampered = changedHolder.substring(0, changedHolder.indexOf('.')) + signature;
        assertThat(api.post(null, "/api/public/attestations/verification", Map.of("code", tampered)).text("/status"))
                .as("a V1 code whose holder was changed, carrying the original's signature").isEqualTo("FORGED");
        String byAnother = v1Code(signingKeys.active("cnp-pneumologie"), number, "cnp-pneumologie", "Claire Martin");
        assertThat(api.post(null, "/api/public/attestations/verification", Map.of("code", byAnother)).text("/status"))
                .as("signed by a regulator that did not issue it").isEqualTo("FORGED");
    }

    static String v1Code(SigningKeys.SigningKey key, String number, String regulator, String holder) {
        byte[] payload = String.join("|", "V1", number, regulator, holder, "Parcours de DPC 2023-2025", "2026-12-02", "2025-12-31", key.keyId())
                .getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(payload) + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(SigningKeys.sign(key, payload));
    }

    @Test
    void aCompletedCycleGetsItsAttestationAnIncompleteOneIsRefusedWithItsGaps() throws Exception {
        clock.today(java.time.LocalDate.of(2026, 12, 2)); // after the cycle's end, when a regulator attests it
        Api.MemberLogin member = api.newMember();
        Api.Login staff = api.newStaff("otpq");
        String path = "/api/members/" + member.id() + "/attestations/otpq/2022-2025";
        var refused = api.post(staff, path, Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("/detail")).contains("Le cycle de référence est terminé : il vous manque 15 heures de formation dans la catégorie structurée");
        assertThat(count("attestation", "member_id = ?", member.id())).isZero();

        api.post(member.login(), "/api/members/" + member.id() + "/declarations", Api.declaration("structured", "congress", 13));
        api.post(member.login(), "/api/members/" + member.id() + "/declarations", Api.declaration("ethics", "ethics-training", 1));
        api.post(member.login(), "/api/members/" + member.id() + "/declarations", Api.declaration("autonomous", "reading", 11));
        validatedExemption(member, staff, 5); // 30 hours required, less 5: 25, met by 13 + 1 + 11
        var issued = api.post(staff, path, Map.of());

        assertThat(issued.status()).as(issued.raw()).isEqualTo(201);
        byte[] pdf = api.getBytes(member.login(), "/api/attestations/" + issued.text("/number") + "/pdf").bytes();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Attestation de formation continue obligatoire", "Emma Gélinas",
                    "2022-2025", "Heures requises", "25 h", "Exemption accordée (déduite de l'exigence)", "− 5 h", "Formations complétées",
                    "Éthique, déontologie et normes de pratique", issued.text("/number"), "2025.4");
            assertThat(text).as("the regulator's signatory (pdf-templates/regulators.yaml), not a login")
                    .contains("Me Hélène Bouchard", "Secrétaire générale de l'Ordre").doesNotContain(staff.username());
            assertThat(text).as("the number and the address on one line each")
                    .contains("Attestation n° " + issued.text("/number"), "/verify/" + issued.text("/number"));
            assertThat(decodeQr(pdf)).contains(issued.text("/number"));
        }
        String number = issued.text("/number");
        var mine = api.get(member.login(), "/api/members/" + member.id() + "/attestations");
        assertThat(mine.body()).singleElement().satisfies(a -> assertThat(a.get("number").asText()).isEqualTo(number));
        Api.MemberLogin other = api.newMember();
        assertThat(api.get(other.login(), "/api/members/" + member.id() + "/attestations").status()).as("only one's own").isEqualTo(403);
        assertThat(api.get(other.login(), "/api/members/" + other.id() + "/attestations").body()).isEmpty();

        var download = api.getBytes(member.login(), "/api/attestations/" + number + "/pdf");
        String etag = download.headers().get("etag").get(0);
        assertThat(etag).isEqualTo("\"" + Sha256.hex(download.bytes()) + "\"");
        assertThat(download.headers().get("cache-control").get(0)).contains("private", "immutable");
        var again = api.get(member.login(), "/api/attestations/" + number + "/pdf", Map.of("If-None-Match", etag));
        assertThat(again.status()).as("a conditional GET of an unchanged PDF").isEqualTo(304);
        var keys = api.get(null, "/api/public/signing-keys");
        assertThat(keys.headers().get("cache-control").get(0)).contains("public", "max-age=3600");
        assertThat(api.get(null, "/api/public/signing-keys", Map.of("If-None-Match", keys.headers().get("etag").get(0))).status())
                .isEqualTo(304);

        var registry = api.get(staff, "/api/regulators/otpq/attestations?page=0&size=1");
        assertThat(registry.body().get("size").asInt()).isEqualTo(1);
        assertThat(registry.body().get("items")).hasSize(1);
        long total = registry.body().get("total").asLong();
        assertThat(total).isPositive();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int page = 0; page * 2 < total; page++) {
            api.get(staff, "/api/regulators/otpq/attestations?size=2&page=" + page).body().get("items")
                    .forEach(a -> assertThat(seen.add(a.get("number").asText())).as("no attestation on two pages").isTrue());
        }
        assertThat(seen).hasSize((int) total).contains(number);
        assertThat(api.get(staff, "/api/regulators/otpq/attestations?size=500").text("/errors/0/field")).isEqualTo("size");
        assertThat(api.get(Api.admin(), "/api/public/signing-keys").body()).anySatisfy(k -> {
            assertThat(k.get("regulator").asText()).isEqualTo("otpq");
            assertThat(k.get("algorithm").asText()).isEqualTo("Ed25519");
        });
        assertThat(api.get(api.newMember().login(), "/api/attestations/" + issued.text("/number") + "/pdf").status()).isEqualTo(403);
    }

    void validatedExemption(Api.MemberLogin member, Api.Login staff, int hours) throws Exception {
        Map<String, Object> request = new HashMap<>(Map.of("regulator", "otpq", "cycleId", "2022-2025", "motive", "parental-leave",
                "motiveStart", "2023-01-01", "motiveEnd", "2023-06-30", "complement", "Congé de maternité"));
        long id = api.post(member.login(), "/api/members/" + member.id() + "/exemptions", request).body().get("id").asLong();
        java.io.ByteArrayOutputStream certificate = new java.io.ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(certificate);
        }
        api.upload(member.login(), "/api/exemptions/" + id + "/documents", "certificat.pdf", "application/pdf", certificate.toByteArray());
        api.post(member.login(), "/api/exemptions/" + id + "/submission", Map.of("commitments", java.util.List.of(true, true)));
        var decided = api.post(staff, "/api/exemptions/" + id + "/decision", Map.of("outcome", "VALIDATED", "hoursGranted", hours));
        assertThat(decided.status()).as(decided.raw()).isEqualTo(200);
    }

    long validatedPneumologyPathway(Api.Login cnp) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String rpps = String.valueOf(10_000_000_000L + (long) (Math.random() * 89_999_999_999L));
        long id = api.post(null, "/api/physicians", Map.of("lastName", "Roy", "firstName", "Paul", "email", "p-" + unique + "@example.org",
                "password", Api.PASSWORD, "rpps", rpps, "cnp", "cnp-pneumologie")).body().get("id").asLong();
        Api.Login login = new Api.Login("p-" + unique + "@example.org", Api.PASSWORD);
        String path = "/api/physicians/" + id + "/pathways/cnp-pneumologie/2023-2025";
        for (String action : java.util.List.of("formation", "formation-odpc", "rmm", "enseignement")) {
            api.post(login, path + "/actions", Map.of("action", action, "date", "2024-02-02"));
        }
        long pathwayId = api.post(login, path + "/validation-request", Map.of("certified", true)).body().get("pathwayId").asLong();
        api.post(cnp, "/api/pathways/" + pathwayId + "/decision", Map.of("outcome", "VALIDATED"));
        return pathwayId;
    }

    @Test
    void aBatchIssuesThePeriodsValidatedPathwaysOnceResumesWithoutIssuingTwiceAndZipsThePdfsAfterAKeyRotation() throws Exception {
        Api.Login cnp = api.newStaff("cnp-pneumologie");
        long first = validatedPneumologyPathway(cnp);
        long second = validatedPneumologyPathway(cnp);
        var before = api.post(cnp, "/api/pathways/" + first + "/attestation", Map.of());
        var rotated = api.post(Api.admin(), "/api/regulators/cnp-pneumologie/signing-keys", Map.of());
        assertThat(rotated.status()).isEqualTo(201);
        assertThat(api.post(cnp, "/api/regulators/cnp-pneumologie/signing-keys", Map.of()).status()).isEqualTo(403);
        long validated = count("pathway", "regulator = 'cnp-pneumologie' AND status = 'VALIDATED' AND period_id = '2023-2025'");

        var started = api.post(cnp, "/api/regulators/cnp-pneumologie/attestation-batches", Map.of("periodId", "2023-2025"));
        assertThat(started.status()).as(started.raw()).isEqualTo(202);
        long batch = started.body().get("id").asLong();
        var done = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> api.get(cnp, "/api/attestation-batches/" + batch), b -> b.text("/state").equals("DONE"));
        assertThat(done.body().get("total").asLong()).isEqualTo(validated);
        assertThat(done.body().get("issued").asLong() + done.body().get("already").asLong()).isEqualTo(validated);
        assertThat(done.body().get("already").asLong()).as("the one issued on demand").isGreaterThanOrEqualTo(1);
        String secondNumber = jdbc.sql("SELECT number FROM attestation WHERE subject_key = ?").param("pathway:" + second).query(String.class).single();
        String secondCode = api.get(cnp, "/api/attestations/" + secondNumber).text("/signedCode");
        assertThat(java.util.HexFormat.of().formatHex(SignedCodes.read(secondCode).orElseThrow().fingerprint()))
                .as("signed with the new key").isEqualTo(rotated.text("/fingerprint"));
        assertThat(api.post(null, "/api/public/attestations/verification", Map.of("code", before.text("/signedCode"))).text("/status"))
                .as("the old key still verifies").isEqualTo("VALID");

        var zip = api.getBytes(cnp, "/api/attestation-batches/" + batch + "/zip");
        java.util.List<String> entries = new java.util.ArrayList<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.bytes()))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(entry.getName());
                assertThat(new String(in.readAllBytes(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            }
        }
        assertThat(entries).contains(before.text("/number") + ".pdf", secondNumber + ".pdf").hasSize((int) validated);

        jdbc.sql("UPDATE attestation_batch SET state = 'FAILED' WHERE id = ?").param(batch).update();
        assertThat(api.post(cnp, "/api/attestation-batches/" + batch + "/resumption", Map.of()).status()).isEqualTo(200);
        var resumed = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> api.get(cnp, "/api/attestation-batches/" + batch), b -> b.text("/state").equals("DONE"));
        assertThat(resumed.body().get("issued").asLong()).as("nothing issued twice").isZero();
        assertThat(count("attestation", "subject_key IN (?, ?)", "pathway:" + first, "pathway:" + second)).isEqualTo(2);
        assertThat(api.post(cnp, "/api/attestation-batches/" + batch + "/resumption", Map.of()).status()).isEqualTo(409);
        var unknownPeriod = api.post(cnp, "/api/regulators/cnp-pneumologie/attestation-batches", Map.of("periodId", "1999-2001"));
        assertThat(unknownPeriod.status()).isEqualTo(400);
        assertThat(unknownPeriod.text("/errors/0/field")).isEqualTo("periodId");
    }

    /** The code with one text changed in its signed bytes, the signature kept. */
    static String replaced(byte[] signedCode, String text, String by) {
        String latin = new String(signedCode, StandardCharsets.ISO_8859_1);
        String utf8Text = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        String utf8By = new String(by.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThat(latin).contains(utf8Text);
        return SignedCodes.base32(latin.replace(utf8Text, utf8By).getBytes(StandardCharsets.ISO_8859_1));
    }

    /** What an ordinary reader (zbarimg) reads off the first page rendered at 150 dpi (pdftoppm): the one QR code's text. */
    static String decodeQr(byte[] pdf) throws Exception {
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("qr");
        try {
            java.util.List<String> codes = DebianTools.qrCodes(DebianTools.pageAsPng(pdf, 150, folder));
            assertThat(codes).as("the QR codes zbarimg reads on the page at 150 dpi").hasSize(1);
            return codes.get(0);
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(folder);
        }
    }
}
