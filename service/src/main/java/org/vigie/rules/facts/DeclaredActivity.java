package org.vigie.rules.facts;

/** A declared training activity that counts (not cancelled): its category, type and declared hours. */
public final class DeclaredActivity {
    private final String id;
    private final String category;
    private final String type;
    private final double hours;

    public DeclaredActivity(String id, String category, String type, double hours) {
        this.id = id;
        this.category = category;
        this.type = type;
        this.hours = hours;
    }

    public String getId() { return id; }
    public String getCategory() { return category; }
    public String getType() { return type; }
    public double getHours() { return hours; }
}
