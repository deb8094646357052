package org.vigie.web;

import java.security.SecureRandom;
import java.util.Base64;

/** Fresh secrets for tokens and links: 256 random bits, URL-safe base64 without padding; kept as their {@link Sha256}. */
public final class Secrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    public static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
