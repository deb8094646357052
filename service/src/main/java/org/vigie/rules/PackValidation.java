package org.vigie.rules;

import java.util.List;

/** A folder compiled and its author cases run, activating nothing: valid or not, with its problems. */
public record PackValidation(String regulator, String version, String hash, boolean valid, int cases, List<PackProblem> problems) {
}
