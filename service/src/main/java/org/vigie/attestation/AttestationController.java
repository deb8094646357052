package org.vigie.attestation;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.Duration;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.vigie.web.Bodies;
import org.vigie.web.Caller;
import org.vigie.web.ForbiddenException;
import org.vigie.web.Paged;
import org.vigie.web.Texts;
import org.vigie.web.Validation;

@RestController
@Tag(name = "Attestations", description = "Attestations of a completed cycle or a validated pathway: their issue, the registry, the "
        + "PDF, revocation")
class AttestationController {
    private static final CacheControl PDF_CACHE = CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable();

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
    @Operation(operationId = "downloadAttestationPdf", summary = "The attestation's PDF, the same bytes every time: an ETag, cached "
            + "privately; If-None-Match with that ETag answers 304")
    ResponseEntity<byte[]> pdf(@PathVariable String number, WebRequest request) {
        Attestation attestation = visible(attestations.get(number));
        // the same bytes for ever (a revocation changes the registry, not the PDF); private: it names its holder
        String etag = Immutables.quoted(attestation.pdfSha256());
        if (request.checkNotModified(etag)) { // 304 and the ETag set, without reading the PDF
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).cacheControl(PDF_CACHE).build();
        }
        byte[] pdf = attestations.pdf(number);
        return Immutables.answer(etag, PDF_CACHE).contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(attestation.number() + ".pdf").build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(pdf);
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
        new Validation().require(reason != null && !reason.isBlank(), "reason", Texts.of("attestation.revocation.reasonRequired"))
                .maxLength("reason", reason, 1000).throwIfAny();
        return attestations.revoke(number, caller.username(), reason.trim());
    }

    @GetMapping("/api/regulators/{regulator}/attestations")
    @Operation(operationId = "listAttestations", summary = "The regulator's registry of attestations, newest first then by number "
            + "(staff: own regulator); page from 0, size 1 to 200 (50), with the total")
    Paged<Attestation> registry(@PathVariable String regulator, @RequestParam(required = false) Integer page,
                                @RequestParam(required = false) Integer size) {
        Caller.current().requireStaffOf(regulator);
        return attestations.ofRegulator(regulator, Paged.request(page, size));
    }

    @GetMapping("/api/members/{memberId}/attestations")
    @Operation(operationId = "listMemberAttestations", summary = "A member's own attestations, newest first (the member; "
            + "administrators): each one's PDF at /api/attestations/{number}/pdf")
    List<Attestation> ofMember(@PathVariable long memberId) {
        Caller.current().requireMaySeeMember(memberId, List.of()); // no regulator's staff: the member and administrators
        return attestations.ofMember(memberId);
    }

    /** The holder, the issuing regulator's staff, administrators. */
    private static Attestation visible(Attestation attestation) {
        Caller caller = Caller.current();
        boolean holder = caller.memberId() != null && caller.memberId().equals(attestation.memberId());
        if (!holder && !caller.isAdmin() && !caller.isStaffOf(attestation.regulator())) {
            throw new ForbiddenException(Texts.of("attestation.visibleToHolderAndIssuer"));
        }
        return attestation;
    }
}
