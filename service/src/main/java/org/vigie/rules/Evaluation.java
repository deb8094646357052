package org.vigie.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vigie.rules.facts.Figure;
import org.vigie.rules.facts.Finding;
import org.vigie.rules.facts.Gap;
import org.vigie.rules.facts.ListItem;
import org.vigie.web.Wording;
import org.vigie.rules.facts.RuleFunctions;
import org.vigie.rules.facts.Status;

/** What the rules found for one member and one cycle, with the rule-set version and hash behind it. */
public record Evaluation(String regulator, String version, String hash, PackManifest.Cycle cycle,
                        Map<String, Figure> figures, List<Gap> gaps, Status status, PackParameters parameters,
                        List<Finding> findings) {

    public Evaluation {
        figures = Map.copyOf(figures);
        gaps = gaps.stream().sorted(Comparator.comparing(Gap::getRequirement)).toList();
        findings = List.copyOf(findings);
    }

    /**
     * The findings of a kind ({@code violation}, {@code eligible}, {@code ineligible}), in the order the rules found
     * them: the first is the one that explains a refusal.
     */
    public List<Finding> findings(String kind) {
        return findings.stream().filter(f -> f.getKind().equals(kind)).toList();
    }

    /** A finding in words: the pack's message {@code finding.<code>} with its values ({name}), each worded by {@link Wording}. */
    public String message(Finding finding, String language) {
        return parameters.message("finding." + finding.getCode(), language, finding.getValues());
    }

    public Optional<Figure> figure(String key) {
        return Optional.ofNullable(figures.get(key));
    }

    /** A figure the rule set must produce; its absence is a fault of the rule set, reported as such. */
    public Figure required(String key) {
        return figure(key).orElseThrow(() -> new RuleSetIncompleteException(regulator, version,
                "the rules produced no figure '" + key + "'"));
    }

    /**
     * The member-facing text of a gap, from the pack's messages ({@code gap.<requirement>.<status>},
     * else {@code gap.<requirement>}), with {missing} and {required} filled in. The status variant lets
     * a cycle that has ended say what was missing at its end rather than what is left to do.
     */
    public String message(Gap gap, String language) {
        return parameters.message(forStatus("gap." + gap.getRequirement()), language,
                Map.of("missing", gap.getMissing(), "required", gap.getRequired()));
    }

    /** {@code key.<status>} when the pack words it, else {@code key}. */
    private String forStatus(String key) {
        return status != null && parameters.hasMessage(key + "." + status.getCode()) ? key + "." + status.getCode() : key;
    }

    public String statusLabel(String language) {
        if (status == null) {
            throw new RuleSetIncompleteException(regulator, version, "the rules set no status");
        }
        return parameters.message("status." + status.getCode(), language);
    }

    /** One step towards what remains of a requirement: a figure, the rule behind it, the values it used, in words. */
    public record Step(String figure, double value, String rule, Map<String, Double> values, String text) {
    }

    /** A requirement of the pack's {@code requirements} list, explained step by step. */
    public record RequirementExplanation(String requirement, String label, List<Step> steps) {
    }

    /**
     * Per requirement (the pack's {@code requirements} list, each with its {@code steps}), the
     * figures from required to remaining, each naming its rule and the values it used, in the
     * language asked for (French or English). A step the rules did not produce is left out.
     */
    public List<RequirementExplanation> explanation(String language) {
        List<RequirementExplanation> requirements = new ArrayList<>();
        for (ListItem requirement : parameters.list("requirements")) {
            List<Step> steps = new ArrayList<>();
            if (requirement.getAttributes().get("steps") instanceof List<?> keys) {
                for (Object key : keys) {
                    figure(String.valueOf(key)).ifPresent(f -> steps.add(new Step(f.getKey(), RuleFunctions.round2(f.getValue()),
                            f.getRule(), f.getValues(), explain(f, language))));
                }
            }
            requirements.add(new RequirementExplanation(requirement.getCode(), requirement.label(language), steps));
        }
        return requirements;
    }

    /**
     * A figure in words: the message {@code explain.<figure>.<rule>}, else {@code explain.<rule>},
     * else {@code explain.<figure>} (each first as {@code <key>.<status>}, when the pack words the
     * status apart), with {value} and the values the rule used filled in; without any, the values themselves.
     */
    public String explain(Figure figure, String language) {
        for (String key : List.of("explain." + figure.getKey() + "." + figure.getRule(), "explain." + figure.getRule(),
                "explain." + figure.getKey()).stream().map(this::forStatus).toList()) {
            if (parameters.hasMessage(key)) {
                Map<String, Object> values = new LinkedHashMap<>(figure.getValues());
                values.put("value", figure.getValue());
                return parameters.message(key, language, values);
            }
        }
        return figure.getInputs();
    }

    /**
     * The one sentence that says where a pathway stands, composed from the pack's messages: with no
     * gap, {@code summary.complete}; otherwise {@code summary.incomplete} with {parts}, one part per
     * gap ({@code summary.part.<requirement>}, else {@code summary.part}) in the order of the
     * {@code categories} list, the overall requirement last, joined by {@code summary.separator}
     * and, before the last, {@code summary.and}.
     */
    public String summary(String language) {
        if (gaps.isEmpty()) {
            return parameters.message("summary.complete", language);
        }
        List<String> order = parameters.list("categories").stream().map(ListItem::getCode).toList();
        List<String> parts = gaps.stream()
                .sorted(Comparator.comparingInt((Gap g) -> order.contains(g.getRequirement())
                        ? order.indexOf(g.getRequirement()) : order.size()).thenComparing(Gap::getRequirement))
                .map(g -> parameters.message(parameters.hasMessage("summary.part." + g.getRequirement())
                                ? "summary.part." + g.getRequirement() : "summary.part", language,
                        Map.of("missing", g.getMissing(), "required", g.getRequired(), "requirement", g.getRequirement())))
                .toList();
        String joined = parts.size() == 1 ? parts.get(0)
                : String.join(parameters.message("summary.separator", language), parts.subList(0, parts.size() - 1))
                + parameters.message("summary.and", language) + parts.get(parts.size() - 1);
        return parameters.message("summary.incomplete", language, Map.of("parts", joined));
    }
}
