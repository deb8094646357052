package org.vigie.rules.facts;

/**
 * A number the rules computed (required hours, credited hours, remaining hours...), with the rule
 * that computed it and the values it used, so that every figure explains itself.
 */
public final class Figure {
    private final String key;
    private final double value;
    private final String rule;
    private final String inputs;

    public Figure(String key, double value, String rule, String inputs) {
        this.key = key;
        this.value = value;
        this.rule = rule;
        this.inputs = inputs;
    }

    public String getKey() { return key; }
    public double getValue() { return value; }
    public String getRule() { return rule; }
    public String getInputs() { return inputs; }

    /** True when the key starts with the given group followed by a dot, e.g. group "credited". */
    public boolean inGroup(String group) { return key.startsWith(group + "."); }

    @Override
    public String toString() { return key + "=" + RuleFunctions.format(value) + " (" + rule + ")"; }
}
