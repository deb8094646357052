package org.vigie.rules;

import java.util.List;
import java.util.Map;

import org.vigie.web.Languages;
import org.vigie.web.Texts;
import org.vigie.web.Validation;

/**
 * Boxes a member must tick, one per entry of a list in the pack (the regulator writes their text):
 * the answer must hold one {@code true} per entry, in the list's order. A refusal names the boxes in the caller's
 * language (their French when the regulator gave no English).
 */
public final class Attestations {
    private Attestations() {
    }

    public static void check(PackParameters parameters, String list, List<Boolean> ticked, String field, Validation validation) {
        int required = parameters.list(list).size();
        List<Boolean> answers = ticked == null ? List.of() : ticked;
        if (answers.size() != required || !answers.stream().allMatch(Boolean.TRUE::equals)) {
            String language = Languages.current();
            String boxes = String.join(" ", parameters.list(list).stream()
                    .map(i -> i.label(language)).toList());
            validation.refuse(field, Texts.of("rules.attestations.allBoxes", Map.of("count", required, "boxes", boxes)));
        }
    }
}
