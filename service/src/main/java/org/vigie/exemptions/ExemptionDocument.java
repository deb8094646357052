package org.vigie.exemptions;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A supporting document of an exemption request, kept as bytes: stored and served back, never opened or run. */
@Table("exemption_document")
record ExemptionDocument(@Id Long id, long exemptionId, String filename, String contentType, long sizeBytes, String sha256,
                         byte[] content, Instant uploadedAt) {
}
