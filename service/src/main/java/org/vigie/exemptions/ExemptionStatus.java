package org.vigie.exemptions;

import java.util.Map;

import org.vigie.web.Texts;

/** Where an exemption request stands; its labels, in French and English in the catalogue, are the regulator portal's. */
enum ExemptionStatus {
    /** Being prepared: documents can still be added or removed. */
    DRAFT,
    /** Submitted: the member can no longer change it; waiting for regulator staff. */
    SUBMITTED,
    VALIDATED,
    REFUSED;

    /** The state as the API labels it, in the caller's language: « Brouillon », « En traitement », « Validée », « Refusée ». */
    String label() {
        return Texts.of(key());
    }

    /** The state in a language: an e-mail to the member names it in theirs. */
    String label(String language) {
        return Texts.in(language, key(), Map.of());
    }

    private String key() {
        return "exemptions.status." + name();
    }
}
