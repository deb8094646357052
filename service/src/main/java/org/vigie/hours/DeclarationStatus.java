package org.vigie.hours;

/** A declaration counts while submitted; only regulator staff can cancel it. */
enum DeclarationStatus {
    SUBMITTED("Soumise"),
    CANCELLED("Annulée");

    final String label;

    DeclarationStatus(String label) {
        this.label = label;
    }
}
