package org.vigie.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a request may leave behind: every table of the database, by MariaDB's CHECKSUM TABLE (an update shows as well as an
 * insert or a delete), and every file of some folders, by content.
 */
public final class Traces {
    /** A table's checksum or a file's hash, by name. */
    public record Snapshot(Map<String, String> tables, Map<String, String> files) {
    }

    private final JdbcClient jdbc;
    private final List<Path> folders;

    public Traces(JdbcClient jdbc, Path... folders) {
        this.jdbc = jdbc;
        this.folders = List.of(folders);
    }

    /**
     * Once what was set in motion before has died down (a fixture's mail relayed, a re-evaluation after an activation, the
     * rules folder's watcher): two snapshots a few reload intervals apart agree.
     */
    public Snapshot settled() {
        Snapshot last = now();
        for (int attempt = 0; attempt < 50; attempt++) {
            sleep();
            Snapshot next = now();
            if (next.equals(last)) {
                return next;
            }
            last = next;
        }
        throw new IllegalStateException("The database or the folders keep changing: " + changes(now(), last));
    }

    public Snapshot now() {
        List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                + " AND table_type = 'BASE TABLE'").query(String.class).list();
        Map<String, String> sums = new TreeMap<>();
        jdbc.sql("CHECKSUM TABLE " + String.join(", ", tables.stream().map(t -> "`" + t + "`").toList()))
                .query((rs, n) -> sums.put(rs.getString(1).substring(rs.getString(1).indexOf('.') + 1), rs.getString(2))).list();
        // CHECKSUM TABLE also reads a virtual generated column's bytes, which are not stable (clinic_employee's active_person_id
        // changed its sum with no write): such a table is summed over its stored columns instead
        Map<String, List<String>> stored = new TreeMap<>();
        jdbc.sql("SELECT table_name, column_name, extra FROM information_schema.columns WHERE table_schema = DATABASE()"
                        + " ORDER BY table_name, ordinal_position")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2) + "\u0000" + rs.getString(3))).list()
                .forEach(c -> stored.computeIfAbsent(c.getKey(), t -> new ArrayList<>()).add(c.getValue()));
        stored.forEach((table, columns) -> {
            if (sums.containsKey(table) && columns.stream().anyMatch(c -> c.toUpperCase().contains("VIRTUAL"))) {
                String kept = columns.stream().filter(c -> !c.toUpperCase().contains("GENERATED")).map(c -> "`" + c.substring(0, c.indexOf('\u0000')) + "`")
                        .reduce((a, b) -> a + ", " + b).orElseThrow();
                sums.put(table, jdbc.sql("SELECT CONCAT(COUNT(*), ':', COALESCE(BIT_XOR(CRC32(CONCAT_WS('|', " + kept + "))), 0)) FROM `" + table + "`")
                        .query(String.class).single());
            }
        });
        Map<String, String> files = new TreeMap<>();
        for (Path folder : folders) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> walk = Files.walk(folder)) {
                    walk.filter(Files::isRegularFile).forEach(f -> files.put(f.toString(), hash(f)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return new Snapshot(sums, files);
    }

    /** The tables and files that differ, each named once. */
    public static List<String> changes(Snapshot before, Snapshot after) {
        List<String> changed = new ArrayList<>();
        differing(before.tables(), after.tables()).forEach(t -> changed.add("table " + t));
        differing(before.files(), after.files()).forEach(f -> changed.add("file " + f));
        return changed;
    }

    private static TreeSet<String> differing(Map<String, String> before, Map<String, String> after) {
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        names.removeIf(name -> Objects.equals(before.get(name), after.get(name)));
        return names;
    }

    private static String hash(Path file) {
        try {
            return org.vigie.web.Sha256.hex(Files.readAllBytes(file));
        } catch (IOException e) {
            return "unreadable"; // being replaced right now: the next snapshot tells
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
