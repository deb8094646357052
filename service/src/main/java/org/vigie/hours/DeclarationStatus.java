package org.vigie.hours;

import org.vigie.web.Texts;

/** A declaration counts while submitted; only regulator staff can cancel it. */
enum DeclarationStatus {
    SUBMITTED,
    CANCELLED;

    /** The state as the API labels it, in the caller's language: « Soumise », « Annulée ». */
    String label() {
        return switch (this) {
            case SUBMITTED -> Texts.of("hours.declaration.status.submitted");
            case CANCELLED -> Texts.of("hours.declaration.status.cancelled");
        };
    }
}
