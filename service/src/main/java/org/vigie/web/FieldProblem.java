package org.vigie.web;

/** One refused field of a request, with what the person can do about it. */
public record FieldProblem(String field, String message) {
}
