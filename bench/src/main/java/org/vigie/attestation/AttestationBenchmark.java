package org.vigie.attestation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Attestations per second, as the service makes one (fill the CNP template with three actions,
 * sign the payload with Ed25519, draw the QR code, render with Flying Saucer on OpenPDF, fonts
 * embedded), on 1 and 2 threads; and the offline verification of a QR code's signature.
 * The database insert is left out (measured with the API: bench/run verify).
 * Usage: AttestationBenchmark [pdf-templates] [attestations per round]
 */
public final class AttestationBenchmark {
    public static void main(String[] args) throws Exception {
        Path templatesDir = Path.of(args.length > 0 ? args[0] : "pdf-templates").toAbsolutePath();
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        Path keysDir = Files.createTempDirectory("bench-keys");
        AttestationSettings settings = new AttestationSettings(templatesDir, keysDir);
        AttestationTemplates templates = new AttestationTemplates(settings);
        SigningKeys keys = new SigningKeys(settings, Clock.systemUTC());
        SigningKeys.SigningKey key = keys.active("cnp-cardiologie");

        byte[] sample = attest(templates, keys, key, 0);
        System.out.printf("one attestation: %,d bytes%n", sample.length);
        for (int i = 0; i < 100; i++) {
            attest(templates, keys, key, i); // warm-up
        }
        for (int threads : new int[] {1, 2}) {
            for (int round = 0; round < 3; round++) {
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                long start = System.nanoTime();
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    futures.add(pool.submit(() -> {
                        for (int i = 0; i < count; i++) {
                            attest(templates, keys, key, i);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                pool.shutdown();
                System.out.printf("%d thread(s), round %d: %,.0f attestations/s%n", threads, round + 1, threads * count / seconds);
            }
        }

        String code = code(key, "CNPCARDIOLOG-ABCDEFGHJK");
        long[] nanos = new long[20_000];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            SignedCodes.Decoded content = SignedCodes.read(code).orElseThrow();
            SigningKeys.FoundKey found = keys.byFingerprint(content.fingerprint()).orElseThrow();
            if (!keys.verify(found.regulator(), found.keyId(), content.signed(), content.signature())) {
                throw new IllegalStateException("signature refused");
            }
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("offline verification of a QR code's signature: p50 %.3f ms, p99 %.3f ms%n",
                nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 99 / 100] / 1e6);
    }

    /** A V2 code as the service signs one (SignedCodes). */
    private static String code(SigningKeys.SigningKey key, String number) {
        byte[] payload = SignedCodes.payload(key.fingerprint(), number, "cnp-pathway", "Claire Martin", LocalDate.of(2025, 6, 28),
                LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31));
        return SignedCodes.encode(payload, SigningKeys.sign(key, payload));
    }

    private static byte[] attest(AttestationTemplates templates, SigningKeys keys, SigningKeys.SigningKey key, int i) {
        String number = "CNPCARDIOLOG-" + String.format("%010d", i);
        String code = code(key, number);
        Map<String, Object> values = new HashMap<>();
        values.put("titulaire", "Claire Martin");
        values.put("structure", "Hôpital Saint-Louis");
        values.put("rpps", "12345678912");
        values.put("periode", "2023-2025");
        values.put("valide_le", "27/06/2025");
        values.put("actions", List.of(Map.of("libelle", "Congrès", "complement", "Congrès 2024 de la SFC", "date", "18/01/2024"),
                Map.of("libelle", "DU", "complement", "DU d'échocardiographie", "date", "30/06/2024"),
                Map.of("libelle", "Accréditation", "complement", "", "date", "02/11/2024")));
        values.put("numero", number);
        values.put("emis_le", "28/06/2025");
        values.put("emetteur", "cardio@cnp");
        values.put("organisme", "Conseil national professionnel de cardiologie");
        values.put("version_regles", "2026.1");
        values.put("signataire", "Pr Jean-Marc Lefèvre");
        values.put("signataire_titre", "Président du CNP de cardiologie");
        values.put("url_verification", "http://localhost:8080/verify/" + number);
        values.put("qr", QrCodes.forRendering("http://localhost:8080/verify/" + number + "#" + code));
        values.put("logo", templates.directory().resolve("images/cnp-cardiologie/logo.png").toUri().toString());
        values.put("signature", templates.directory().resolve("images/cnp-cardiologie/signature.png").toUri().toString());
        return PdfRendering.render("cnp-pathway.html", templates.fill("cnp-pathway", values), templates.directory());
    }
}
