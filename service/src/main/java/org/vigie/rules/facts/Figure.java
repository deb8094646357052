package org.vigie.rules.facts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A number the rules computed (required hours, credited hours, remaining hours...), with the rule
 * that computed it and the named values it used (parameters and earlier figures), so that every
 * figure explains itself. In a rule file:
 * <pre>
 * insert( new Figure( "required.structured", $total * $share, drools.getRule().getName(),
 *     "required.total", $total, "structured.share", $share ) );
 * </pre>
 * The pack's message {@code explain.required.structured} turns it into a sentence for members,
 * with {@code {value}} and each named value as placeholders.
 */
public final class Figure {
    private final String key;
    private final double value;
    private final String rule;
    private final Map<String, Double> values;

    /** @param namesAndValues pairs of a name and a number, in the order a reader should see them */
    public Figure(String key, double value, String rule, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("figure " + key + ": the values used come in pairs of a name and a number");
        }
        Map<String, Double> used = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(namesAndValues[i + 1] instanceof Number number)) {
                throw new IllegalArgumentException("figure " + key + ": " + namesAndValues[i] + " is not a number");
            }
            used.put(String.valueOf(namesAndValues[i]), number.doubleValue());
        }
        this.key = key;
        this.value = value;
        this.rule = rule;
        this.values = Collections.unmodifiableMap(used);
    }

    public String getKey() { return key; }
    public double getValue() { return value; }
    public String getRule() { return rule; }

    /** The named values the rule used, in the order it gave them. */
    public Map<String, Double> getValues() { return values; }

    /** The values used, as a rule author reads them: {@code required.total=30, structured.share=0.5}. */
    public String getInputs() {
        StringBuilder text = new StringBuilder();
        values.forEach((name, v) -> text.append(text.isEmpty() ? "" : ", ").append(name).append('=').append(RuleFunctions.format(v)));
        return text.toString();
    }

    /** True when the key starts with the given group followed by a dot, e.g. group "credited". */
    public boolean inGroup(String group) { return key.startsWith(group + "."); }

    @Override
    public String toString() { return key + "=" + RuleFunctions.format(value) + " (" + rule + ")"; }
}
