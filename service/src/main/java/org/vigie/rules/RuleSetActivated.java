package org.vigie.rules;

/**
 * Published by the instance that activated a rule set (from a saved folder, an upload or a
 * rollback), once per activation: the other modules re-evaluate what it changes.
 */
public record RuleSetActivated(long activationId, String regulator, String version, String hash, String activatedBy) {
}
