package org.vigie.bench;

import static org.vigie.bench.BenchHttp.HTTP;
import static org.vigie.bench.BenchHttp.percentile;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Staff booking throughput (issue 17): C clients POST bookings (POST /api/clinic/enterprises/{e}/appointments, a complete slot,
 * EMAIL and SMS, at least 5 days ahead so that both reminders are written) with the local administrator's session token, against a
 * baseline of the same number of transactions from the same number of threads through plain JDBC that take the same locks in the
 * same order (the professional's availability_lock row FOR UPDATE, the day's slots and their services, the reference counter row
 * after the appointment and audit rows, before the notice rows, as the service) and write the same rows (the appointment, its
 * reference number, the audit row, six notice rows), in 14 statements; and a compact baseline of the same locks and rows in the
 * statements the service uses since 2026-12-04 (10: READ COMMITTED, the counter answered by its UPDATE before the appointment's
 * INSERT that carries the reference, the notices in one INSERT). Each booking has a period
 * of its own (15 minutes in 06:00-22:00 slots), on N professionals taken in turn. Everything is set up through the API, as RAMQ and
 * a local administrator would. Usage: BookingBenchmark baseUrl jdbcUrl [bookings] [warmUp] [professionals,...] [clients,...]
 */
public final class BookingBenchmark {
    private static final String OPERATOR = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
    private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("CE300000:bench-password".getBytes(StandardCharsets.UTF_8));
    private static final ZoneId ZONE = ZoneId.of("America/Montreal");
    private static final int PERIODS_A_DAY = 64; // 15 minutes from 06:00 to 22:00
    private static final int PROFESSIONALS = 8;

    private final String base;
    private final String jdbcUrl;
    private final LocalDate first = LocalDate.now(ZONE).plusDays(5);
    private final List<Long> professionals = new ArrayList<>();
    private final List<Long> services = new ArrayList<>();
    private final AtomicInteger[] next = new AtomicInteger[PROFESSIONALS];
    private long enterprise;
    private long location;
    private String token;

    private BookingBenchmark(String base, String jdbcUrl) {
        this.base = base;
        this.jdbcUrl = jdbcUrl;
        Arrays.setAll(next, i -> new AtomicInteger());
    }

