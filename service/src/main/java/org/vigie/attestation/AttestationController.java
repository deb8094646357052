package org.vigie.attestation;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.Bodies;
import org.vigie.web.Caller;
import org.vigie.web.ForbiddenException;
import org.vigie.web.Validation;

@RestController
@Tag(name = "Attestations", description = "Attestations issued: registry, PDF, revocation, signing keys")
class AttestationController {
    private final Attestations attestations;
    private final SigningKeys keys;
    private final AttestationBatches batches;

    AttestationController(Attestations attestations, SigningKeys keys, AttestationBatches batches) {
        this.attestations = attestations;
        this.keys = keys;
        this.batches = batches;
    }

    record NewBatch(String periodId) {
    }

    @PostMapping("/api/regulators/{regulator}/attestation-batches")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Issue in the background the attestations of a whole period (staff: own regulator): every completed "
            + "cycle, or every validated pathway; never twice for the same member and period")
    AttestationBatches.Batch startBatch(@PathVariable String regulator, @RequestBody NewBatch body) {
        Caller caller = Caller.current().requireStaffOf(regulator);
        return batches.start(regulator, Bodies.required(body).periodId(), caller.username());
    }

    @GetMapping("/api/attestation-batches/{batchId}")
    @Operation(summary = "A batch's progress: total, done, issued, already issued, not qualifying, failed (staff: own regulator)")
    AttestationBatches.Batch batch(@PathVariable long batchId) {
        AttestationBatches.Batch batch = batches.get(batchId);
        Caller.current().requireStaffOf(batch.regulator());
        return batch;
    }

    @PostMapping("/api/attestation-batches/{batchId}/resumption")
    @Operation(summary = "Run a failed or stopped batch again (staff: own regulator); what it issued is found, not issued twice")
    AttestationBatches.Batch resume(@PathVariable long batchId) {
        Caller.current().requireStaffOf(batches.get(batchId).regulator());
        return batches.resume(batchId);
    }

    @GetMapping("/api/attestation-batches/{batchId}/zip")
    @Operation(summary = "Every PDF of the batch in one ZIP (staff: own regulator)")
    void zip(@PathVariable long batchId, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        Caller.current().requireStaffOf(batches.get(batchId).regulator());
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("attestations-" + batchId + ".zip")
                .build().toString());
        batches.zip(batchId, response.getOutputStream()); // streamed: a large cohort's PDFs are never all in memory
    }

    @GetMapping("/api/attestations/{number}")
    @Operation(summary = "One attestation as the registry keeps it: holder, issuer, date, rule-set version, the PDF's SHA-256, revocation")
    Attestation get(@PathVariable String number) {
        return visible(attestations.get(number));
    }

    @GetMapping("/api/attestations/{number}/pdf")
    @Operation(summary = "The attestation's PDF, the same bytes every time")
    ResponseEntity<byte[]> pdf(@PathVariable String number) {
        Attestation attestation = visible(attestations.get(number));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(attestation.number() + ".pdf").build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(attestations.pdf(number));
    }

    record Revocation(String reason) {
    }

    @PostMapping("/api/attestations/{number}/revocation")
    @Operation(summary = "Revoke an attestation, with the reason (the regulator's staff): verification then answers REVOKED")
    Attestation revoke(@PathVariable String number, @RequestBody Revocation body) {
        String reason = Bodies.required(body).reason();
        Attestation attestation = attestations.get(number);
        Caller caller = Caller.current().requireStaffOf(attestation.regulator());
        new Validation().require(reason != null && !reason.isBlank(), "reason", "Le motif de la révocation est obligatoire.")
                .maxLength("reason", reason, 1000).throwIfAny();
        return attestations.revoke(number, caller.username(), reason.trim());
    }

    @GetMapping("/api/regulators/{regulator}/attestations")
    @Operation(summary = "The regulator's registry of attestations, newest first (staff: own regulator)")
    List<Attestation> registry(@PathVariable String regulator) {
        Caller.current().requireStaffOf(regulator);
        return attestations.ofRegulator(regulator);
    }

    @PostMapping("/api/regulators/{regulator}/signing-keys")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Rotate the regulator's signing key (administrators): new attestations are signed with the new key; "
            + "the old keys stay published and keep verifying")
    SigningKeys.PublishedKey rotate(@PathVariable String regulator) {
        Caller caller = Caller.current();
        if (!caller.isAdmin()) {
            throw new ForbiddenException("Seuls les administrateurs changent les clés de signature.");
        }
        String keyId = keys.rotate(regulator).keyId();
        return keys.published().stream().filter(k -> k.keyId().equals(keyId)).findFirst().orElseThrow();
    }

    /** The holder, the issuing regulator's staff, administrators. */
    private static Attestation visible(Attestation attestation) {
        Caller caller = Caller.current();
        boolean holder = caller.memberId() != null && caller.memberId().equals(attestation.memberId());
        if (!holder && !caller.isAdmin() && !caller.isStaffOf(attestation.regulator())) {
            throw new ForbiddenException("Cette attestation n'est visible que de son titulaire et de l'organisme qui l'a délivrée.");
        }
        return attestation;
    }

}
