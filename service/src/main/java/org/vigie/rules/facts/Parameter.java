package org.vigie.rules.facts;

/** A numeric parameter of the rule pack, with the value in force for the cycle evaluated. */
public final class Parameter {
    private final String key;
    private final double value;

    public Parameter(String key, double value) {
        this.key = key;
        this.value = value;
    }

    public String getKey() { return key; }
    public double getValue() { return value; }

    @Override
    public String toString() { return key + "=" + RuleFunctions.format(value); }
}
