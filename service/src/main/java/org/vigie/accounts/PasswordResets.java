package org.vigie.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.notifications.Notifications;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.PublicAddress;
import org.vigie.web.Secrets;
import org.vigie.web.Sha256;
import org.vigie.web.Texts;
import org.vigie.web.Validation;

/**
 * Password reset by e-mail link: anyone may ask for a link for an e-mail; the answer is the same
 * whether an account exists or not (nobody learns who has an account). The link holds a random
 * token, kept only as its SHA-256, valid for a limited time and once.
 */
@Service
class PasswordResets {
    private final PasswordResetTokens tokens;
    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final Notifications notifications;
    private final CachingAuthenticationProvider logins;
    private final SecuritySettings settings;
    private final PublicAddress address;
    private final Clock clock;

    PasswordResets(PasswordResetTokens tokens, Accounts accounts, PasswordEncoder encoder, Notifications notifications,
                   CachingAuthenticationProvider logins, SecuritySettings settings, PublicAddress address, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.encoder = encoder;
        this.notifications = notifications;
        this.logins = logins;
        this.settings = settings;
        this.address = address;
        this.clock = clock;
    }

    /** A link mailed to the account's login; nothing, and the same answer, when there is no such account. */
    @Transactional
    void request(String email) {
        new Validation().require(email != null && !email.isBlank(), "email", Texts.of("accounts.passwordReset.email.required")).throwIfAny();
        Optional<Account> account = accounts.findByUsername(email.trim().toLowerCase());
        if (account.isEmpty()) {
            return;
        }
        String token = Secrets.token();
        Instant now = clock.instant();
        Duration valid = settings.resetLinkValidity();
        tokens.add(Sha256.hex(token), account.get().getId(), now, now.plus(valid));
        // in the account's language: the person asking may not be signed in, and their request's language may be a stranger's
        String language = accounts.languageOf(account.get().getId());
        Map<String, Object> values = Map.of("minutes", valid.toMinutes(), "link", link() + token);
        notifications.queue(account.get().getUsername(), Texts.in(language, "accounts.passwordReset.mail.subject", Map.of()),
                Texts.in(language, "accounts.passwordReset.mail.body", values));
    }

    /** Where the mailed link leads, before its token: the setting, else the service's own page at its public address. */
    private String link() {
        String configured = settings.resetLink() == null ? "" : settings.resetLink().trim();
        return configured.isEmpty() ? address.at(PasswordResetPage.PATH) : configured;
    }

    /** Whether the link of this token still works (unused, unexpired); nothing changes. */
    boolean usable(String token) {
        return token != null && tokens.usable(Sha256.hex(token), clock.instant());
    }

    /** The new password, once per link; the cached login of the account is forgotten. */
    @Transactional
    void reset(String token, String password) {
        Validation validation = new Validation();
        AccountRegistry.checkPassword(validation, "password", password);
        validation.throwIfAny();
        Instant now = clock.instant();
        String hash = Sha256.hex(token);
        long accountId = tokens.lockUsable(hash, now).orElseThrow(() -> new InvalidRequestException("token",
                Texts.of("accounts.passwordReset.invalidLink")));
        tokens.markUsed(hash, now);
        accounts.changePassword(accountId, encoder.encode(password));
        accounts.findById(accountId).ifPresent(a -> logins.forget(a.getUsername()));
    }
}
