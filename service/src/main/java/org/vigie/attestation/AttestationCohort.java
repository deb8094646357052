package org.vigie.attestation;

import java.util.List;
import java.util.Optional;

/**
 * A kind of subject that can be attested in bulk, provided by the module that knows it (the hours
 * module for completed cycles, the pathway module for validated pathways).
 */
public interface AttestationCohort {
    /** Whether this cohort is the one of the regulator's rules (hours or pathway). */
    boolean serves(String regulator);

    /** Every subject of the regulator's period that might be attested (each is checked again by {@link #issue}). */
    List<String> subjects(String regulator, String periodId);

    /** The subject's attestation (issued now, or the one issued before); empty when the subject does not qualify. */
    Optional<Attestations.Issued> issue(String regulator, String periodId, String subject, String issuedBy);
}
