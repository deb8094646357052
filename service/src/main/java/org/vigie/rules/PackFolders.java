package org.vigie.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules directory on this instance's disk: one folder per regulator, the folders' listing, their
 * rewrite when a version is activated, and a private work folder where uploads are unpacked and
 * stored versions compiled.
 */
final class PackFolders {
    private static final Logger log = LoggerFactory.getLogger(PackFolders.class);

    private final Path directory;
    private final Path work;
    private final String editor;

    PackFolders(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
        this.editor = "dossier " + this.directory.getFileName() + " (" + hostName() + ")";
        try {
            this.work = Files.createTempDirectory("vigie-packs");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a working folder for rule packs", e);
        }
    }

    Path directory() {
        return directory;
    }

    Path of(String regulator) {
        return directory.resolve(regulator);
    }

    /** Where uploads are unpacked and stored versions compiled. */
    Path work() {
        return work;
    }

    /** Who a version saved in a folder is recorded as coming from: the folder and this instance's host. */
    String editor() {
        return editor;
    }

    /** The regulators' folders: those with a pack.yaml or a rule file, hidden ones (being written) left out. */
    List<Path> list() {
        if (!Files.isDirectory(directory)) {
            log.warn("Rules directory {} does not exist: only the versions recorded in the database serve", directory);
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isDirectory)
                    .filter(dir -> !dir.getFileName().toString().startsWith("."))
                    .filter(dir -> Files.exists(dir.resolve(PackManifest.FILE)) || hasRules(dir))
                    .sorted().toList();
        } catch (IOException e) {
            log.warn("Cannot list {}: {}", directory, e.getMessage());
            return List.of();
        }
    }

    /** Replaces the regulator's folder by the archive's files: unpacked beside it, then moved into place. */
    void write(String regulator, byte[] archive) {
        Path target = of(regulator);
        Path incoming = directory.resolve("." + regulator + ".incoming-" + UUID.randomUUID());
        Path replaced = directory.resolve("." + regulator + ".replaced-" + UUID.randomUUID());
        try {
            PackArchive.unzip(archive, incoming, PackArchive.Limits.DEFAULT);
            if (Files.exists(target)) {
                Files.move(target, replaced, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
            PackArchive.deleteRecursively(replaced);
        } catch (IOException | PackException e) {
            log.warn("Version activated, but the folder {} could not be rewritten: {}", target, e.getMessage());
            PackArchive.deleteRecursively(incoming);
        }
    }

    /** Compiles the regulator's folder as it is now and runs its author cases. */
    PackValidation validate(String regulator) {
        Path folder = of(regulator);
        try {
            var tested = PackCompiler.compileAndTest(folder);
            return new PackValidation(regulator, tested.pack().version(), tested.pack().hash(), true, tested.cases(), List.of());
        } catch (PackException e) {
            String hash = null;
            try {
                hash = PackCompiler.hash(folder);
            } catch (PackException unreadable) {
                // the problems already say what cannot be read
            }
            return new PackValidation(regulator, null, hash, false, 0, e.problems());
        }
    }

    private static boolean hasRules(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".drl"));
        } catch (IOException e) {
            return false;
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
