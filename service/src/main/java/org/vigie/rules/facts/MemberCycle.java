package org.vigie.rules.facts;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The member's cycle being evaluated: the regulator's dates, the member's admission date, if any,
 * and what the member brings to it (the declared activities that count, the validated exemptions,
 * and the credits earned with other regulators in the cycle, which count only where a rule of the
 * pack recognises them). Rules reach single activities with {@code DeclaredActivity( ... ) from $member.activities}.
 * The day of the evaluation (today, an "as of" day, or an author case's date) tells the rules
 * whether the cycle has ended ({@code MemberCycle( ended )}); without one the cycle is taken as running.
 */
public final class MemberCycle {
    private final String cycleId;
    private final LocalDate cycleStart;
    private final LocalDate cycleEnd;
    private final LocalDate admissionDate;
    private final List<DeclaredActivity> activities;
    private final List<GrantedExemption> exemptions;
    private final List<EarnedCredit> credits;
    private final LocalDate evaluatedOn;

    public MemberCycle(String cycleId, LocalDate cycleStart, LocalDate cycleEnd, LocalDate admissionDate,
                       List<DeclaredActivity> activities, List<GrantedExemption> exemptions, List<EarnedCredit> credits) {
        this(cycleId, cycleStart, cycleEnd, admissionDate, activities, exemptions, credits, null);
    }

    private MemberCycle(String cycleId, LocalDate cycleStart, LocalDate cycleEnd, LocalDate admissionDate,
                        List<DeclaredActivity> activities, List<GrantedExemption> exemptions, List<EarnedCredit> credits,
                        LocalDate evaluatedOn) {
        this.cycleId = cycleId;
        this.cycleStart = cycleStart;
        this.cycleEnd = cycleEnd;
        this.admissionDate = admissionDate;
        this.activities = List.copyOf(activities);
        this.exemptions = List.copyOf(exemptions);
        this.credits = List.copyOf(credits);
        this.evaluatedOn = evaluatedOn;
    }

    public MemberCycle(String cycleId, LocalDate cycleStart, LocalDate cycleEnd, LocalDate admissionDate,
                       List<DeclaredActivity> activities, List<GrantedExemption> exemptions) {
        this(cycleId, cycleStart, cycleEnd, admissionDate, activities, exemptions, List.of());
    }

    public MemberCycle(String cycleId, LocalDate cycleStart, LocalDate cycleEnd, LocalDate admissionDate) {
        this(cycleId, cycleStart, cycleEnd, admissionDate, List.of(), List.of());
    }

    /** The same cycle, evaluated on {@code day}. */
    public MemberCycle on(LocalDate day) {
        return new MemberCycle(cycleId, cycleStart, cycleEnd, admissionDate, activities, exemptions, credits, day);
    }

    public String getCycleId() { return cycleId; }
    public LocalDate getCycleStart() { return cycleStart; }
    public LocalDate getCycleEnd() { return cycleEnd; }
    /** The admission or readmission date, or null when the member was a member before the cycle. */
    public LocalDate getAdmissionDate() { return admissionDate; }
    public List<DeclaredActivity> getActivities() { return activities; }
    public List<GrantedExemption> getExemptions() { return exemptions; }
    /** The credits earned with other regulators during the cycle. */
    public List<EarnedCredit> getCredits() { return credits; }

    /** The day of the evaluation, or null when none was given. */
    public LocalDate getEvaluatedOn() { return evaluatedOn; }

    /** True when the day of the evaluation is after the cycle's last day: nothing more can be done within it. */
    public boolean isEnded() {
        return evaluatedOn != null && evaluatedOn.isAfter(cycleEnd);
    }

    /** The hours of the credits earned with one of {@code regulators}. */
    public double creditHoursFrom(Collection<String> regulators) {
        double hours = 0;
        for (EarnedCredit credit : credits) {
            if (regulators.contains(credit.getRegulator())) {
                hours += credit.getHours();
            }
        }
        return hours;
    }

    /** True when the member was admitted or readmitted after the cycle had started. */
    public boolean isAdmittedDuringCycle() {
        return admissionDate != null && admissionDate.isAfter(cycleStart) && !admissionDate.isAfter(cycleEnd);
    }

    /** The date the member's own cycle starts: the cycle's start or the admission date, whichever is later. */
    public LocalDate getMemberStart() {
        return isAdmittedDuringCycle() ? admissionDate : cycleStart;
    }

    /** The hours of every declared activity. */
    public double getDeclaredHours() {
        double hours = 0;
        for (DeclaredActivity activity : activities) {
            hours += activity.getHours();
        }
        return hours;
    }

    /** The hours of the declared activities whose type is one of {@code types}. */
    public double hoursOfTypes(Collection<String> types) {
        double hours = 0;
        for (DeclaredActivity activity : activities) {
            if (types.contains(activity.getType())) {
                hours += activity.getHours();
            }
        }
        return hours;
    }

    /** The hours granted by every validated exemption. */
    public double getExemptedHours() {
        double hours = 0;
        for (GrantedExemption exemption : exemptions) {
            hours += exemption.getHours();
        }
        return hours;
    }
}
