package org.vigie.rules;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rule packs' history, shared by every service instance: each pack content seen (from a rules
 * folder or an upload) once per hash, which one is active per regulator, and who activated which
 * when. {@link JdbcPackLedger} keeps it in the database; {@link InMemoryPackLedger} serves the
 * command line and the tests of a lone {@link RulePacks}.
 */
public interface PackLedger {
    String SOURCE_FOLDER = "FOLDER";
    String SOURCE_UPLOAD = "UPLOAD";

    /** A pack content as it was stored, and what compiling and testing it gave. */
    record StoredVersion(long id, String regulator, String version, String hash, String source, String createdBy,
                         Instant createdAt, boolean valid, int cases, List<PackProblem> problems) {
    }

    /** One activation: which version became active, replacing which, by whom, when. */
    record Activation(long id, String regulator, long versionId, String version, String hash, String previousHash,
                      String activatedBy, Instant activatedAt) {
    }

    /** The content a regulator's results come from now. */
    record Active(String regulator, long versionId, String hash) {
    }

    /** Stores a pack content unless one with the same hash is stored already; returns the stored one. */
    StoredVersion store(String regulator, String version, String hash, byte[] archive, String source, String by,
                        boolean valid, int cases, List<PackProblem> problems);

    Optional<StoredVersion> version(String regulator, long id);

    Optional<StoredVersion> versionByHash(String regulator, String hash);

    /** Newest first. */
    List<StoredVersion> versions(String regulator);

    byte[] archive(long versionId);

    /**
     * Makes a stored version the active one, unless it already is (then empty, and nothing is
     * recorded): with several instances saving the same edit, one activation is recorded.
     * {@code whileActivating} runs once the activation is decided and before it is visible to the
     * others (under the regulator's lock): two activations at once run it one after the other.
     */
    Optional<Activation> activate(StoredVersion version, String by, Runnable whileActivating);

    Map<String, Active> active();

    /** Newest first. */
    List<Activation> activations(String regulator);

    /** The activation in force at an instant: the last one made at or before it. */
    Optional<Activation> activeAt(String regulator, Instant at);
}
