package org.vigie.rules.facts;

/**
 * Something the member still lacks: the requirement, how much is missing, the rule that found it.
 * The message shown to the member comes from the pack's messages under {@code gap.<requirement>}.
 */
public final class Gap {
    private final String requirement;
    private final double missing;
    private final double required;
    private final String rule;

    public Gap(String requirement, double missing, double required, String rule) {
        this.requirement = requirement;
        this.missing = missing;
        this.required = required;
        this.rule = rule;
    }

    public String getRequirement() { return requirement; }
    public double getMissing() { return missing; }
    public double getRequired() { return required; }
    public String getRule() { return rule; }
}
