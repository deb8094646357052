package org.vigie.rules.facts;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A pack's parameters as the rules see them for one cycle: the numbers in force at the cycle's start
 * and the lists. Rule files declare {@code global org.vigie.rules.facts.Parameters params;} and read
 * {@code params.number("total.required")}, {@code params.codes("categories")}... The pack compiler
 * checks every name a rule file quotes this way, so a typo is reported with its file and line.
 * (A global rather than one fact per number: inserting ~25 facts per evaluation cost more than the rules.)
 */
public final class Parameters {
    private final Map<String, Double> numbers;
    private final Map<String, List<ListItem>> lists;

    public Parameters(Map<String, Double> numbers, Map<String, List<ListItem>> lists) {
        this.numbers = Map.copyOf(numbers);
        this.lists = Map.copyOf(lists);
    }

    /** The number in force; a name the pack does not define is a fault of the rule set. */
    public double number(String key) {
        Double value = numbers.get(key);
        if (value == null) {
            throw new IllegalStateException("no number '" + key + "' in force in the pack's parameters");
        }
        return value;
    }

    /** True when the pack defines this number for the cycle (e.g. an optional {@code credit.cap.autonomous}). */
    public boolean has(String key) {
        return numbers.containsKey(key);
    }

    /** The codes of a list, in the order of the parameter file. */
    public List<String> codes(String list) {
        return items(list).stream().map(ListItem::getCode).toList();
    }

    /** The codes of a list's entries whose attribute has the given value, e.g. the activity types that count in "structured". */
    public Set<String> codesWhere(String list, String attribute, String value) {
        Set<String> codes = new LinkedHashSet<>();
        for (ListItem item : items(list)) {
            if (Objects.equals(item.attribute(attribute), value)) {
                codes.add(item.getCode());
            }
        }
        return codes;
    }

    /** An attribute of one list entry as text, or null when the entry or the attribute does not exist. */
    public String attribute(String list, String code, String attribute) {
        for (ListItem item : items(list)) {
            if (item.getCode().equals(code)) {
                return item.attribute(attribute);
            }
        }
        return null;
    }

    private List<ListItem> items(String list) {
        List<ListItem> items = lists.get(list);
        if (items == null) {
            throw new IllegalStateException("no list '" + list + "' in the pack's parameters");
        }
        return items;
    }
}
