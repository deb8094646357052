package org.vigie.rules.facts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A verdict the rules reach about something other than hours or actions: a group that breaks a
 * requirement ({@code violation}), an activity that is or is not eligible to a programme
 * ({@code eligible}, {@code ineligible}). The member-facing text is the pack's message
 * {@code finding.<code>}, with the values the rule names.
 */
public final class Finding {
    private final String kind;
    private final String code;
    private final String rule;
    private final Map<String, Object> values = new LinkedHashMap<>();

    public Finding(String kind, String code, String rule, Object... namesAndValues) {
        this.kind = kind;
        this.code = code;
        this.rule = rule;
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            values.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
    }

    public String getKind() { return kind; }
    public String getCode() { return code; }
    public String getRule() { return rule; }
    /** The values the rule names; one may be null (a fact's field left empty), which must not fail the answer. */
    public Map<String, Object> getValues() { return Collections.unmodifiableMap(values); }
}
