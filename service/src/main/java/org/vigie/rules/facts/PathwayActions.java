package org.vigie.rules.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A physician's pathway for one period of a CNP: the actions recorded, each with the categories
 * the CNP's catalogue puts it in (fo, ap, gr, pi). The input fact of the pathway packs.
 */
public final class PathwayActions {
    /** One action of the pathway: its catalogue code and the categories it counts in (one action may count in two). */
    public record RecordedAction(String id, String code, Set<String> categories) {
    }

    private final String periodId;
    private final LocalDate periodStart;
    private final LocalDate periodEnd;
    private final List<RecordedAction> actions;

    public PathwayActions(String periodId, LocalDate periodStart, LocalDate periodEnd, List<RecordedAction> actions) {
        this.periodId = periodId;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.actions = List.copyOf(actions);
    }

    public String getPeriodId() { return periodId; }
    public LocalDate getPeriodStart() { return periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public List<RecordedAction> getActions() { return actions; }

    /** How many actions the pathway holds, whatever their categories. */
    public int getCount() {
        return actions.size();
    }

    /** How many actions count in a category. */
    public int countIn(String category) {
        return (int) actions.stream().filter(a -> a.categories().contains(category)).count();
    }
}
