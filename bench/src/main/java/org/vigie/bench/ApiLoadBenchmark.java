package org.vigie.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Dashboard latency under concurrent clients: each client calls
 * {@code GET /api/members/{id}/dashboards/{regulator}/{cycle}} in a loop, one request at a time.
 * Usage: ApiLoadBenchmark baseUrl username password memberId regulator cycle [clients] [seconds]
 */
public final class ApiLoadBenchmark {
    public static void main(String[] args) throws Exception {
        String base = args[0];
        String auth = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        URI uri = URI.create(base + "/api/members/" + args[3] + "/dashboards/" + args[4] + "/" + args[5]);
        int clients = args.length > 6 ? Integer.parseInt(args[6]) : 50;
        int seconds = args.length > 7 ? Integer.parseInt(args[7]) : 30;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", auth).GET().build();

        load(http, request, clients, 10, new ArrayList<>(), new AtomicInteger()); // warm-up
        List<Long> latencies = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        load(http, request, clients, seconds, latencies, errors);
        double elapsed = (System.nanoTime() - start) / 1e9;

        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%d clients, %d s: %d requests, %.0f requests/s, %d errors%n",
                clients, seconds, sorted.length, sorted.length / elapsed, errors.get());
        System.out.printf(Locale.ROOT, "latency ms: p50 %.1f, p90 %.1f, p99 %.1f, max %.1f%n",
                percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99), sorted[sorted.length - 1] / 1e6);
    }

    private static void load(HttpClient http, HttpRequest request, int clients, int seconds, List<Long> latencies,
                             AtomicInteger errors) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            results.add(pool.submit(() -> {
                List<Long> mine = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long t = System.nanoTime();
                    HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                    mine.add(System.nanoTime() - t);
                    if (response.statusCode() != 200) {
                        errors.incrementAndGet();
                    }
                }
                return mine;
            }));
        }
        for (Future<List<Long>> result : results) {
            latencies.addAll(result.get());
        }
        pool.shutdown();
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
