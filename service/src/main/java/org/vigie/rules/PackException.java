package org.vigie.rules;

import java.util.List;

/** A rule pack that cannot be used, with every problem found in it. */
public class PackException extends RuntimeException {
    private final transient List<PackProblem> problems;

    public PackException(List<PackProblem> problems) {
        super(problems.size() + " problem(s): " + problems);
        this.problems = List.copyOf(problems);
    }

    public PackException(PackProblem problem) {
        this(List.of(problem));
    }

    public List<PackProblem> problems() {
        return problems;
    }
}
