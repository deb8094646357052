package org.vigie.rules.facts;

import java.time.LocalDate;

/**
 * A credit the member earned with another regulator (an FMOQ group activity the federation
 * validated, say): whose, which course, how many hours, on which day. A pack recognises such
 * credits only where one of its rules says so (an agreement between regulators).
 */
public final class EarnedCredit {
    private final String regulator;
    private final String course;
    private final String title;
    private final double hours;
    private final LocalDate date;

    public EarnedCredit(String regulator, String course, String title, double hours, LocalDate date) {
        this.regulator = regulator;
        this.course = course;
        this.title = title;
        this.hours = hours;
        this.date = date;
    }

    public String getRegulator() { return regulator; }
    public String getCourse() { return course; }
    public String getTitle() { return title; }
    public double getHours() { return hours; }
    public LocalDate getDate() { return date; }
}
