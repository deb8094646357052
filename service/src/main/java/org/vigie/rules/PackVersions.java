package org.vigie.rules;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.vigie.web.ConflictException;
import org.vigie.web.NotFoundException;
import org.vigie.web.Texts;

/**
 * The versions of a regulator's rule set kept in the {@link PackLedger}: uploading a pack as a
 * candidate, reading the history, activating a version (a candidate, or an older one to roll
 * back) on every instance, and finding the version that was active at a past instant.
 * {@link RulePacks} serves the active ones.
 */
@Component
public class PackVersions {
    private final RulePacks packs;
    private final PackLedger ledger;

    public PackVersions(RulePacks packs, PackLedger ledger) {
        this.packs = packs;
        this.ledger = ledger;
    }

    /**
     * Stores an uploaded pack (a ZIP of the pack folder) as a candidate version of the regulator's
     * rule set, with what compiling it and running its author cases gave; activates nothing.
     * An archive that cannot be unpacked safely is refused with its problems and not stored.
     */
    public PackLedger.StoredVersion upload(String regulator, byte[] archive, String by) {
        packs.requireKnown(regulator);
        Path staging = packs.workDirectory().resolve("upload-" + UUID.randomUUID()).resolve(regulator);
        try {
            try {
                PackArchive.unzip(archive, staging, PackArchive.Limits.DEFAULT);
            } catch (PackException e) {
                String first = e.problems().get(0).toString();
                throw new PackArchiveRefusedException(e.problems().size() > 1
                        ? Texts.of("rules.archive.cannotUnpackMore", Map.of("problem", first, "more", e.problems().size() - 1))
                        : Texts.of("rules.archive.cannotUnpack", "problem", first), e.problems(), false);
            }
            String hash = PackCompiler.hash(staging);
            byte[] normalized = PackArchive.zip(staging);
            try {
                var tested = PackCompiler.compileAndTest(staging);
                packs.remember(regulator, hash, tested.pack());
                return ledger.store(regulator, tested.pack().version(), hash, normalized, PackLedger.SOURCE_UPLOAD, by,
                        true, tested.cases(), List.of());
            } catch (PackException e) {
                RuleMetrics.reloaded(regulator, "refused");
                return ledger.store(regulator, null, hash, normalized, PackLedger.SOURCE_UPLOAD, by, false, 0, e.problems());
            }
        } finally {
            PackArchive.deleteRecursively(staging.getParent());
        }
    }

    public PackLedger.StoredVersion version(String regulator, long versionId) {
        packs.requireKnown(regulator);
        return ledger.version(regulator, versionId).orElseThrow(() -> new NotFoundException(
                Texts.of("rules.version.unknown", Map.of("version", String.valueOf(versionId), "regulator", regulator))));
    }

    public List<PackLedger.StoredVersion> versions(String regulator) {
        packs.requireKnown(regulator);
        return ledger.versions(regulator);
    }

    public List<PackLedger.Activation> activations(String regulator) {
        packs.requireKnown(regulator);
        return ledger.activations(regulator);
    }

    /** The compiled pack of a stored version (a candidate, for its impact report); refused when it has problems. */
    public RulePack compiledVersion(String regulator, long versionId) {
        PackLedger.StoredVersion version = version(regulator, versionId);
        if (!version.valid()) {
            throw new ConflictException(Texts.of("rules.version.hasProblems", Map.of("version", String.valueOf(versionId),
                    "regulator", regulator, "count", version.problems().size())));
        }
        return packs.compiledVersion(version);
    }

    /**
     * Makes a stored version the active one for every instance (an uploaded candidate, or an older
     * version to roll back), records who did it, and writes its files into the regulator's folder so
     * that the authors' workspace shows what serves.
     */
    public PackLedger.Activation activate(String regulator, long versionId, String by) {
        synchronized (packs) { // not while the folders are being checked
            return activateNow(regulator, versionId, by);
        }
    }

    private PackLedger.Activation activateNow(String regulator, long versionId, String by) {
        RulePack pack = compiledVersion(regulator, versionId);
        PackLedger.StoredVersion version = version(regulator, versionId);
        byte[] archive = ledger.archive(version.id());
        PackLedger.Activation activation = ledger.activate(version, by, () -> {
            packs.folderWritten(regulator, version.hash());
            packs.writeFolder(regulator, archive);
        }).orElseThrow(() -> new ConflictException(Texts.of("rules.version.alreadyActive",
                Map.of("version", String.valueOf(version.version()), "hash", String.valueOf(version.hash()), "regulator", regulator))));
        packs.swapIn(pack, activation.activatedAt());
        RuleMetrics.reloaded(regulator, "activated");
        packs.announce(new RuleSetActivated(activation.id(), regulator, activation.version(), activation.hash(), by));
        return activation;
    }

    /** The rule set that was active at an instant, as recorded in the ledger; empty before the first activation. */
    public Optional<RulePack> activeAt(String regulator, Instant at) {
        packs.requireKnown(regulator);
        return ledger.activeAt(regulator, at).map(a -> packs.compiledVersion(ledger.version(regulator, a.versionId()).orElseThrow()));
    }
}
