package org.vigie.rules;

import java.util.List;

import org.vigie.web.Texts;

/** No rule set is serving this regulator: it never compiled, or the regulator is unknown. */
public class RulePackUnavailableException extends RuntimeException {
    private final String regulator;
    private final transient List<PackProblem> problems;

    public RulePackUnavailableException(String regulator, List<PackProblem> problems) {
        super("No rule set is serving for regulator '" + regulator + "'");
        this.regulator = regulator;
        this.problems = List.copyOf(problems);
    }

    public List<PackProblem> problems() {
        return problems;
    }

    /** What the caller reads, in their language. */
    public String detail() {
        return Texts.of("rules.unavailable", "regulator", regulator);
    }
}
