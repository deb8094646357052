package org.vigie.rules.facts;

/** A numeric parameter of the rule pack, with the value in force for the cycle evaluated. */
public final class Parameter {
    private final String key;
    private final double value;
    private final String family;
    private final String member;

    public Parameter(String key, double value) {
        this.key = key;
        this.value = value;
        int dot = key.lastIndexOf('.');
        this.family = dot < 0 ? "" : key.substring(0, dot);
        this.member = key.substring(dot + 1);
    }

    public String getKey() { return key; }

    /** The key without its last part: {@code credit.cap} for {@code credit.cap.autonomous}. */
    public String getFamily() { return family; }

    /** The key's last part: {@code autonomous} for {@code credit.cap.autonomous}. */
    public String getMember() { return member; }
    public double getValue() { return value; }

    @Override
    public String toString() { return key + "=" + RuleFunctions.format(value); }
}
