package org.vigie.rules;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.NotFoundException;
import org.vigie.web.Texts;
import org.vigie.web.Validation;

/**
 * The rule packs serving now, one per regulator, and how a new one becomes active.
 * <ul>
 * <li>A rule author saves a pack folder under {@code rules/}: {@link #reloadChangedPacks()} compiles
 * it and runs its author cases; if both pass, it is stored in the {@link PackLedger} and activated.</li>
 * <li>Regulator staff upload a pack as a ZIP ({@link PackVersions#upload}): it is stored as a candidate, with its
 * problems if any; once its impact is known, someone {@link PackVersions#activate}s it (or an older version, to roll back).</li>
 * <li>Every instance follows the ledger's active version, so all of them serve the same one. A folder
 * whose content is a version already stored is not an edit (a folder behind the others, one rewritten
 * by an activation): it is never activated by being saved; roll back through {@link PackVersions#activate} instead.</li>
 * </ul>
 * A pack that does not compile or fails its cases never serves: the last good one keeps serving
 * and the status lists the problems. Packs are immutable, so requests in flight finish on the one they started with.
 */
@Component
public class RulePacks {
    private static final Logger log = LoggerFactory.getLogger(RulePacks.class);
    private final PackFolders folders;
    private final CompiledVersions compiled;
    private final PackLedger ledger;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<String, RulePack> active = new ConcurrentHashMap<>();
    private final Map<String, PackStatus> statuses = new ConcurrentHashMap<>();
    /** The folder content last seen per regulator, so that only an edit is compiled. */
    private final Map<String, String> folderHashes = new ConcurrentHashMap<>();
    /** Activations made while the service starts, announced once every listener is ready. */
    private final List<RuleSetActivated> startupActivations = new java.util.ArrayList<>();
    private volatile boolean started;
    /** Where uploads are unpacked and stored versions compiled. */
    Path workDirectory() {
        return folders.work();
    }

    /** Remembers what a folder holds now, so that its rewrite by an activation is not taken for an edit. */
    void folderWritten(String regulator, String hash) {
        folderHashes.put(regulator, hash);
    }

    void remember(String regulator, String hash, RulePack pack) {
        compiled.remember(regulator, hash, pack);
    }

    /** A lone instance with no database (the command line, unit tests). */
    public RulePacks(RulesSettings settings) {
        this(settings, new InMemoryPackLedger(Clock.systemUTC()), event -> { }, Clock.systemUTC());
    }

    @Autowired
    public RulePacks(RulesSettings settings, PackLedger ledger, ApplicationEventPublisher events, Clock clock) {
        this.folders = new PackFolders(settings.directory());
        this.compiled = new CompiledVersions(ledger, folders.work());
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
        log.info("Loading rule packs from {}", folders.directory());
        folders.list().forEach(this::loadFolder);
        followLedger();
    }

    /** The serving pack of a regulator; a regulator without one is answered 503 with its problems. */
    public RulePack require(String regulator) {
        RulePack pack = active.get(regulator);
        if (pack == null && !statuses.containsKey(regulator)) {
            throw new NotFoundException(Texts.of("rules.regulator.unknown", "regulator", regulator));
        }
        if (pack == null) {
            throw new RulePackUnavailableException(regulator, status(regulator).map(PackStatus::problems).orElse(List.of()));
        }
        return pack;
    }

    /** The serving pack of a regulator whose rules are of this kind (hours, pathway); 404 for a regulator of another kind. */
    public RulePack require(String regulator, String kind) {
        RulePack pack = require(regulator);
        if (!pack.manifest().isKind(kind)) {
            throw new NotFoundException(Texts.of(PackManifest.PATHWAY.equals(kind) ? "rules.regulator.noPathway" : "rules.regulator.noHours",
                    "regulator", regulator));
        }
        return pack;
    }

    /** The rule set and cycle a request body names. */
    public record RequestedCycle(RulePack pack, PackManifest.Cycle cycle) {
    }

