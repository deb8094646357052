package org.vigie.attestation;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.Bodies;
import org.vigie.web.Caller;
import org.vigie.web.ForbiddenException;
import org.vigie.web.Validation;

@RestController
@Tag(name = "Attestations", description = "Attestations of a completed cycle or a validated pathway: their issue, the registry, the "
        + "PDF, revocation")
class AttestationController {
    private final Attestations attestations;

    AttestationController(Attestations attestations) {
        this.attestations = attestations;
    }

    @GetMapping("/api/attestations/{number}")
    @Operation(operationId = "readAttestation", summary = "One attestation as the registry keeps it: holder, issuer, date, rule-set "
            + "version, the PDF's SHA-256, revocation")
    Attestation get(@PathVariable String number) {
        return visible(attestations.get(number));
    }

    @GetMapping("/api/attestations/{number}/pdf")
    @Operation(operationId = "downloadAttestationPdf", summary = "The attestation's PDF, the same bytes every time")
    ResponseEntity<byte[]> pdf(@PathVariable String number) {
        Attestation attestation = visible(attestations.get(number));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(attestation.number() + ".pdf").build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(attestations.pdf(number));
    }

    record Revocation(@Schema(requiredMode = REQUIRED, description = "At most 1000 characters; kept in the registry",
            example = "Attestation délivrée par erreur : le cycle a été corrigé.") String reason) {
    }

    @PostMapping("/api/attestations/{number}/revocation")
    @Operation(operationId = "revokeAttestation", summary = "Revoke an attestation, with the reason (the regulator's staff): "
            + "verification then answers REVOKED")
    Attestation revoke(@PathVariable String number, @RequestBody Revocation body) {
        String reason = Bodies.required(body).reason();
        Attestation attestation = attestations.get(number);
        Caller caller = Caller.current().requireStaffOf(attestation.regulator());
        new Validation().require(reason != null && !reason.isBlank(), "reason", "Le motif de la révocation est obligatoire.")
                .maxLength("reason", reason, 1000).throwIfAny();
        return attestations.revoke(number, caller.username(), reason.trim());
    }

    @GetMapping("/api/regulators/{regulator}/attestations")
    @Operation(operationId = "listAttestations", summary = "The regulator's registry of attestations, newest first (staff: own "
            + "regulator)")
    List<Attestation> registry(@PathVariable String regulator) {
        Caller.current().requireStaffOf(regulator);
        return attestations.ofRegulator(regulator);
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
