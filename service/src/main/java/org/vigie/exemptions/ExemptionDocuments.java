package org.vigie.exemptions;

import org.springframework.data.repository.CrudRepository;

interface ExemptionDocuments extends CrudRepository<ExemptionDocument, Long> {
}
