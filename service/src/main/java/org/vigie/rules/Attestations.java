package org.vigie.rules;

import java.util.List;

import org.vigie.web.Validation;

/**
 * Boxes a member must tick, one per entry of a list in the pack (the regulator writes their text):
 * the answer must hold one {@code true} per entry, in the list's order.
 */
public final class Attestations {
    private Attestations() {
    }

    public static void check(PackParameters parameters, String list, List<Boolean> ticked, String field, Validation validation) {
        int required = parameters.list(list).size();
        List<Boolean> answers = ticked == null ? List.of() : ticked;
        if (answers.size() != required || !answers.stream().allMatch(Boolean.TRUE::equals)) {
            validation.refuse(field, "Vous devez cocher les " + required + " cases pour attester : "
                    + String.join(" ", parameters.list(list).stream().map(i -> i.attribute("fr")).toList()));
        }
    }
}
