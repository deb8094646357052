package org.vigie.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vigie.rules.facts.Figure;
import org.vigie.rules.facts.Gap;
import org.vigie.rules.facts.RuleFunctions;
import org.vigie.rules.facts.Status;

/** What the rules found for one member and one cycle, with the rule-set version and hash behind it. */
public record Evaluation(String regulator, String version, String hash, PackManifest.Cycle cycle,
                        Map<String, Figure> figures, List<Gap> gaps, Status status, PackParameters parameters) {

    public Evaluation {
        figures = Map.copyOf(figures);
        gaps = gaps.stream().sorted(Comparator.comparing(Gap::getRequirement)).toList();
    }

    public Optional<Figure> figure(String key) {
        return Optional.ofNullable(figures.get(key));
    }

    /** A figure the rule set must produce; its absence is a fault of the rule set, reported as such. */
    public Figure required(String key) {
        return figure(key).orElseThrow(() -> new RuleSetIncompleteException(regulator, version,
                "the rules produced no figure '" + key + "'"));
    }

    /** The member-facing text of a gap, from the pack's messages, with {missing} and {required} filled in. */
    public String message(Gap gap, String language) {
        return parameters.message("gap." + gap.getRequirement(), language,
                Map.of("missing", number(gap.getMissing(), language), "required", number(gap.getRequired(), language)));
    }

    public String statusLabel(String language) {
        if (status == null) {
            throw new RuleSetIncompleteException(regulator, version, "the rules set no status");
        }
        return parameters.message("status." + status.getCode(), language);
    }

    private static String number(double value, String language) {
        String text = RuleFunctions.format(value);
        return "fr".equals(language) ? text.replace('.', ',') : text;
    }
}
