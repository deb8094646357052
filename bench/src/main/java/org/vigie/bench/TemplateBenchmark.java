package org.vigie.bench;

import static org.vigie.bench.BenchHttp.call;
import static org.vigie.bench.BenchHttp.percentile;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A schedule template of 10 slots a week (two a day, Monday to Friday) applied to 52 weeks of one professional at a time
 * (POST .../weeks/{sunday}/apply-template with nextWeeks 51: 520 slots), its dry run first, each on a professional of its own so
 * that every application writes all its slots; with GET /api/me and a single slot's creation as baselines of the same run.
 * Everything is set up through the API, as RAMQ and a local administrator would. Usage: TemplateBenchmark baseUrl [rounds] [warmUp]
 */
public final class TemplateBenchmark {
    private static final String OPERATOR = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
    private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("CE200000:bench-password".getBytes(StandardCharsets.UTF_8));

    private TemplateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        call(base, OPERATOR, "POST", "/api/clinic/ramq-persons", Map.of("ramqId", "CE200000", "firstName", "Julie", "lastName", "Tremblay",
                "onlineServices", true, "password", "bench-password"), 201);
        JsonNode enterprise = call(base, OPERATOR, "POST", "/api/clinic/enterprises", Map.of("name", "Clinique du Plateau", "gmf", false,
                "localAdmins", List.of("CE200000"), "locations", List.of(Map.of("name", "Plateau", "civicNumber", "1000",
                        "street", "rue Sherbrooke Est", "city", "Montréal", "province", "QC", "postalCode", "H2L 1L3", "phone", "514-555-0100"))), 201);
        String e = "/api/clinic/enterprises/" + enterprise.get("id").asLong();
        long location = enterprise.get("locations").get(0).get("id").asLong();
        List<Long> professionals = new ArrayList<>();
        List<Long> services = new ArrayList<>();
        for (int i = 0; i < warmUp + rounds + 1; i++) {
            String practice = "1" + String.format("%05d", i);
            call(base, OPERATOR, "POST", "/api/clinic/ramq-persons", Map.of("ramqId", "IP2" + String.format("%05d", i), "firstName", "Médecin",
                    "lastName", "N" + i, "practiceNumber", practice, "onlineServices", true, "password", "bench-password"), 201);
            long id = call(base, ADMIN, "POST", e + "/employees", Map.of("identifier", practice, "workLocations", List.of(location)), 201)
                    .get("id").asLong();
            professionals.add(id);
            services.add(call(base, ADMIN, "POST", e + "/professionals/" + id + "/services", Map.of("appointmentType", "MF",
                    "reason", "MINOR_EMERGENCY", "durationMinutes", 15), 201).get("id").asLong());
        }
        List<Map<String, Object>> slots = new ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            slots.add(Map.of("dayOfWeek", day, "startTime", "08:00", "endTime", "12:00", "serviceIds", List.of(services.get(0)),
                    "visibility", "PUBLIC", "publishDaysBefore", 14, "publishTime", "08:00"));
            slots.add(Map.of("dayOfWeek", day, "startTime", "13:00", "endTime", "17:00", "serviceIds", List.of(services.get(0)),
                    "visibility", "PRIVATE"));
        }
        long template = call(base, ADMIN, "POST", e + "/templates", Map.of("locationId", location, "name", "Semaine type",
                "professions", List.of("PHYSICIAN"), "professionalIds", professionals, "slots", slots), 201).get("id").asLong();
        LocalDate sunday = LocalDate.now(ZoneId.of("America/Montreal")).with(TemporalAdjusters.next(DayOfWeek.SUNDAY));

        List<Long> me = new ArrayList<>();
        for (int i = 0; i < 50 + 200; i++) {
            long t = System.nanoTime();
            call(base, ADMIN, "GET", "/api/me", null, 200);
            if (i >= 50) {
                me.add(System.nanoTime() - t);
            }
        }
        long baseline = professionals.get(professionals.size() - 1);
        List<Long> single = new ArrayList<>();
        for (int i = 0; i < 20 + 100; i++) {
            long t = System.nanoTime();
            call(base, ADMIN, "POST", e + "/professionals/" + baseline + "/slots", Map.of("date", sunday.plusDays(1 + i).toString(),
                    "startTime", "08:00", "endTime", "12:00", "locationId", location, "serviceIds", List.of(services.get(services.size() - 1)),
                    "visibility", "PUBLIC"), 201);
            if (i >= 20) {
                single.add(System.nanoTime() - t);
            }
        }
        List<Long> dry = new ArrayList<>();
        List<Long> applied = new ArrayList<>();
        int created = 0;
        for (int i = 0; i < warmUp + rounds; i++) {
            String path = e + "/professionals/" + professionals.get(i) + "/weeks/" + sunday + "/apply-template";
            Map<String, Object> body = Map.of("templateId", template, "nextWeeks", 51);
            long t = System.nanoTime();
            call(base, ADMIN, "POST", path + "?dryRun=true", body, 200);
            long d = System.nanoTime() - t;
            t = System.nanoTime();
            JsonNode answer = call(base, ADMIN, "POST", path, body, 201);
            long a = System.nanoTime() - t;
            if (i >= warmUp) {
                dry.add(d);
                applied.add(a);
                created = answer.get("count").asInt();
            }
        }
        System.out.printf(Locale.ROOT, "template of %d slots, 52 weeks: %d slots per application, %d applications after %d warm-up%n",
                slots.size(), created, rounds, warmUp);
        report("GET /api/me (baseline)", me, me);
        report("one slot created (baseline)", single, me);
        report("template applied, dry run", dry, me);
        report("template applied", applied, me);
    }

    private static void report(String what, List<Long> latencies, List<Long> baseline) {
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] reference = baseline.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-30s n=%3d  p50 %8.1f ms  p99 %8.1f ms  max %8.1f ms  p50/baseline p50 %6.1f%n", what, sorted.length,
                percentile(sorted, 50), percentile(sorted, 99), sorted[sorted.length - 1] / 1e6, percentile(sorted, 50) / percentile(reference, 50));
    }

}