    /** The serving pack and the cycle a request names, or a 400 naming the field at fault. */
    public RequestedCycle requireForRequest(String regulator, String cycleId, String kind) {
        new Validation()
                .require(regulator != null, "regulator", Texts.of("rules.request.regulatorRequired"))
                .require(regulator == null || statuses.containsKey(regulator), "regulator",
                        Texts.of("rules.regulator.unknown", "regulator", regulator))
                .require(cycleId != null, "cycleId", Texts.of("rules.request.cycleRequired"))
                .throwIfAny();
        RulePack pack = require(regulator);
        if (!pack.manifest().isKind(kind)) {
            throw new InvalidRequestException("regulator", Texts.of("rules.request.otherKind",
                    Map.of("regulator", regulator, "kind", String.valueOf(pack.manifest().kind()))));
        }
        PackManifest.Cycle cycle = pack.cycle(cycleId).orElseThrow(() -> new InvalidRequestException("cycleId",
                Texts.of("rules.request.unknownCycle", Map.of("cycle", cycleId,
                        "cycles", pack.manifest().cycles().stream().map(PackManifest.Cycle::id).toList().toString()))));
        return new RequestedCycle(pack, cycle);
    }

    public List<PackStatus> statuses() {
        return statuses.values().stream().sorted(Comparator.comparing(PackStatus::regulator)).toList();
    }

    public Optional<PackStatus> status(String regulator) {
        return Optional.ofNullable(statuses.get(regulator));
    }

    /** What validating a regulator's folder as it is on disk now gave: nothing is activated. */
    /** Compiles the regulator's folder as it is now and runs its author cases, without activating anything. */
    public PackValidation validate(String regulator) {
        requireKnown(regulator);
        return folders.validate(regulator);
    }

    // --- Following the folders and the ledger ---

    @Scheduled(fixedDelayString = "${vigie.rules.reload-interval:250ms}", initialDelayString = "${vigie.rules.reload-interval:250ms}")
    public synchronized void reloadChangedPacks() {
        for (Path folder : folders.list()) {
            String regulator = folder.getFileName().toString();
            try {
                String hash = PackCompiler.hash(folder);
                if (!hash.equals(folderHashes.get(regulator))) {
                    loadFolder(folder);
                }
            } catch (PackException e) {
                log.warn("Cannot read rule pack {}: {}", folder, e.getMessage());
            }
        }
        followLedger();
    }

    /**
     * Compiles a pack folder and, if it compiles and passes its author cases, stores and activates it.
     * A folder holding a version the ledger has already stored is not an edit: the ledger's active version serves.
     */
    private synchronized void loadFolder(Path folder) {
        String regulator = folder.getFileName().toString();
        PackStatus previous = statuses.get(regulator);
        Instant now = clock.instant();
        String hash;
        try {
            hash = PackCompiler.hash(folder);
        } catch (PackException e) {
            hash = null;
        }
        folderHashes.put(regulator, hash == null ? "" : hash);
        RulePack serving = active.get(regulator);
        if (hash != null && serving != null && serving.hash().equals(hash)) {
            // the folder is back to the version serving: the problems of the edit it replaced no longer describe it
            statuses.put(regulator, new PackStatus(regulator, serving.version(), serving.hash(),
                    previous == null ? now : previous.activatedAt(), hash, now, List.of()));
            return;
        }
        Optional<PackLedger.StoredVersion> known = hash == null ? Optional.empty() : knownVersion(regulator, hash);
        if (known.isPresent()) {
            // not an edit: a copy of a version already seen (a folder behind the others, or rewritten by an activation)
            log.info("Rule folder {} holds version {} already seen; the active version recorded in the database serves", folder, hash);
            statuses.put(regulator, PackStatus.afterAttempt(regulator, previous, hash, now,
                    known.get().valid() ? List.of() : known.get().problems()));
            return;
        }
        try {
            var tested = PackCompiler.compileAndTest(folder);
            RulePack pack = tested.pack();
            PackLedger.StoredVersion stored = ledger.store(regulator, pack.version(), pack.hash(), PackArchive.zip(folder),
                    PackLedger.SOURCE_FOLDER, folders.editor(), true, tested.cases(), List.of());
            Optional<PackLedger.Activation> activation = ledger.activate(stored, folders.editor(), () -> { });
            swapIn(pack, activation.map(PackLedger.Activation::activatedAt).orElse(now));
            activation.ifPresent(a -> announce(new RuleSetActivated(a.id(), regulator, a.version(), a.hash(), folders.editor())));
            RuleMetrics.reloaded(regulator, "activated");
        } catch (PackException e) {
            statuses.put(regulator, PackStatus.afterAttempt(regulator, previous, hash, now, e.problems()));
            log.warn("Rule pack {} not activated, {} problem(s): {}", regulator, e.problems().size(), e.problems());
            RuleMetrics.reloaded(regulator, "refused");
        } catch (DataAccessException e) {
            statuses.put(regulator, PackStatus.afterAttempt(regulator, previous, hash, now,
                    List.of(new PackProblem(".", 0, 0, "the database could not record this version; it will be tried again: "
                            + e.getMostSpecificCause().getMessage()))));
            folderHashes.remove(regulator);
            log.warn("Rule pack {} compiled but could not be recorded: {}", regulator, e.getMessage());
            RuleMetrics.reloaded(regulator, "unrecorded");
        }
    }

