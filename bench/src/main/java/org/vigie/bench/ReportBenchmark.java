package org.vigie.bench;

import static org.vigie.bench.BenchHttp.HTTP;
import static org.vigie.bench.BenchHttp.JSON;
import static org.vigie.bench.BenchHttp.call;
import static org.vigie.bench.BenchHttp.percentile;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A report of 1,000 appointments (the most R238 lets through) as a JSON preview (the baseline), a CSV file, a workbook and a
 * print, and a busy week's agenda print (200 appointments), one client at a time. The enterprise, its location and physician are
 * set up through the API as RAMQ and a local administrator would; the appointments are inserted with SQL (the booking API is
 * being written), with every column a report shows. Usage: ReportBenchmark baseUrl database [rounds] [warmUp]
 */
public final class ReportBenchmark {
    private static final String OPERATOR = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
    private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("CE300000:bench-password".getBytes(StandardCharsets.UTF_8));

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String database = args[1];
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        call(base, OPERATOR, "POST", "/api/clinic/ramq-persons", Map.of("ramqId", "CE300000", "firstName", "Julie", "lastName", "Tremblay",
                "onlineServices", true, "password", "bench-password"), 201);
        JsonNode enterprise = call(base, OPERATOR, "POST", "/api/clinic/enterprises", Map.of("name", "Clinique du Plateau", "gmf", false,
                "localAdmins", List.of("CE300000"), "locations", List.of(Map.of("name", "Plateau", "civicNumber", "1000",
                        "street", "rue Sherbrooke Est", "city", "Montréal", "province", "QC", "postalCode", "H2L 1L3", "phone", "514-555-0100"))), 201);
        long enterpriseId = enterprise.get("id").asLong();
        String e = "/api/clinic/enterprises/" + enterpriseId;
        long location = enterprise.get("locations").get(0).get("id").asLong();
        call(base, OPERATOR, "POST", "/api/clinic/ramq-persons", Map.of("ramqId", "IP300001", "firstName", "Hélène", "lastName", "Bérubé",
                "practiceNumber", "130001", "onlineServices", true, "password", "bench-password"), 201);
        long professional = call(base, ADMIN, "POST", e + "/employees", Map.of("identifier", "130001", "workLocations", List.of(location)), 201)
                .get("id").asLong();
        // 1,000 appointments over the 25 days from Monday 2027-03-01, 40 a day every 10 minutes from 08:00 (EST: UTC-5)
        sql(database, "INSERT INTO clinic_appointment (enterprise_id, location_id, professional_id, local_date, local_start, duration_minutes,"
                + " starts_at, ends_at, created_at, reference_number, attendance, patient_nam, patient_first_name, patient_last_name, patient_sex,"
                + " patient_birth_date, mobile_phone, home_phone, email, reason_code, appointment_type, author_kind, author_name, clinic_note)"
                + " SELECT " + enterpriseId + ", " + location + ", " + professional + ", d, t, 10, TIMESTAMP(d, ADDTIME(t, '05:00')),"
                + " TIMESTAMP(d, ADDTIME(t, '05:10')), '2027-02-01 12:00', CONCAT('3', LPAD(seq, 9, '0')), ELT(1 + seq MOD 3, 'UNCONFIRMED',"
                + " 'PRESENT', 'ABSENT'), CONCAT('TREM', LPAD(seq, 8, '0')), 'Émilie', CONCAT('Côté-', seq), 'F', '1985-03-15', '514-555-0101',"
                + " '450-555-0102', CONCAT('patient', seq, '@example.org'), 'REGULAR_FOLLOWUP', 'GEN', 'EMPLOYEE', 'Réception Plateau',"
                + " 'Apporter la liste des médicaments' FROM (SELECT seq, DATE_ADD('2027-03-01', INTERVAL seq MOD 25 DAY) d,"
                + " SEC_TO_TIME(28800 + 600 * (seq DIV 25)) t FROM seq_0_to_999) s");
        Map<String, Object> criteria = new HashMap<>(Map.of("from", "2027-03-01", "to", "2027-03-25", "status", "ACTIVE",
                "profession", "PHYSICIAN", "professionalId", "ALL", "locationId", "ALL"));
        int rows = call(base, ADMIN, "POST", e + "/reports", criteria, 200).get("count").asInt();
        Map<String, Object> week = Map.of("from", "2027-03-01", "to", "2027-03-05", "professionalId", professional, "locationId", location,
                "pagePerDay", true);

        List<Long> me = time(rounds, warmUp, () -> call(base, ADMIN, "GET", "/api/me", null, 200));
        List<Long> preview = time(rounds, warmUp, () -> call(base, ADMIN, "POST", e + "/reports", criteria, 200));
        Map<String, List<Long>> files = new java.util.LinkedHashMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        for (String format : List.of("CSV", "XLSX", "PDF")) {
            Map<String, Object> body = new HashMap<>(criteria);
            body.put("format", format);
            files.put(format, time(rounds, warmUp, () -> sizes.put(format, bytes(base, e + "/reports", body))));
        }
        List<Long> agenda = time(rounds, warmUp, () -> sizes.put("AGENDA", bytes(base, e + "/agenda-prints", week)));

        System.out.printf(Locale.ROOT, "report of %d appointments; agenda print of a week of 200 (a page a day); %d rounds after %d warm-up%n",
                rows, rounds, warmUp);
        report("GET /api/me", me, preview, 0);
        report("report, JSON preview (baseline)", preview, preview, 0);
        report("report, CSV", files.get("CSV"), preview, sizes.get("CSV"));
        report("report, XLSX", files.get("XLSX"), preview, sizes.get("XLSX"));
        report("report, PDF print", files.get("PDF"), preview, sizes.get("PDF"));
        report("agenda print, busy week (PDF)", agenda, preview, sizes.get("AGENDA"));
    }

    interface Call {
        Object run() throws Exception;
    }

    private static List<Long> time(int rounds, int warmUp, Call call) throws Exception {
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < warmUp + rounds; i++) {
            long t = System.nanoTime();
            call.run();
            if (i >= warmUp) {
                latencies.add(System.nanoTime() - t);
            }
        }
        return latencies;
    }

    private static void report(String what, List<Long> latencies, List<Long> baseline, int size) {
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] reference = baseline.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-32s n=%3d  p50 %8.1f ms  p99 %8.1f ms  p50/baseline p50 %5.2f  %s%n", what, sorted.length,
                percentile(sorted, 50), percentile(sorted, 99), percentile(sorted, 50) / percentile(reference, 50),
                size > 0 ? size / 1024 + " KiB" : "");
    }

    private static void sql(String database, String statement) throws Exception {
        Process mariadb = new ProcessBuilder("mariadb", "-h", "127.0.0.1", "-uroot", database, "-e", statement).inheritIO().start();
        if (mariadb.waitFor() != 0) {
            throw new IllegalStateException("mariadb failed");
        }
    }

    private static int bytes(String base, String path, Object body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", ADMIN).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("POST " + path + ": " + response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body().length;
    }

}
