package org.vigie.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.NotFoundException;
import org.vigie.web.Validation;

/**
 * The rule packs serving now, one per regulator folder under {@code rules/}. A pack is swapped in
 * only when it compiles and passes its author cases; otherwise the last good one keeps serving and its status lists the
 * problems. Edits on disk are picked up by {@link #reloadChangedPacks()}.
 */
@Component
public class RulePacks {
    private static final Logger log = LoggerFactory.getLogger(RulePacks.class);

    private final Path directory;
    private final Map<String, RulePack> active = new ConcurrentHashMap<>();
    private final Map<String, PackStatus> statuses = new ConcurrentHashMap<>();

    public RulePacks(RulesSettings settings) {
        this.directory = settings.directory().toAbsolutePath().normalize();
        log.info("Loading rule packs from {}", directory);
        packFolders().forEach(this::load);
    }

    /** The serving pack of a regulator; a regulator without one is answered 503 with its problems. */
    public RulePack require(String regulator) {
        RulePack pack = active.get(regulator);
        if (pack == null && !statuses.containsKey(regulator)) {
            throw new NotFoundException("Ordre inconnu : « " + regulator + " ».");
        }
        if (pack == null) {
            throw new RulePackUnavailableException(regulator, status(regulator).map(PackStatus::problems).orElse(List.of()));
        }
        return pack;
    }

    /** The rule set and cycle a request body names. */
    public record RequestedCycle(RulePack pack, PackManifest.Cycle cycle) {
    }

    /** The serving pack and the cycle a request names, or a 400 naming the field at fault. */
    public RequestedCycle requireForRequest(String regulator, String cycleId) {
        new Validation()
                .require(regulator != null, "regulator", "L'ordre est obligatoire.")
                .require(regulator == null || statuses.containsKey(regulator), "regulator", "Ordre inconnu : « " + regulator + " ».")
                .require(cycleId != null, "cycleId", "Le cycle de référence est obligatoire.")
                .throwIfAny();
        RulePack pack = require(regulator);
        PackManifest.Cycle cycle = pack.cycle(cycleId).orElseThrow(() -> new InvalidRequestException("cycleId",
                "Cycle de référence inconnu : « " + cycleId + " ». Cycles : "
                        + pack.manifest().cycles().stream().map(PackManifest.Cycle::id).toList() + "."));
        return new RequestedCycle(pack, cycle);
    }

    public List<PackStatus> statuses() {
        return statuses.values().stream().sorted(Comparator.comparing(PackStatus::regulator)).toList();
    }

    public Optional<PackStatus> status(String regulator) {
        return Optional.ofNullable(statuses.get(regulator));
    }

    /** What validating a regulator's folder as it is on disk now gave: nothing is activated. */
    public record PackValidation(String regulator, String version, String hash, boolean valid, int cases, List<PackProblem> problems) {
    }

    /** Compiles the regulator's folder as it is now and runs its author cases, without activating anything. */
    public PackValidation validate(String regulator) {
        if (!statuses.containsKey(regulator)) {
            throw new NotFoundException("Ordre inconnu : « " + regulator + " ».");
        }
        Path folder = directory.resolve(regulator);
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

    @Scheduled(fixedDelayString = "${vigie.rules.reload-interval:250ms}", initialDelayString = "${vigie.rules.reload-interval:250ms}")
    public void reloadChangedPacks() {
        for (Path folder : packFolders()) {
            PackStatus status = statuses.get(folder.getFileName().toString());
            try {
                String hash = PackCompiler.hash(folder);
                if (status == null || !hash.equals(status.lastAttemptHash())) {
                    load(folder);
                }
            } catch (PackException e) {
                log.warn("Cannot read rule pack {}: {}", folder, e.getMessage());
            }
        }
    }

    /** Compiles a pack folder and activates it if it compiles; returns the resulting status. */
    public synchronized PackStatus load(Path folder) {
        String regulator = folder.getFileName().toString();
        PackStatus previous = statuses.get(regulator);
        Instant now = Instant.now();
        String hash;
        try {
            hash = PackCompiler.hash(folder);
        } catch (PackException e) {
            hash = null;
        }
        PackStatus status;
        try {
            RulePack pack = PackCompiler.compileAndTest(folder).pack();
            active.put(regulator, pack);
            status = new PackStatus(regulator, pack.version(), pack.hash(), now, pack.hash(), now, List.of());
            log.info("Rule pack {} version {} ({}) active", regulator, pack.version(), pack.hash());
        } catch (PackException e) {
            status = new PackStatus(regulator, previous == null ? null : previous.activeVersion(),
                    previous == null ? null : previous.activeHash(), previous == null ? null : previous.activatedAt(),
                    hash, now, e.problems());
            log.warn("Rule pack {} not activated, {} problem(s): {}", regulator, e.problems().size(), e.problems());
        }
        statuses.put(regulator, status);
        return status;
    }

    private List<Path> packFolders() {
        if (!Files.isDirectory(directory)) {
            log.warn("Rules directory {} does not exist: no regulator can be evaluated", directory);
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isDirectory)
                    .filter(dir -> Files.exists(dir.resolve(PackManifest.FILE)) || dirHasRules(dir))
                    .sorted().toList();
        } catch (IOException e) {
            log.warn("Cannot list {}: {}", directory, e.getMessage());
            return List.of();
        }
    }

    private static boolean dirHasRules(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".drl"));
        } catch (IOException e) {
            return false;
        }
    }
}
