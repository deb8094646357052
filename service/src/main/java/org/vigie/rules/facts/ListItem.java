package org.vigie.rules.facts;

import java.util.Map;

/**
 * One entry of a list in the pack's parameters (a category, an activity type, a motive...), with
 * its attributes as written in the parameter file.
 */
public final class ListItem {
    private final String list;
    private final String code;
    private final Map<String, Object> attributes;

    public ListItem(String list, String code, Map<String, Object> attributes) {
        this.list = list;
        this.code = code;
        this.attributes = Map.copyOf(attributes);
    }

    public String getList() { return list; }
    public String getCode() { return code; }

    public Map<String, Object> getAttributes() { return attributes; }

    /** An attribute as text, or null when the list entry does not have it. */
    public String attribute(String name) {
        Object value = attributes.get(name);
        return value == null ? null : value.toString();
    }

    /** The entry's label in a language (its attribute fr, en…), its French when the pack gives none in it, else its code. */
    public String label(String language) {
        String label = attribute(language);
        if (label == null) {
            label = attribute("fr");
        }
        return label == null ? code : label;
    }
}