    public static void main(String[] args) throws Exception {
        int bookings = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        int[] counts = Arrays.stream((args.length > 4 ? args[4] : "8,1").split(",")).mapToInt(Integer::parseInt).toArray();
        int[] clients = Arrays.stream((args.length > 5 ? args[5] : "8,16").split(",")).mapToInt(Integer::parseInt).toArray();
        BookingBenchmark bench = new BookingBenchmark(args[0], args[1]);
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("com.zaxxer.hikari")).setLevel(ch.qos.logback.classic.Level.WARN);
        int[] days = new int[PROFESSIONALS];
        for (int p = 0; p < PROFESSIONALS; p++) {
            int periods = 1;
            for (int n : counts) {
                periods += p < n ? clients.length * 3 * (warmUp + bookings) / n + 1 : 0; // the service, the JDBC and the compact JDBC runs
            }
            days[p] = periods / PERIODS_A_DAY + 1;
        }
        long t = System.nanoTime();
        bench.setUp(days);
        System.out.printf(Locale.ROOT, "set up through the API in %.1f s: %d professionals, slots 06:00-22:00 on %d days from %s (%d for most)%n",
                (System.nanoTime() - t) / 1e9, PROFESSIONALS, days[0], bench.first, days[PROFESSIONALS - 1]);
        bench.statements();
        int written = 1;
        System.out.println("load average before the runs: " + loadAverage());
        for (int n : counts) {
            for (int c : clients) {
                bench.http(n, c, warmUp); // warm-up: the service's JIT, pools and caches, and the database's buffer pool
                bench.jdbc(n, c, warmUp);
                bench.compact(n, c, warmUp);
                long cpu = bench.serviceCpu();
                double[] service = bench.http(n, c, bookings);
                double serviceCpu = (bench.serviceCpu() - cpu) / 1e6 / bookings;
                cpu = ownCpu();
                double[] baseline = bench.jdbc(n, c, bookings);
                double jdbcCpu = (ownCpu() - cpu) / 1e6 / bookings;
                cpu = ownCpu();
                double[] compact = bench.compact(n, c, bookings);
                double compactCpu = (ownCpu() - cpu) / 1e6 / bookings;
                written += 3 * (warmUp + bookings);
                System.out.printf(Locale.ROOT, "%d professional(s), %2d clients: service %6.1f bookings/s (p50 %6.1f ms, p99 %6.1f ms),"
                                + " JDBC %6.1f/s (p50 %5.1f ms, p99 %5.1f ms), ratio %.2f%n", n, c, service[0], service[1], service[2],
                        baseline[0], baseline[1], baseline[2], service[0] / baseline[0]);
                System.out.printf(Locale.ROOT, "    CPU per booking: the service's JVM %.2f ms; the JDBC clients' JVM %.2f ms%n", serviceCpu, jdbcCpu);
                System.out.printf(Locale.ROOT, "    compact JDBC (the service's statements since 2026-12-04) %6.1f/s (p50 %5.1f ms, p99 %5.1f ms),"
                        + " CPU %.2f ms, ratio %.2f%n", compact[0], compact[1], compact[2], compactCpu, service[0] / compact[0]);
            }
        }
        System.out.println("load average after the runs: " + loadAverage());
        bench.verify(written);
    }

    private void setUp(int[] days) throws Exception {
        call(OPERATOR, "POST", "/api/clinic/ramq-persons", Map.of("ramqId", "CE300000", "firstName", "Julie", "lastName", "Tremblay",
                "onlineServices", true, "password", "bench-password"), 201);
        JsonNode created = call(OPERATOR, "POST", "/api/clinic/enterprises", Map.of("name", "Clinique du Plateau", "gmf", false,
                "localAdmins", List.of("CE300000"), "locations", List.of(Map.of("name", "Plateau", "civicNumber", "1000",
                        "street", "rue Sherbrooke Est", "city", "Montréal", "province", "QC", "postalCode", "H2L 1L3", "phone", "514-555-0100"))), 201);
        enterprise = created.get("id").asLong();
        location = created.get("locations").get(0).get("id").asLong();
        String e = "/api/clinic/enterprises/" + enterprise;
        for (int i = 0; i < PROFESSIONALS; i++) {
            String practice = "3" + String.format("%05d", i);
            call(OPERATOR, "POST", "/api/clinic/ramq-persons", Map.of("ramqId", "IP3" + String.format("%05d", i), "firstName", "Médecin",
                    "lastName", "N" + i, "practiceNumber", practice, "onlineServices", true, "password", "bench-password"), 201);
            long id = call(ADMIN, "POST", e + "/employees", Map.of("identifier", practice, "workLocations", List.of(location)), 201).get("id").asLong();
            professionals.add(id);
            long service = call(ADMIN, "POST", e + "/professionals/" + id + "/services", Map.of("appointmentType", "MF",
                    "reason", "MINOR_EMERGENCY", "durationMinutes", 15), 201).get("id").asLong();
            services.add(service);
            for (int d = 0; d < days[i]; d++) {
                call(ADMIN, "POST", e + "/professionals/" + id + "/slots", Map.of("date", first.plusDays(d).toString(), "startTime", "06:00",
                        "endTime", "22:00", "locationId", location, "serviceIds", List.of(service), "visibility", "PRIVATE"), 201);
            }
        }
        token = "Bearer " + call(ADMIN, "POST", "/api/clinic/sessions", Map.of("enterpriseId", enterprise), 201).get("token").asText();
    }

    /** The statements of one booking over HTTP, from MariaDB's general log (on for this one booking), on the service's connections. */
    private void statements() throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "root", ""); Statement s = c.createStatement()) {
            List<Long> threads = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT ID FROM information_schema.PROCESSLIST WHERE DB = DATABASE() AND ID <> CONNECTION_ID()")) {
                while (r.next()) {
                    threads.add(r.getLong(1));
                }
            }
            String output;
            try (ResultSet r = s.executeQuery("SELECT @@global.log_output")) {
                r.next();
                output = r.getString(1);
            }
            Timestamp from;
            try (ResultSet r = s.executeQuery("SELECT NOW(6)")) {
                r.next();
                from = r.getTimestamp(1);
            }
            s.execute("SET GLOBAL log_output = 'TABLE'");
            s.execute("SET GLOBAL general_log = 'ON'");
            try {
                book(0);
            } finally {
                s.execute("SET GLOBAL general_log = 'OFF'");
                s.execute("SET GLOBAL log_output = '" + output + "'");
            }
            String in = threads.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("0");
            try (PreparedStatement p = c.prepareStatement("SELECT command_type, CONVERT(argument USING utf8mb4) FROM mysql.general_log"
                    + " WHERE thread_id IN (" + in + ") AND event_time >= ? ORDER BY event_time")) {
                p.setTimestamp(1, from);
                try (ResultSet r = p.executeQuery()) {
                    int n = 0;
                    System.out.println("== the statements of one booking (general log, the service's connections)");
                    while (r.next()) {
                        String sql = r.getString(2).replaceAll("\\s+", " ");
                        System.out.printf(Locale.ROOT, "%2d %s %s%n", ++n, r.getString(1), sql.length() > 150 ? sql.substring(0, 150) + " …" : sql);
                    }
                }
            }
            s.execute("TRUNCATE TABLE mysql.general_log");
        }
    }

    /** C clients book {@code count} periods over HTTP; bookings/s, p50 and p99 in ms. */
    private double[] http(int n, int clients, int count) throws Exception {
        return run(clients, count, i -> book(i % n));
    }

    private double[] jdbc(int n, int clients, int count) throws Exception {
        return jdbc(n, clients, count, false);
    }

    private double[] compact(int n, int clients, int count) throws Exception {
        return jdbc(n, clients, count, true);
    }

    private double[] jdbc(int n, int clients, int count, boolean compact) throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername("root");
        config.setPassword("");
        config.setMaximumPoolSize(clients);
        config.setAutoCommit(false);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            return run(clients, count, i -> {
                if (compact) {
                    compact(pool, i % n);
                } else {
                    raw(pool, i % n);
                }
            });
        }
    }

    private interface Work {
        void run(int i) throws Exception;
    }

    private static double[] run(int clients, int count, Work work) throws Exception {
        long[] latencies = new long[count];
        AtomicInteger counter = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            done.add(threads.submit(() -> {
                for (int i = counter.getAndIncrement(); i < count; i = counter.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    work.run(i);
                    latencies[i] = System.nanoTime() - t0;
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        threads.shutdown();
        Arrays.sort(latencies);
        return new double[] {count / seconds, percentile(latencies, 50), percentile(latencies, 99)};
    }

    private LocalDate date(int period) {
        return first.plusDays(period / PERIODS_A_DAY);
    }

    private static LocalTime time(int period) {
        return LocalTime.of(6, 0).plusMinutes(15L * (period % PERIODS_A_DAY));
    }

    private void book(int professional) throws Exception {
        int period = next[professional].getAndIncrement();
        Map<String, Object> body = Map.of("professionalId", professionals.get(professional), "date", date(period).toString(),
                "time", time(period).toString(), "serviceId", services.get(professional),
                "patient", Map.of("firstName", "Julie", "lastName", "Tremblay", "sex", "F", "dateOfBirth", "1985-03-15"),
                "mobilePhone", "514-555-0142", "email", "julie@example.org", "channels", List.of("EMAIL", "SMS"), "language", "FR",
                "reasonCode", "MINOR_EMERGENCY");
        call(token, "POST", "/api/clinic/enterprises/" + enterprise + "/appointments", body, 201);
    }

    /** The baseline: the booking's locks in its order and its rows, nothing else (REPEATABLE READ, the server's default, as the service). */
    private void raw(HikariDataSource pool, int professional) throws Exception {
        int period = next[professional].getAndIncrement();
        long pro = professionals.get(professional);
        LocalDate date = date(period);
        LocalTime time = time(period);
        Instant starts = date.atTime(time).atZone(ZONE).toInstant();
        Instant ends = starts.plus(Duration.ofMinutes(15));
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = pool.getConnection()) {
            try {
                lockAgendaAndReadDay(c, pro, date);
                long id;
                try (PreparedStatement p = c.prepareStatement("INSERT INTO clinic_appointment (enterprise_id, location_id, professional_id,"
                        + " service_id, local_date, local_start, duration_minutes, starts_at, ends_at, status, attendance, patient_first_name,"
                        + " patient_last_name, patient_sex, patient_birth_date, mobile_phone, email, notify_email, notify_sms, notify_call,"
                        + " language, reason_code, appointment_type, author_kind, author_name, created_at, name_hidden) VALUES (?, ?, ?, ?, ?,"
                        + " ?, 15, ?, ?, 'ACTIVE', 'UNCONFIRMED', 'Julie', 'Tremblay', 'F', '1985-03-15', '514-555-0142', 'julie@example.org',"
                        + " TRUE, TRUE, FALSE, 'FR', 'MINOR_EMERGENCY', 'MF', 'EMPLOYEE', 'Julie Tremblay', ?, FALSE)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    p.setLong(1, enterprise);
                    p.setLong(2, location);
                    p.setLong(3, pro);
                    p.setLong(4, services.get(professional));
                    p.setObject(5, date);
                    p.setObject(6, time);
                    p.setTimestamp(7, Timestamp.from(starts));
                    p.setTimestamp(8, Timestamp.from(ends));
                    p.setTimestamp(9, now);
                    p.executeUpdate();
                    try (ResultSet keys = p.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                audit(c, enterprise, id, pro, location, starts, now);
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE appointment_reference SET last_value = last_value + 1 WHERE name = 'appointment'");
                    long reference;
                    try (ResultSet r = s.executeQuery("SELECT last_value FROM appointment_reference WHERE name = 'appointment'")) {
                        r.next();
                        reference = r.getLong(1);
                    }
                    s.executeUpdate("UPDATE clinic_appointment SET reference_number = '" + String.format("%010d", reference) + "' WHERE id = " + id);
                }
                try (PreparedStatement p = c.prepareStatement("INSERT INTO appointment_notice (appointment_id, enterprise_id, kind, channel,"
                        + " language, recipient, subject, body, due_at, expires_at, status, attempts, next_attempt_at, created_at)"
                        + " VALUES (?, ?, ?, ?, 'FR', ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)")) {
                    for (String kind : List.of("CONFIRMATION", "REMINDER_3D", "REMINDER_1D")) {
                        Instant due = kind.equals("CONFIRMATION") ? now.toInstant()
                                : date.minusDays(kind.equals("REMINDER_3D") ? 3 : 1).atTime(18, 0).atZone(ZONE).toInstant();
                        for (String channel : List.of("EMAIL", "SMS")) {
                            p.setLong(1, id);
                            p.setLong(2, enterprise);
                            p.setString(3, kind);
                            p.setString(4, channel);
                            p.setString(5, channel.equals("EMAIL") ? "julie@example.org" : "+15145550142");
                            p.setString(6, channel.equals("EMAIL") ? "Rendez-vous du " + date + " à " + time : null);
                            p.setString(7, "Rendez-vous avec Médecin N" + professional + " le " + date + " à " + time
                                    + ", Clinique du Plateau, 1000 rue Sherbrooke Est, Montréal. Pour annuler : répondez ANNULER.");
                            p.setTimestamp(8, Timestamp.from(due));
                            p.setTimestamp(9, Timestamp.from(starts));
                            p.setTimestamp(10, Timestamp.from(due));
                            p.setTimestamp(11, now);
                            p.executeUpdate();
                        }
                    }
                }
                c.commit();
            } catch (Exception e) {
                c.rollback();
                throw e;
            }
        }
    }

    /**
     * The baseline in the statements the service uses since 2026-12-04 (10): READ COMMITTED for this transaction, the agenda lock,
     * the day's slots, the counter incremented and answered in one UPDATE (LAST_INSERT_ID) before the appointment's INSERT that
     * carries the reference, the audit row and the six notices in one INSERT; the same locks and rows as {@link #raw}.
     */
    private void compact(HikariDataSource pool, int professional) throws Exception {
        int period = next[professional].getAndIncrement();
        long pro = professionals.get(professional);
        LocalDate date = date(period);
        LocalTime time = time(period);
        Instant starts = date.atTime(time).atZone(ZONE).toInstant();
        Instant ends = starts.plus(Duration.ofMinutes(15));
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = pool.getConnection()) {
            try {
                try (Statement s = c.createStatement()) {
                    s.execute("SET TRANSACTION ISOLATION LEVEL READ COMMITTED");
                }
                lockAgendaAndReadDay(c, pro, date);
                String reference;
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE appointment_reference SET last_value = LAST_INSERT_ID(last_value + 1) WHERE name = 'appointment'",
                            Statement.RETURN_GENERATED_KEYS);
                    try (ResultSet keys = s.getGeneratedKeys()) {
                        keys.next();
                        reference = String.format("%010d", keys.getLong(1));
                    }
                }
                long id;
                try (PreparedStatement p = c.prepareStatement("INSERT INTO clinic_appointment (reference_number, enterprise_id, location_id,"
                        + " professional_id, service_id, local_date, local_start, duration_minutes, starts_at, ends_at, status, attendance,"
                        + " patient_first_name, patient_last_name, patient_sex, patient_birth_date, mobile_phone, email, notify_email, notify_sms,"
                        + " notify_call, language, reason_code, appointment_type, author_kind, author_name, created_at, name_hidden) VALUES (?,"
                        + " ?, ?, ?, ?, ?, ?, 15, ?, ?, 'ACTIVE', 'UNCONFIRMED', 'Julie', 'Tremblay', 'F', '1985-03-15', '514-555-0142',"
                        + " 'julie@example.org', TRUE, TRUE, FALSE, 'FR', 'MINOR_EMERGENCY', 'MF', 'EMPLOYEE', 'Julie Tremblay', ?, FALSE)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    p.setString(1, reference);
                    p.setLong(2, enterprise);
                    p.setLong(3, location);
                    p.setLong(4, pro);
                    p.setLong(5, services.get(professional));
                    p.setObject(6, date);
                    p.setObject(7, time);
                    p.setTimestamp(8, Timestamp.from(starts));
                    p.setTimestamp(9, Timestamp.from(ends));
                    p.setTimestamp(10, now);
                    p.executeUpdate();
                    try (ResultSet keys = p.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                audit(c, enterprise, id, pro, location, starts, now);
                try (PreparedStatement p = c.prepareStatement("INSERT INTO appointment_notice (appointment_id, enterprise_id, kind, channel,"
                        + " language, recipient, subject, body, due_at, expires_at, status, attempts, next_attempt_at, created_at) VALUES "
                        + String.join(", ", java.util.Collections.nCopies(6, "(?, ?, ?, ?, 'FR', ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)")))) {
                    int k = 0;
                    for (String kind : List.of("CONFIRMATION", "REMINDER_3D", "REMINDER_1D")) {
                        Instant due = kind.equals("CONFIRMATION") ? now.toInstant()
                                : date.minusDays(kind.equals("REMINDER_3D") ? 3 : 1).atTime(18, 0).atZone(ZONE).toInstant();
                        for (String channel : List.of("EMAIL", "SMS")) {
                            p.setLong(++k, id);
                            p.setLong(++k, enterprise);
                            p.setString(++k, kind);
                            p.setString(++k, channel);
                            p.setString(++k, channel.equals("EMAIL") ? "julie@example.org" : "+15145550142");
                            p.setString(++k, channel.equals("EMAIL") ? "Rendez-vous du " + date + " à " + time : null);
                            p.setString(++k, "Rendez-vous avec Médecin N" + professional + " le " + date + " à " + time
                                    + ", Clinique du Plateau, 1000 rue Sherbrooke Est, Montréal. Pour annuler : répondez ANNULER.");
                            p.setTimestamp(++k, Timestamp.from(due));
                            p.setTimestamp(++k, Timestamp.from(starts));
                            p.setTimestamp(++k, Timestamp.from(due));
                            p.setTimestamp(++k, now);
                        }
                    }
                    p.executeUpdate();
                }
                c.commit();
            } catch (Exception e) {
                c.rollback();
                throw e;
            }
        }
    }

    private void verify(int expected) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "root", ""); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT reference_number), SUM(reference_number IS NULL),"
                     + " MIN(reference_number), MAX(reference_number), (SELECT COUNT(*) FROM appointment_notice),"
                     + " (SELECT COUNT(*) FROM clinic_audit WHERE action = 'appointment.book') FROM clinic_appointment")) {
            r.next();
            System.out.printf(Locale.ROOT, "rows: %d appointments (%d booked), %d distinct reference numbers (%s to %s), %d without one,"
                            + " %d notice rows, %d audit rows%n", r.getLong(1), expected, r.getLong(2), r.getString(4), r.getString(5),
                    r.getLong(3), r.getLong(6), r.getLong(7));
            if (r.getLong(1) != expected || r.getLong(2) != expected) {
                throw new IllegalStateException("the rows do not match the bookings");
            }
        }
    }

    /** The service JVM's CPU time (ns) from its Prometheus endpoint (the service administrator's login). */
    private long serviceCpu() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus")).header("Authorization", OPERATOR)
                .build(), HttpResponse.BodyHandlers.ofString());
        return r.body().lines().filter(l -> l.startsWith("process_cpu_time_ns_total")).map(l -> (long) Double.parseDouble(l.split(" ")[1]))
                .findFirst().orElse(0L);
    }

    private static long ownCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String loadAverage() throws Exception {
        return String.join(" ", Arrays.copyOf(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" "), 3));
    }

    private JsonNode call(String auth, String method, String path, Object body, int expected) throws Exception {
        return BenchHttp.call(base, auth, method, path, body, expected);
    }

    /** The audit row a booking writes, as the service writes it. */
    private static void audit(Connection c, long enterprise, long id, long pro, long location, Instant starts, Timestamp now)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO clinic_audit (enterprise_id, actor, action, target, details, at)"
                + " VALUES (?, 'CE300000', 'appointment.book', ?, ?, ?)")) {
            p.setLong(1, enterprise);
            p.setString(2, "appointment:" + id);
            p.setString(3, "professional=" + pro + "; location=" + location + "; start=" + starts + "; minutes=15");
            p.setTimestamp(4, now);
            p.executeUpdate();
        }
    }

    /** What both baselines do first, as the service does: the professional's agenda lock, then the day's slots under it. */
    private void lockAgendaAndReadDay(Connection c, long pro, LocalDate date) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO availability_lock (professional_id) VALUES (?)"
                + " ON DUPLICATE KEY UPDATE professional_id = professional_id")) {
            p.setLong(1, pro);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("SELECT professional_id FROM availability_lock WHERE professional_id = ? FOR UPDATE")) {
            p.setLong(1, pro);
            p.executeQuery().close();
        }
        try (PreparedStatement p = c.prepareStatement("SELECT s.id, s.professional_id, s.location_id, s.local_date, s.local_start,"
                + " s.local_end, s.starts_at, s.ends_at, s.visibility, s.publish_from, x.service_id FROM availability_slot s"
                + " LEFT JOIN availability_slot_service x ON x.slot_id = s.id WHERE s.professional_id = ? AND s.enterprise_id = ?"
                + " AND s.local_date BETWEEN ? AND ? ORDER BY s.local_date, s.local_start, s.id")) {
            p.setLong(1, pro);
            p.setLong(2, enterprise);
            p.setObject(3, date);
            p.setObject(4, date);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("no slot on " + date);
                }
            }
        }
    }
}
