package org.vigie.exemptions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An exemption request as the API shows it, with its documents (not their content). */
record ExemptionView(long id, long memberId, String regulator, String cycleId, String motive, LocalDate motiveStart,
                     LocalDate motiveEnd, String complement, String precision, String status, String statusLabel,
                     BigDecimal hoursGranted, String decidedBy, Instant decidedAt, String decisionNote, Instant submittedAt,
                     List<DocumentView> documents) {

    record DocumentView(long id, String filename, String contentType, long sizeBytes, String sha256, Instant uploadedAt) {
    }

    static ExemptionView of(Exemption e, List<DocumentView> documents) {
        return new ExemptionView(e.getId(), e.getMemberId(), e.getRegulator(), e.getCycleId(), e.getMotive(),
                e.getMotiveStart(), e.getMotiveEnd(), e.getComplement(), e.getPrecisionText(), e.getStatus().name(),
                e.getStatus().label(), e.getHoursGranted(), e.getDecidedBy(), e.getDecidedAt(), e.getDecisionNote(),
                e.getSubmittedAt(), documents);
    }
}
