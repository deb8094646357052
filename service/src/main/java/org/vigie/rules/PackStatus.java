package org.vigie.rules;

import java.time.Instant;
import java.util.List;

/**
 * How a pack stands: the version serving (if any) and the outcome of the last compilation, so a
 * rule author sees why an edit was not activated.
 */
public record PackStatus(String regulator, String activeVersion, String activeHash, Instant activatedAt,
                         String lastAttemptHash, Instant lastAttemptAt, List<PackProblem> problems) {
}
