package org.vigie.hours;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A cancellation or correction by regulator staff: who, when, why, and what the values were before. */
@Table("declaration_change")
record DeclarationChange(@Id Long id, String kind, String changedBy, Instant changedAt, String reason, String previousValues) {
    static final String CANCELLED = "CANCELLED";
    static final String CORRECTED = "CORRECTED";
}
