package org.vigie.pathway;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * « Mon parcours »: the actions with their category marks, what is missing in one sentence (the
 * CNP's wording) and gap by gap, the CNP's requirements, and where the validation request stands.
 *
 * @param state OPEN (being filled in), REQUESTED (validation asked for: actions fixed), VALIDATED, or REFUSED (may be completed again)
 * @param validable whether the rules find every minimum reached
 */
record PathwayView(Long pathwayId, long physicianId, String cnp, String cnpName, Period period, String state, boolean validable,
                   String summary, List<PathwayGapView> gaps, List<ActionView> actions, List<Category> categories, String requirements,
                   String certification, List<Document> documents, PathwayDecision decision, RuleSet ruleSet) {

    record Period(String id, LocalDate start, LocalDate end) {
    }

    /** One recorded action: its catalogue code and name, the categories it counts in, its proof if any. */
    record ActionView(long id, String action, String label, String complement, LocalDate date, List<String> categories,
                      ProofView proof) {
    }

    record ProofView(String description, String filename, String contentType, long sizeBytes) {
    }

    record Category(String code, String label) {
    }

    /** A minimum not reached: the category (or total), how many actions are missing out of how many, the rule. */
    record PathwayGapView(String requirement, int missing, int required, String rule) {
    }

    record Document(String label, String url) {
    }

    record PathwayDecision(Instant requestedAt, Instant decidedAt, String decidedBy, String reason) {
    }

    record RuleSet(String version, String hash) {
    }
}
