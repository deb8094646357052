package org.vigie.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator, created from configuration when no account has that name; and the
 * password reset links: the page the e-mailed link opens (the token is appended; empty, the service's own page
 * {@code <public base URL>/password-reset/}) and how long it works;
 * the BCrypt cost of new password hashes (10, Spring Security's default; the tests lower it, since
 * they sign hundreds of people up and a hash at cost 10 takes tens of milliseconds on purpose);
 * whether clients reach the service through TLS only (then browsers are told so, HSTS); and how
 * failed sign-ins are throttled.
 */
@ConfigurationProperties("vigie.security")
public record SecuritySettings(String adminUsername, String adminPassword,
                               @DefaultValue("") String resetLink,
                               @DefaultValue("60m") Duration resetLinkValidity,
                               @DefaultValue("10") int bcryptStrength,
                               @DefaultValue("false") boolean behindTls,
                               SignIn signIn) {

    /** One limit per account, a much higher one per client address (many people may share an address). */
    public record SignIn(Limit account, Limit address) {
    }

    /**
     * After {@code failures} failed sign-ins counted since the first one of a {@code window}, a lock of {@code lock}, doubled at
     * each further failure up to {@code maxLock}.
     */
    public record Limit(int failures, Duration lock, Duration maxLock, Duration window) {

        /** How long the failure that brings the count to {@code count} locks; zero below the threshold. */
        Duration lockAfter(int count) {
            if (count < failures) {
                return Duration.ZERO;
            }
            int doublings = Math.min(count - failures, 30);
            Duration grown = lock.multipliedBy(1L << doublings);
            return grown.compareTo(maxLock) > 0 ? maxLock : grown;
        }
    }
}
