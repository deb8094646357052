package org.vigie.attestation;

import java.time.LocalDate;
import java.util.Map;

/**
 * What another module asks to attest: the template ({@code kind}), the regulator, what it is about
 * ({@code subjectKey}: one attestation per subject, ever), the holder, a short text of what is
 * attested (in the QR code and on the verification page), and the template's own values.
 */
public record AttestationRequest(String kind, String regulator, String subjectKey, Long memberId, String holderName,
                                 String attested, LocalDate validFrom, LocalDate validUntil, String ruleSetVersion,
                                 String ruleSetHash, String issuedBy, Map<String, Object> values) {
}
