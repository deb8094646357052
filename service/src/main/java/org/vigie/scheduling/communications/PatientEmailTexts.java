package org.vigie.scheduling.communications;

import java.util.Map;

/** The published read of the clinic's own e-mail texts (R249, R250): what the notices add to RAMQ's e-mails. */
public interface PatientEmailTexts {
    /**
     * The enterprise's HTML for every subject (a code of the pack's list emailSubjects) it wrote one for in one language (FR
     * or EN), by subject looked up without regard to case as the database compares codes; read at once for the messages of
     * one change. Checked when saved (no logo, image or script, R251).
     */
    Map<String, String> htmls(long enterpriseId, String language);
}
