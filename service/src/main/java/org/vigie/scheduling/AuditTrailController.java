package org.vigie.scheduling;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.Paged;

/** The enterprise's audit trail, read by local administrators and super users. */
@RestController
@Tag(name = "Audit trail", description = "Who changed what in an enterprise, and when (clinic scheduling)")
class AuditTrailController {
    private final ClinicAudit audit;

    AuditTrailController(ClinicAudit audit) {
        this.audit = audit;
    }

    @GetMapping("/api/clinic/enterprises/{enterpriseId}/audit")
    @Operation(operationId = "readAuditTrail",
            summary = "The audit trail: who changed what, when, newest first (local administrators and super users); paged")
    Paged<ClinicAudit.Entry> auditTrail(@PathVariable long enterpriseId, @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size, @Permitted("audit.read") Actor actor) {
        return audit.of(enterpriseId, Paged.request(page, size));
    }
}
