package org.vigie.attestation;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
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
        AttestationSettings settings = new AttestationSettings(templatesDir, keysDir, "http://localhost:8080/verify/");
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

        byte[] payload = "V1|CNPCARDIOLOG-ABCDEFGHJK|cnp-cardiologie|Claire Martin|Parcours de DPC 2023-2025 validé le 27/06/2025|2025-06-28|2025-12-31|"
                .concat(key.keyId()).getBytes(StandardCharsets.UTF_8);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(payload) + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(SigningKeys.sign(key, payload));
        long[] nanos = new long[20_000];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            String[] parts = code.split("\\.");
            byte[] p = Base64.getUrlDecoder().decode(parts[0]);
            String[] fields = new String(p, StandardCharsets.UTF_8).split("\\|", -1);
            if (!keys.verify(fields[2], fields[7], p, Base64.getUrlDecoder().decode(parts[1]))) {
                throw new IllegalStateException("signature refused");
            }
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("offline verification of a QR code's signature: p50 %.3f ms, p99 %.3f ms%n",
                nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 99 / 100] / 1e6);
    }

    private static byte[] attest(AttestationTemplates templates, SigningKeys keys, SigningKeys.SigningKey key, int i) {
        String number = "CNPCARDIOLOG-" + String.format("%010d", i);
        byte[] payload = ("V1|" + number + "|cnp-cardiologie|Claire Martin|Parcours de DPC 2023-2025|2025-06-28|2025-12-31|" + key.keyId())
                .getBytes(StandardCharsets.UTF_8);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(payload) + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(SigningKeys.sign(key, payload));
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
        values.put("url_verification", "http://localhost:8080/verify/" + number);
        values.put("qr", QrCodes.forRendering("http://localhost:8080/verify/" + number + "#" + code));
        values.put("logo", templates.directory().resolve("images/cnp-cardiologie/logo.png").toUri().toString());
        values.put("signature", templates.directory().resolve("images/cnp-cardiologie/signature.png").toUri().toString());
        return PdfRendering.render("cnp-pathway.html", templates.fill("cnp-pathway", values), templates.directory());
    }
}
