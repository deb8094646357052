package org.vigie.scheduling.communications;

import java.util.Optional;

/** The published read of the clinic's own e-mail texts (R249, R250): what the notices add to RAMQ's e-mails. */
public interface PatientEmailTexts {
    /**
     * The enterprise's HTML for one subject (a code of the pack's list emailSubjects) in one language (FR or EN), when it wrote
     * one; checked when saved (no logo, image or script, R251).
     */
    Optional<String> html(long enterpriseId, String subject, String language);
}
