package org.vigie.exemptions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.vigie.web.ConflictException;
import org.vigie.web.Texts;

/**
 * A member's request to be exempted from part of a cycle's hours. Drafted with its motive and
 * documents, submitted once (then the member cannot change it), decided by regulator staff.
 */
@Table("exemption")
class Exemption {
    @Id
    private Long id;
    private final long memberId;
    private final String regulator;
    private final String cycleId;
    private final String motive;
    private final LocalDate motiveStart;
    private final LocalDate motiveEnd;
    private final String complement;
    private final String precisionText;
    private ExemptionStatus status;
    private BigDecimal hoursGranted;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionNote;
    private final Instant createdAt;
    private Instant submittedAt;
    @Version
    private Integer version;

    @PersistenceCreator
    Exemption(Long id, long memberId, String regulator, String cycleId, String motive, LocalDate motiveStart,
              LocalDate motiveEnd, String complement, String precisionText, ExemptionStatus status, BigDecimal hoursGranted,
              String decidedBy, Instant decidedAt, String decisionNote, Instant createdAt, Instant submittedAt, Integer version) {
        this.id = id;
        this.memberId = memberId;
        this.regulator = regulator;
        this.cycleId = cycleId;
        this.motive = motive;
        this.motiveStart = motiveStart;
        this.motiveEnd = motiveEnd;
        this.complement = complement;
        this.precisionText = precisionText;
        this.status = status;
        this.hoursGranted = hoursGranted;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.decisionNote = decisionNote;
        this.createdAt = createdAt;
        this.submittedAt = submittedAt;
        this.version = version;
    }

    static Exemption draft(long memberId, String regulator, String cycleId, String motive, LocalDate motiveStart,
                           LocalDate motiveEnd, String complement, String precision, Instant now) {
        return new Exemption(null, memberId, regulator, cycleId, motive, motiveStart, motiveEnd, complement, precision,
                ExemptionStatus.DRAFT, null, null, null, null, now, null, null);
    }

    void requireDraft() {
        if (status != ExemptionStatus.DRAFT) {
            throw new ConflictException(Texts.of("exemptions.submitted.cannotChange"));
        }
    }

    void submit(Instant now) {
        requireDraft();
        status = ExemptionStatus.SUBMITTED;
        submittedAt = now;
    }

    void validate(BigDecimal hours, String by, Instant at, String note) {
        requireSubmitted();
        status = ExemptionStatus.VALIDATED;
        hoursGranted = hours;
        decide(by, at, note);
    }

    void refuse(String by, Instant at, String note) {
        requireSubmitted();
        status = ExemptionStatus.REFUSED;
        decide(by, at, note);
    }

    private void requireSubmitted() {
        if (status != ExemptionStatus.SUBMITTED) {
            throw new ConflictException(status == ExemptionStatus.DRAFT
                    ? Texts.of("exemptions.decision.notSubmitted")
                    : Texts.of("exemptions.decision.alreadyDecided", "status", status.label()));
        }
    }

    private void decide(String by, Instant at, String note) {
        decidedBy = by;
        decidedAt = at;
        decisionNote = note;
    }

    /** Touching the request makes a concurrent submission of it fail on its version, not slip past a new document. */
    void touch() {
        requireDraft();
    }

    Long getId() { return id; }
    long getMemberId() { return memberId; }
    String getRegulator() { return regulator; }
    String getCycleId() { return cycleId; }
    String getMotive() { return motive; }
    LocalDate getMotiveStart() { return motiveStart; }
    LocalDate getMotiveEnd() { return motiveEnd; }
    String getComplement() { return complement; }
    String getPrecisionText() { return precisionText; }
    ExemptionStatus getStatus() { return status; }
    BigDecimal getHoursGranted() { return hoursGranted; }
    String getDecidedBy() { return decidedBy; }
    Instant getDecidedAt() { return decidedAt; }
    String getDecisionNote() { return decisionNote; }
    Instant getCreatedAt() { return createdAt; }
    Instant getSubmittedAt() { return submittedAt; }
}
