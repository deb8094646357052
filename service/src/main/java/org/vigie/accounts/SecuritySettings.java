package org.vigie.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator, created from configuration when no account has that name; and the
 * password reset links: the page the e-mailed link opens (the token is appended) and how long it works;
 * the BCrypt cost of new password hashes (10, Spring Security's default; the tests lower it, since
 * they sign hundreds of people up and a hash at cost 10 takes tens of milliseconds on purpose).
 */
@ConfigurationProperties("vigie.security")
public record SecuritySettings(String adminUsername, String adminPassword,
                               @DefaultValue("http://localhost:8080/reinitialisation?token=") String resetLink,
                               @DefaultValue("60m") Duration resetLinkValidity,
                               @DefaultValue("10") int bcryptStrength) {
}