    synchronized void announce(RuleSetActivated activation) {
        if (started) {
            events.publishEvent(activation);
        } else {
            startupActivations.add(activation);
        }
    }

    /** The activations made at start-up (a folder edited while the service was down) reach their listeners now. */
    @EventListener(ApplicationReadyEvent.class)
    public synchronized void announceStartupActivations() {
        started = true;
        startupActivations.forEach(events::publishEvent);
        startupActivations.clear();
    }

    private Optional<PackLedger.StoredVersion> knownVersion(String regulator, String hash) {
        try {
            return ledger.versionByHash(regulator, hash);
        } catch (DataAccessException e) {
            return Optional.empty();
        }
    }

    /** Swaps in, on this instance, whatever version another instance (or an activation here) made active. */
    private void followLedger() {
        Map<String, PackLedger.Active> recorded;
        try {
            recorded = ledger.active();
        } catch (DataAccessException e) {
            log.warn("Cannot read the active rule versions; the packs serving now keep serving: {}", e.getMessage());
            return;
        }
        for (PackLedger.Active target : recorded.values()) {
            RulePack serving = active.get(target.regulator());
            if (serving != null && serving.hash().equals(target.hash())) {
                continue;
            }
            try {
                RulePack pack = compiledVersion(ledger.version(target.regulator(), target.versionId()).orElseThrow());
                swapIn(pack, clock.instant());
                log.info("Rule pack {} version {} ({}) active, as recorded in the database", target.regulator(),
                        pack.version(), pack.hash());
                RuleMetrics.reloaded(target.regulator(), "followed");
            } catch (PackException e) {
                log.error("The active version {} of {} does not compile on this instance: {}", target.hash(),
                        target.regulator(), e.problems());
            }
        }
    }

    void swapIn(RulePack pack, Instant activatedAt) {
        PackStatus previous = statuses.get(pack.regulator());
        active.put(pack.regulator(), pack);
        // the folder still holds an edit that failed: its problems stay on show until it is fixed
        boolean folderFailed = previous != null && !previous.problems().isEmpty()
                && !pack.hash().equals(previous.lastAttemptHash())
                && String.valueOf(previous.lastAttemptHash()).equals(folderHashes.get(pack.regulator()));
        statuses.put(pack.regulator(), new PackStatus(pack.regulator(), pack.version(), pack.hash(), activatedAt,
                folderFailed ? previous.lastAttemptHash() : pack.hash(), folderFailed ? previous.lastAttemptAt() : activatedAt,
                folderFailed ? previous.problems() : List.of()));
        log.info("Rule pack {} version {} ({}) active", pack.regulator(), pack.version(), pack.hash());
    }

    /** A stored version compiled from its ZIP (kept among the last few compiled). */
    RulePack compiledVersion(PackLedger.StoredVersion version) {
        return compiled.of(version);
    }

    /** Replaces the regulator's folder by the archive's files. */
    void writeFolder(String regulator, byte[] archive) {
        folders.write(regulator, archive);
    }

    void requireKnown(String regulator) {
        if (!statuses.containsKey(regulator)) {
            throw new NotFoundException(Texts.of("rules.regulator.unknown", "regulator", regulator));
        }
    }
}
