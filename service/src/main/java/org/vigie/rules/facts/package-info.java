/**
 * The vocabulary the rule files are written in. Java puts one input fact in, the
 * {@link MemberCycle} (which carries the member's {@link DeclaredActivity declared activities} and
 * {@link GrantedExemption granted exemptions}), and gives the pack's numbers and lists as the global
 * {@link Parameters} {@code params}; the rules insert their findings ({@link Figure}, {@link Gap},
 * {@link Status}), each naming the rule that produced it. {@link RuleFunctions} holds the few
 * calculations rule files may call.
 */
@org.springframework.modulith.NamedInterface("facts")
package org.vigie.rules.facts;
