package org.vigie.hours;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A member's hours for one cycle, as the rules computed them: every figure names the rule behind
 * it, and the rule set's version and hash say exactly which rules those were. {@code asOf} is set
 * when the dashboard was asked for the end of a past day.
 */
record CycleDashboard(long memberId, String regulator, String cycleId, LocalDate start, LocalDate end,
                      StatusView status, HoursFigure requiredHours, HoursFigure exemptionHours, HoursFigure declaredHours,
                      Map<String, HoursFigure> creditedHours, Map<String, HoursFigure> remainingHours,
                      List<GapView> gaps, List<RecognisedCredit> recognisedCredits, List<RequirementView> explanation,
                      RuleSetView ruleSet, Instant evaluatedAt, LocalDate asOf) {

    /** The same dashboard, marked as computed for the end of a past day. */
    CycleDashboard withAsOf(LocalDate day) {
        return new CycleDashboard(memberId, regulator, cycleId, start, end, status, requiredHours, exemptionHours, declaredHours,
                creditedHours, remainingHours, gaps, recognisedCredits, explanation, ruleSet, evaluatedAt, day);
    }

    /** A number of hours, the rule that computed it and the values it used. */
    record HoursFigure(double hours, String rule, String explanation) {
    }

    record StatusView(String code, String label, String rule) {
    }

    /** A requirement not yet met: what is missing, the rule that found it, and the message for the member. */
    record GapView(String requirement, double missingHours, double requiredHours, String rule, String message) {
    }

    /** A credit earned with another regulator that this regulator's rules recognise (an agreement), in the member's words. */
    record RecognisedCredit(String course, String title, double hours, LocalDate date, String rule, String message) {
    }

    /** A requirement explained from what is required to what remains, step by step. */
    record RequirementView(String requirement, String label, List<StepView> steps) {
    }

    /** One figure on the way: its hours, the rule that computed it, the values it used, and the step in words (Accept-Language). */
    record StepView(String figure, double hours, String rule, Map<String, Double> values, String text) {
    }

    record RuleSetView(String regulator, String version, String hash) {
    }
}
