package org.vigie.rules;

import java.util.List;

/** An uploaded archive that cannot be taken: too large, not a ZIP, or with entries outside the pack's folder. */
public class PackArchiveRefusedException extends RuntimeException {
    private final transient List<PackProblem> problems;
    private final boolean tooLarge;

    PackArchiveRefusedException(String message, List<PackProblem> problems, boolean tooLarge) {
        super(message);
        this.problems = List.copyOf(problems);
        this.tooLarge = tooLarge;
    }

    public List<PackProblem> problems() {
        return problems;
    }

    public boolean tooLarge() {
        return tooLarge;
    }
}
