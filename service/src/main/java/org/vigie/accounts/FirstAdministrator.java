package org.vigie.accounts;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Creates the administrator named in configuration, once: several instances may start together. */
@Component
class FirstAdministrator {
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final SecuritySettings settings;
    private final Clock clock;

    FirstAdministrator(Accounts accounts, PasswordEncoder encoder, SecuritySettings settings, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createIfMissing() {
        if (settings.adminUsername() == null || settings.adminPassword() == null
                || accounts.existsByUsername(settings.adminUsername())) {
            return;
        }
        try {
            accounts.save(Account.admin(settings.adminUsername(), encoder.encode(settings.adminPassword()), clock.instant()));
            log.info("Created the first administrator '{}' from configuration", settings.adminUsername());
        } catch (DuplicateKeyException e) {
            log.info("Administrator '{}' was created by another instance", settings.adminUsername());
        }
    }
}
