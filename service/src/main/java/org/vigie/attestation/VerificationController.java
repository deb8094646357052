package org.vigie.attestation;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.Bodies;
import org.vigie.web.Languages;
import org.vigie.web.NotFoundException;
import org.vigie.web.Texts;

/** The public side: anyone checks an attestation, with no login, and learns nothing but what it attests. */
@RestController
@SecurityRequirements
@Tag(name = "Verification", description = "Public, no login: check an attestation by its number or its QR code; the regulators' "
        + "public keys")
class VerificationController {
    private static final byte[] STYLESHEET = read("verification/verification.css");
    private static final String STYLESHEET_ETAG = Immutables.etag(STYLESHEET);
    /** An administrator may change a logo: caches ask again after a day, and the ETag saves the bytes then. */
    private static final CacheControl ASSETS = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    private final Attestations attestations;
    private final SigningKeys keys;
    private final VerificationPage page;
    private final AttestationTemplates templates;

    VerificationController(Attestations attestations, SigningKeys keys, VerificationPage page, AttestationTemplates templates) {
        this.attestations = attestations;
        this.keys = keys;
        this.page = page;
        this.templates = templates;
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
    @Operation(operationId = "listPublicKeys", summary = "Public: every regulator's Ed25519 public keys (X.509, base64) and their "
            + "fingerprints, to verify a QR code offline; an ETag (If-None-Match answers 304), cached for an hour")
    ResponseEntity<List<SigningKeys.PublishedKey>> publicKeys() {
        List<SigningKeys.PublishedKey> published = keys.published();
        // a key never changes once published; a rotation adds one, which changes the ETag
        byte[] identity = published.stream().map(k -> k.keyId() + ":" + k.fingerprint() + ":" + k.active())
                .collect(java.util.stream.Collectors.joining(",")).getBytes(StandardCharsets.UTF_8);
        return Immutables.answer(Immutables.etag(identity), CacheControl.maxAge(Duration.ofHours(1)).cachePublic()).body(published);
    }

    @GetMapping(path = "/verify/{number}", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(operationId = "readVerificationPage", summary = "Public: the page a scanned QR code opens, in French (English when the "
            + "browser prefers it): valid or revoked with the holder, what is attested, the period, the dates; 404 for an unknown number")
    ResponseEntity<String> page(@PathVariable String number) {
        Attestations.PublicStatus status = attestations.checked("page", attestations.status(number));
        String language = Languages.current();
        return ResponseEntity.status("UNKNOWN".equals(status.status()) ? HttpStatus.NOT_FOUND : HttpStatus.OK)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_LANGUAGE, language).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .cacheControl(CacheControl.noStore()) // a revocation shows at once
                .body(page.render(status, language));
    }

    /** The page's stylesheet: the only thing besides the logo that its policy lets it load. */
    @Hidden
    @GetMapping(path = "/verify/assets/verification.css", produces = "text/css")
    ResponseEntity<byte[]> stylesheet() {
        return Immutables.answer(STYLESHEET_ETAG, ASSETS).contentType(MediaType.parseMediaType("text/css;charset=UTF-8")).body(STYLESHEET);
    }

    /** The regulator's logo as its attestations print it (pdf-templates/images/<regulator>/logo.png, or the default one). */
    @Hidden
    @GetMapping(path = "/verify/assets/logos/{regulator}.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> logo(@PathVariable String regulator) throws IOException {
        if (!regulator.matches("[a-z0-9-]{1,60}")) {
            throw new NotFoundException(Texts.of("attestation.logo.unknown", "regulator", regulator));
        }
        byte[] png = Files.readAllBytes(templates.image(regulator, "logo.png"));
        return Immutables.answer(Immutables.etag(png), ASSETS).contentType(MediaType.IMAGE_PNG).body(png);
    }

    private static byte[] read(String resource) {
        try (var in = new ClassPathResource(resource).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
