package org.vigie.rules;

import java.time.Instant;
import java.util.List;

/**
 * How a pack stands: the version serving (if any) and the outcome of the last compilation, so a
 * rule author sees why an edit was not activated.
 */
public record PackStatus(String regulator, String activeVersion, String activeHash, Instant activatedAt,
                         String lastAttemptHash, Instant lastAttemptAt, List<PackProblem> problems) {

    /** An attempt that activated nothing: the version serving before it (if any) still serves, with the attempt's outcome. */
    static PackStatus afterAttempt(String regulator, PackStatus previous, String hash, Instant at, List<PackProblem> problems) {
        return new PackStatus(regulator, previous == null ? null : previous.activeVersion(), previous == null ? null : previous.activeHash(),
                previous == null ? null : previous.activatedAt(), hash, at, problems);
    }
}
