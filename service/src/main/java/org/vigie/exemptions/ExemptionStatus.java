package org.vigie.exemptions;

/** Where an exemption request stands; the labels are the regulator portal's. */
enum ExemptionStatus {
    /** Being prepared: documents can still be added or removed. */
    DRAFT("Brouillon"),
    /** Submitted: the member can no longer change it; waiting for regulator staff. */
    SUBMITTED("En traitement"),
    VALIDATED("Validée"),
    REFUSED("Refusée");

    final String label;

    ExemptionStatus(String label) {
        this.label = label;
    }
}
