package org.vigie.bench;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.vigie.rules.facts.DeclaredActivity;
import org.vigie.rules.facts.GrantedExemption;
import org.vigie.rules.facts.ListItem;
import org.vigie.rules.facts.MemberCycle;
import org.vigie.rules.facts.Parameters;
import org.vigie.rules.facts.RuleFunctions;

/**
 * The OTPQ rules of rules/otpq/hours.drl written by hand in Java, reading the same parameters: the
 * baseline the Drools evaluation is compared with. Not used by the service.
 */
final class HandWrittenOtpqEvaluator {
    record Remaining(double structured, double ethics, double total) {
    }

    private final double totalRequired;
    private final double structuredShare;
    private final double ethicsMinimum;
    private final double rounding;
    private final Map<String, String> countsIn;

    HandWrittenOtpqEvaluator(Parameters parameters, List<ListItem> activityTypes) {
        totalRequired = parameters.number("total.required");
        structuredShare = parameters.number("structured.share");
        ethicsMinimum = parameters.number("ethics.minimum");
        rounding = parameters.number("proration.rounding");
        countsIn = activityTypes.stream().collect(Collectors.toMap(ListItem::getCode, t -> t.attribute("countsIn")));
    }

    Remaining evaluate(MemberCycle cycle) {
        double prorated = totalRequired;
        if (cycle.isAdmittedDuringCycle()) {
            long left = RuleFunctions.monthsCounted(cycle.getMemberStart(), cycle.getCycleEnd());
            long all = RuleFunctions.monthsCounted(cycle.getCycleStart(), cycle.getCycleEnd());
            prorated = RuleFunctions.roundToStep(totalRequired * left / all, rounding);
        }
        double granted = 0;
        for (GrantedExemption e : cycle.getExemptions()) {
            granted += e.getHours();
        }
        double required = RuleFunctions.missing(prorated, granted);
        double structured = 0;
        double ethics = 0;
        double credited = 0;
        for (DeclaredActivity a : cycle.getActivities()) {
            String category = countsIn.get(a.getType());
            if ("structured".equals(category)) {
                structured += a.getHours();
            } else if ("ethics".equals(category)) {
                ethics += a.getHours();
            }
            if (category != null) {
                credited += a.getHours();
            }
        }
        return new Remaining(RuleFunctions.missing(required * structuredShare, structured),
                RuleFunctions.missing(ethicsMinimum, ethics), RuleFunctions.missing(required, credited));
    }
}
