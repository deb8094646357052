package org.vigie.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Collects every refused field of a request before answering, so a person fixes them all at once. */
public final class Validation {
    private final List<FieldProblem> problems = new ArrayList<>();

    public Validation refuse(String field, String message) {
        problems.add(new FieldProblem(field, message));
        return this;
    }

    public Validation require(boolean condition, String field, String message) {
        if (!condition) {
            refuse(field, message);
        }
        return this;
    }

    /** The same, the message worded only when the field is refused: for a sentence that costs a lookup to word. */
    public Validation require(boolean condition, String field, Supplier<String> message) {
        if (!condition) {
            refuse(field, message.get());
        }
        return this;
    }

    /** Refuses text longer than the column that keeps it: the database must never be the one to refuse. */
    public Validation maxLength(String field, String value, int max) {
        return require(value == null || value.length() <= max, field, () -> Texts.of("web.field.tooLong", "max", max));
    }

    public boolean has(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }
}
