package org.vigie.attestation;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.vigie.web.Sha256;

/**
 * Answers for content that never changes under its address (an attestation's PDF, the published keys while no key
 * is added, the page's stylesheet and logos): a strong ETag, the SHA-256 of the bytes, and a cache policy. A GET whose
 * If-None-Match names that ETag is answered 304 without the body by Spring's HttpEntityMethodProcessor.
 */
final class Immutables {
    private Immutables() {
    }

    static ResponseEntity.BodyBuilder answer(byte[] content, CacheControl policy) {
        return ResponseEntity.ok().eTag("\"" + Sha256.hex(content) + "\"").cacheControl(policy);
    }
}
