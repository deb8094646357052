package org.vigie.attestation;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.vigie.web.Sha256;

/**
 * Answers for content that never changes under its address (an attestation's PDF, the published keys while no key
 * is added, the page's stylesheet and logos): a strong ETag and a cache policy. A GET whose If-None-Match names that
 * ETag is answered 304 without the body by Spring's HttpEntityMethodProcessor.
 */
final class Immutables {
    private Immutables() {
    }

    /** The strong ETag of these bytes: their SHA-256, quoted. */
    static String etag(byte[] content) {
        return quoted(Sha256.hex(content));
    }

    static String quoted(String tag) {
        return "\"" + tag + "\"";
    }

    static ResponseEntity.BodyBuilder answer(String etag, CacheControl policy) {
        return ResponseEntity.ok().eTag(etag).cacheControl(policy);
    }
}
