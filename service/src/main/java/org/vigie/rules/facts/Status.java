package org.vigie.rules.facts;

/** The member's status for the cycle; its label comes from the pack's messages under {@code status.<code>}. */
public final class Status {
    private final String code;
    private final String rule;

    public Status(String code, String rule) {
        this.code = code;
        this.rule = rule;
    }

    public String getCode() { return code; }
    public String getRule() { return rule; }
}
