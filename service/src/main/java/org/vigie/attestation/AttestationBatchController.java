package org.vigie.attestation;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.Bodies;
import org.vigie.web.Caller;

@RestController
@Tag(name = "Attestation batches", description = "A whole period's attestations issued in the background: progress, resumption, "
        + "the PDFs in one ZIP")
class AttestationBatchController {
    private final AttestationBatches batches;

    AttestationBatchController(AttestationBatches batches) {
        this.batches = batches;
    }

    record NewBatch(@Schema(requiredMode = REQUIRED, description = "The period (or cycle) of the regulator's rule set",
            example = "2022-2025") String periodId) {
    }

    @PostMapping("/api/regulators/{regulator}/attestation-batches")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(operationId = "startAttestationBatch", summary = "Issue in the background the attestations of a whole period (staff: "
            + "own regulator): every completed cycle, or every validated pathway; never twice for the same member and period")
    AttestationBatches.Batch startBatch(@PathVariable String regulator, @RequestBody NewBatch body) {
        Caller caller = Caller.current().requireStaffOf(regulator);
        return batches.start(regulator, Bodies.required(body).periodId(), caller.username());
    }

    @GetMapping("/api/attestation-batches/{batchId}")
    @Operation(operationId = "readAttestationBatch", summary = "A batch's progress: total, done, issued, already issued, not "
            + "qualifying, failed (staff: own regulator)")
    AttestationBatches.Batch batch(@PathVariable long batchId) {
        AttestationBatches.Batch batch = batches.get(batchId);
        Caller.current().requireStaffOf(batch.regulator());
        return batch;
    }

    @PostMapping("/api/attestation-batches/{batchId}/resumption")
    @Operation(operationId = "resumeAttestationBatch", summary = "Run a failed or stopped batch again (staff: own regulator); what it "
            + "issued is found, not issued twice")
    AttestationBatches.Batch resume(@PathVariable long batchId) {
        Caller.current().requireStaffOf(batches.get(batchId).regulator());
        return batches.resume(batchId);
    }

    @GetMapping("/api/attestation-batches/{batchId}/zip")
    @Operation(operationId = "downloadAttestationBatch", summary = "Every PDF of the batch in one ZIP (staff: own regulator)")
    void zip(@PathVariable long batchId, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        Caller.current().requireStaffOf(batches.get(batchId).regulator());
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("attestations-" + batchId + ".zip")
                .build().toString());
        batches.zip(batchId, response.getOutputStream()); // streamed: a large cohort's PDFs are never all in memory
    }
}
