package org.vigie.rules.facts;

/** An exemption the regulator validated, with the hours it granted. */
public final class GrantedExemption {
    private final String id;
    private final double hours;

    public GrantedExemption(String id, double hours) {
        this.id = id;
        this.hours = hours;
    }

    public String getId() { return id; }
    public double getHours() { return hours; }
}
