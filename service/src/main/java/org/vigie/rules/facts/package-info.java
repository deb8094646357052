/**
 * The vocabulary the rule files are written in. Java puts the input facts in ({@link MemberCycle},
 * {@link DeclaredActivity}, {@link GrantedExemption}, {@link Parameter}, {@link ListItem}); the
 * rules insert their findings ({@link Figure}, {@link Gap}, {@link Status}), each naming the rule
 * that produced it. {@link RuleFunctions} holds the few calculations rule files may call.
 */
@org.springframework.modulith.NamedInterface("facts")
package org.vigie.rules.facts;
