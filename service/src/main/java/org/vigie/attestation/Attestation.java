package org.vigie.attestation;

import java.time.Instant;
import java.time.LocalDate;

/** One issued attestation as the registry keeps it (the PDF's bytes apart). */
public record Attestation(String number, String kind, String regulator, String subjectKey, Long memberId, String holderName,
                          String attested, LocalDate validFrom, LocalDate validUntil, String ruleSetVersion, String ruleSetHash,
                          Instant issuedAt, String issuedBy, String keyId, String signedCode, String pdfSha256,
                          Instant revokedAt, String revokedBy, String revocationReason) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
