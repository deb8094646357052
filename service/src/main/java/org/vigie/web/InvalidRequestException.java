package org.vigie.web;

import java.util.List;

/** The request breaks a rule of the service; answered 400 with every field at fault. Nothing is written. */
public class InvalidRequestException extends RuntimeException {
    private final transient List<FieldProblem> problems;

    public InvalidRequestException(List<FieldProblem> problems) {
        super(problems.isEmpty() ? Texts.of("web.problem.badRequest.detail") : problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public InvalidRequestException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
