package org.vigie.rules;

import java.util.Map;

import org.vigie.web.Texts;

/** The active rule set did not produce what the service needs to answer: a fault of the rules, not of the request. */
public class RuleSetIncompleteException extends RuntimeException {
    private final String regulator;
    private final String version;
    private final String what;

    public RuleSetIncompleteException(String regulator, String version, String what) {
        super("Rule set " + regulator + " " + version + ": " + what);
        this.regulator = regulator;
        this.version = version;
        this.what = what;
    }

    /** What the caller reads, in their language: the rule set, then what it failed to give as the rule authors read it. */
    public String detail() {
        return Texts.of("rules.incomplete", Map.of("regulator", String.valueOf(regulator), "version", String.valueOf(version),
                "what", String.valueOf(what)));
    }
}
