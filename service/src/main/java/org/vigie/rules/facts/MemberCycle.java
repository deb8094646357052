package org.vigie.rules.facts;

import java.time.LocalDate;

/** The member's cycle being evaluated: the regulator's dates and the member's admission date, if any. */
public final class MemberCycle {
    private final String cycleId;
    private final LocalDate cycleStart;
    private final LocalDate cycleEnd;
    private final LocalDate admissionDate;

    public MemberCycle(String cycleId, LocalDate cycleStart, LocalDate cycleEnd, LocalDate admissionDate) {
        this.cycleId = cycleId;
        this.cycleStart = cycleStart;
        this.cycleEnd = cycleEnd;
        this.admissionDate = admissionDate;
    }

    public String getCycleId() { return cycleId; }
    public LocalDate getCycleStart() { return cycleStart; }
    public LocalDate getCycleEnd() { return cycleEnd; }
    /** The admission or readmission date, or null when the member was a member before the cycle. */
    public LocalDate getAdmissionDate() { return admissionDate; }

    /** True when the member was admitted or readmitted after the cycle had started. */
    public boolean isAdmittedDuringCycle() {
        return admissionDate != null && admissionDate.isAfter(cycleStart) && !admissionDate.isAfter(cycleEnd);
    }

    /** The date the member's own cycle starts: the cycle's start or the admission date, whichever is later. */
    public LocalDate getMemberStart() {
        return isAdmittedDuringCycle() ? admissionDate : cycleStart;
    }
}
