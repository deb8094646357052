package org.vigie.rules;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ledger of a lone {@link RulePacks} with no database: the command line, and unit tests. */
final class InMemoryPackLedger implements PackLedger {
    private final Clock clock;
    private final List<StoredVersion> versions = new ArrayList<>();
    private final Map<Long, byte[]> archives = new HashMap<>();
    private final Map<String, Active> active = new HashMap<>();
    private final List<Activation> activations = new ArrayList<>();

    InMemoryPackLedger(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized StoredVersion store(String regulator, String version, String hash, byte[] archive, String source,
                                            String by, boolean valid, int cases, List<PackProblem> problems) {
        return versionByHash(regulator, hash).orElseGet(() -> {
            StoredVersion stored = new StoredVersion(versions.size() + 1L, regulator, version, hash, source, by, clock.instant(),
                    valid, cases, List.copyOf(problems));
            versions.add(stored);
            archives.put(stored.id(), archive);
            return stored;
        });
    }

    @Override
    public synchronized Optional<StoredVersion> version(String regulator, long id) {
        return versions.stream().filter(v -> v.regulator().equals(regulator) && v.id() == id).findFirst();
    }

    @Override
    public synchronized Optional<StoredVersion> versionByHash(String regulator, String hash) {
        return versions.stream().filter(v -> v.regulator().equals(regulator) && v.hash().equals(hash)).findFirst();
    }

    @Override
    public synchronized List<StoredVersion> versions(String regulator) {
        return versions.stream().filter(v -> v.regulator().equals(regulator))
                .sorted(Comparator.comparingLong(StoredVersion::id).reversed()).toList();
    }

    @Override
    public synchronized byte[] archive(long versionId) {
        return archives.get(versionId);
    }

    @Override
    public synchronized Optional<Activation> activate(StoredVersion version, String by, Runnable whileActivating) {
        Active current = active.get(version.regulator());
        if (current != null && current.hash().equals(version.hash())) {
            return Optional.empty();
        }
        active.put(version.regulator(), new Active(version.regulator(), version.id(), version.hash()));
        Activation activation = new Activation(activations.size() + 1L, version.regulator(), version.id(), version.version(),
                version.hash(), current == null ? null : current.hash(), by, clock.instant());
        activations.add(activation);
        whileActivating.run();
        return Optional.of(activation);
    }

    @Override
    public synchronized Map<String, Active> active() {
        return Map.copyOf(active);
    }

    @Override
    public synchronized List<Activation> activations(String regulator) {
        return activations.stream().filter(a -> a.regulator().equals(regulator))
                .sorted(Comparator.comparingLong(Activation::id).reversed()).toList();
    }

    @Override
    public synchronized Optional<Activation> activeAt(String regulator, Instant at) {
        return activations(regulator).stream().filter(a -> !a.activatedAt().isAfter(at)).findFirst();
    }
}
