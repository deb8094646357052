package org.vigie.rules.facts;

/**
 * A service a clinic wants to give a professional (scheduling): its appointment type (MF, GMF,
 * GEN), consultation reason (or ALL), duration, and what the rules need to know of the
 * professional and the enterprise. The input fact of the scheduling pack's service rules.
 */
public final class ProposedService {
    private final String appointmentType;
    private final String reason;
    private final int durationMinutes;
    private final String professionalClass;
    private final boolean enterpriseGmf;

    public ProposedService(String appointmentType, String reason, int durationMinutes, String professionalClass, boolean enterpriseGmf) {
        this.appointmentType = appointmentType;
        this.reason = reason;
        this.durationMinutes = durationMinutes;
        this.professionalClass = professionalClass;
        this.enterpriseGmf = enterpriseGmf;
    }

    public String getAppointmentType() { return appointmentType; }
    public String getReason() { return reason; }
    public int getDurationMinutes() { return durationMinutes; }
    /** PHYSICIAN, RESIDENT, NURSE_PRACTITIONER from the practice number; null for clinic staff (no practice number). */
    public String getProfessionalClass() { return professionalClass; }
    public boolean isEnterpriseGmf() { return enterpriseGmf; }
}
