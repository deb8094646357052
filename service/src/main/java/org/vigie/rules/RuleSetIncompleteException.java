package org.vigie.rules;

/** The active rule set did not produce what the service needs to answer: a fault of the rules, not of the request. */
public class RuleSetIncompleteException extends RuntimeException {
    public RuleSetIncompleteException(String regulator, String version, String what) {
        super("Rule set " + regulator + " " + version + ": " + what);
    }
}
