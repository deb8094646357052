package org.vigie.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The rule folders the tests read: the repository's {@code rules/} ({@link #source()}), and a copy
 * that the service instances of the tests serve and may rewrite ({@link #workspace()}): activating a
 * version through the API writes its files into the regulator's folder, and the repository's must stay as committed.
 */
public final class TestRules {
    private static Path workspace;

    private TestRules() {
    }

    /** The repository's rules/ folder (set by Maven; ../rules from the service module otherwise). */
    public static Path source() {
        return Path.of(System.getProperty("vigie.rules.source", "../rules")).toAbsolutePath().normalize();
    }

    /** A copy of rules/ made once per test run; also set as {@code vigie.rules.directory} for the services the tests start. */
    public static synchronized Path workspace() {
        if (workspace == null) {
            try {
                workspace = Files.createTempDirectory("vigie-test-rules");
                copy(source(), workspace);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.setProperty("vigie.rules.directory", workspace.toString());
        }
        return workspace;
    }

    /** Copies a folder's files into another folder, creating what is missing. */
    public static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
