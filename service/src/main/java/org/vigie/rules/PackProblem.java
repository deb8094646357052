package org.vigie.rules;

/** Something wrong in a rule pack, where the rule author can find it: file (relative to the pack), line, column. */
public record PackProblem(String file, int line, int column, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message;
    }
}
