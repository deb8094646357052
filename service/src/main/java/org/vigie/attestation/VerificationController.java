package org.vigie.attestation;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import org.vigie.web.Bodies;

/** The public side: anyone checks an attestation, with no login, and learns nothing but what it attests. */
@RestController
@SecurityRequirements
@Tag(name = "Verification", description = "Public, no login: check an attestation by its number or its QR code; the regulators' "
        + "public keys")
class VerificationController {
    private final Attestations attestations;
    private final SigningKeys keys;

    VerificationController(Attestations attestations, SigningKeys keys) {
        this.attestations = attestations;
        this.keys = keys;
    }

    @GetMapping("/api/public/attestations/{number}")
    @Operation(operationId = "readAttestationStatus",
            summary = "Public: VALID, REVOKED or UNKNOWN, with the holder's name, the regulator and what is attested; nothing else")
    Attestations.PublicStatus status(@PathVariable String number) {
        return attestations.checked("number", attestations.status(number));
    }

    record Scanned(@Schema(requiredMode = REQUIRED, description = "What the QR code holds: the address, or what follows #",
            example = "http://localhost:8080/verify/OTPQ-7KQ2M9XH4P#AJ3Q7VYDWX4ERKSAOTVWE2LLW6BNRYP7JMNOGSCMNUXVGJ2UU7J4") String code) {
    }

    @PostMapping("/api/public/attestations/verification")
    @Operation(operationId = "verifyAttestation",
            summary = "Public: check what a QR code holds (the address, or what follows #): the signature with the regulator's "
            + "public key (FORGED when a byte was changed), then the registry (VALID, REVOKED, UNKNOWN)")
    Attestations.PublicStatus verify(@RequestBody Scanned body) {
        return attestations.checked("code", attestations.verify(Bodies.required(body).code()));
    }

    @GetMapping("/api/public/signing-keys")
    @Operation(operationId = "listPublicKeys", summary = "Public: every regulator's Ed25519 public keys (X.509, base64), to verify a QR code offline")
    List<SigningKeys.PublishedKey> publicKeys() {
        return keys.published();
    }

    @GetMapping(path = "/verify/{number}", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(operationId = "readVerificationPage", summary = "Public: the page a scanned QR code opens")
    String page(@PathVariable String number) {
        Attestations.PublicStatus status = attestations.checked("page", attestations.status(number));
        String verdict = switch (status.status()) {
            case "VALID" -> "Attestation valide";
            case "REVOKED" -> "Attestation révoquée";
            default -> "Attestation inconnue";
        };
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width\"/><title>Vérification d'attestation</title></head><body>"
                + "<h1>" + verdict + "</h1><p>N° " + HtmlUtils.htmlEscape(number) + "</p>");
        if (!"UNKNOWN".equals(status.status())) {
            html.append("<dl><dt>Titulaire</dt><dd>").append(HtmlUtils.htmlEscape(status.holder()))
                    .append("</dd><dt>Délivrée par</dt><dd>").append(HtmlUtils.htmlEscape(status.regulatorName()))
                    .append("</dd><dt>Atteste</dt><dd>").append(HtmlUtils.htmlEscape(status.attested()))
                    .append("</dd><dt>Délivrée le</dt><dd>").append(status.issuedOn()).append("</dd>");
            if (status.revokedAt() != null) {
                html.append("<dt>Révoquée le</dt><dd>").append(status.revokedAt()).append("</dd>");
            }
            html.append("</dl>");
        } else {
            html.append("<p>Aucune attestation ne porte ce numéro : elle n'a pas été délivrée par ce service.</p>");
        }
        return html.append("</body></html>").toString();
    }
}
