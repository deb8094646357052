package org.vigie.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The first administrator, created from configuration when no account has that name. */
@ConfigurationProperties("vigie.security")
public record SecuritySettings(String adminUsername, String adminPassword) {
}
