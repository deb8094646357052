package org.vigie.scheduling.communications;

import java.time.Instant;

/** The enterprise's own text for one e-mail subject in one language (R250), for all its locations (R249). */
record EmailText(String subject, String language, String html, String updatedBy, Instant updatedAt) {
}
