package org.vigie.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A pack folder as one ZIP, the form in which packs are uploaded and kept in the database. Reading
 * an archive is bounded (entries, bytes) and never writes outside the target folder: an entry named
 * {@code ../x} or {@code /etc/x} is refused, not skipped, so the author learns the archive is wrong.
 */
public final class PackArchive {
    /** Bounds of an uploaded pack: a rule pack is a handful of small text files. */
    public record Limits(int maxEntries, long maxTotalBytes) {
        public static final Limits DEFAULT = new Limits(200, 5L * 1024 * 1024);
    }

    private PackArchive() {
    }

    /** Every regular file of the folder, with paths relative to it, in a stable order. */
    public static byte[] zip(Path folder) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                ZipEntry entry = new ZipEntry(folder.relativize(file).toString().replace('\\', '/'));
                entry.setTime(0); // the same files give the same bytes
                zip.putNextEntry(entry);
                Files.copy(file, zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new PackException(new PackProblem(".", 0, 0, "cannot archive the pack: " + e.getMessage()));
        }
        return bytes.toByteArray();
    }

    /**
     * Writes the archive's files into {@code target} (created, expected empty). When every entry
     * sits under one top folder that holds the {@code pack.yaml} (a zipped {@code otpq/} folder), that folder is the pack.
     */
    public static void unzip(byte[] archive, Path target, Limits limits) {
        Map<String, byte[]> files = read(archive, limits);
        String prefix = commonTopFolder(files.keySet());
        try {
            Files.createDirectories(target);
            Path root = target.toAbsolutePath().normalize();
            for (var file : files.entrySet()) {
                Path destination = root.resolve(file.getKey().substring(prefix.length())).normalize();
                if (!destination.startsWith(root) || destination.equals(root)) {
                    throw new PackException(new PackProblem(file.getKey(), 0, 0, "this entry would be written outside the pack's folder"));
                }
                Files.createDirectories(destination.getParent());
                Files.write(destination, file.getValue());
            }
        } catch (IOException e) {
            throw new PackException(new PackProblem(".", 0, 0, "cannot unpack the archive: " + e.getMessage()));
        }
    }

    private static Map<String, byte[]> read(byte[] archive, Limits limits) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<PackProblem> problems = new ArrayList<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName().replace('\\', '/');
                if (entry.isDirectory()) {
                    continue;
                }
                if (files.size() >= limits.maxEntries()) {
                    throw new PackException(new PackProblem(".", 0, 0, "more than " + limits.maxEntries() + " files in the archive"));
                }
                if (name.startsWith("/") || name.matches("^[A-Za-z]:.*") || List.of(name.split("/")).contains("..")) {
                    problems.add(new PackProblem(name, 0, 0, "this entry would be written outside the pack's folder"));
                    continue;
                }
                byte[] content = readBounded(zip, limits.maxTotalBytes() - total);
                if (content == null) {
                    throw new PackException(new PackProblem(name, 0, 0,
                            "the unpacked pack is larger than " + limits.maxTotalBytes() / 1024 + " KiB"));
                }
                total += content.length;
                files.put(name, content);
            }
        } catch (ZipException e) {
            throw new PackException(new PackProblem(".", 0, 0, "not a ZIP archive: " + e.getMessage()));
        } catch (IOException e) {
            throw new PackException(new PackProblem(".", 0, 0, "cannot read the archive: " + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new PackException(problems);
        }
        if (files.isEmpty()) {
            throw new PackException(new PackProblem(".", 0, 0, "not a ZIP archive of a pack folder (no file in it)"));
        }
        return files;
    }

    /** The bytes of the current entry, or null when there are more than {@code budget}. */
    private static byte[] readBounded(InputStream in, long budget) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long read = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            read += n;
            if (read > budget) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static String commonTopFolder(java.util.Set<String> names) {
        if (names.contains(PackManifest.FILE)) {
            return "";
        }
        String first = names.iterator().next();
        int slash = first.indexOf('/');
        if (slash < 0) {
            return "";
        }
        String top = first.substring(0, slash + 1);
        return names.stream().allMatch(n -> n.startsWith(top)) && names.contains(top + PackManifest.FILE) ? top : "";
    }

    /** Deletes a folder and everything in it; quiet when it does not exist. */
    static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new PackException(new PackProblem(".", 0, 0, "cannot delete " + folder + ": " + e.getMessage()));
        }
    }
}
