package org.vigie.rules;

import java.util.List;

/** No rule set serves this regulator: it never compiled, or the regulator is unknown. */
public class RulePackUnavailableException extends RuntimeException {
    private final transient List<PackProblem> problems;

    public RulePackUnavailableException(String regulator, List<PackProblem> problems) {
        super("No rule set is serving for regulator '" + regulator + "'");
        this.problems = List.copyOf(problems);
    }

    public List<PackProblem> problems() {
        return problems;
    }
}
