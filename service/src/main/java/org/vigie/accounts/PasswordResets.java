package org.vigie.accounts;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.notifications.Notifications;
import org.vigie.web.Bodies;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.Sha256;
import org.vigie.web.Validation;

/**
 * Password reset by e-mail link: anyone may ask for a link for an e-mail; the answer is the same
 * whether an account exists or not (nobody learns who has an account). The link holds a random
 * token, kept only as its SHA-256, valid for a limited time and once.
 */
@RestController
@Tag(name = "Accounts")
class PasswordResets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final Notifications notifications;
    private final CachingAuthenticationProvider logins;
    private final SecuritySettings settings;
    private final Clock clock;

    PasswordResets(JdbcClient jdbc, Accounts accounts, PasswordEncoder encoder, Notifications notifications,
                   CachingAuthenticationProvider logins, SecuritySettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.encoder = encoder;
        this.notifications = notifications;
        this.logins = logins;
        this.settings = settings;
        this.clock = clock;
    }

    record ResetRequest(@Schema(requiredMode = REQUIRED, description = "The account's login", example = "emma.gelinas@example.org")
                        String email) {
    }

    record NewPassword(@Schema(requiredMode = REQUIRED, description = "At least 8 characters", example = "nouveau-motdepasse-2024")
                       String password) {
    }

    @PostMapping("/api/password-resets")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Transactional
    @SecurityRequirements
    @Operation(operationId = "requestPasswordReset",
            summary = "Ask for a password reset link by e-mail (no login); the same answer whether the account exists or not")
    void request(@RequestBody ResetRequest body) {
        String email = Bodies.required(body).email();
        new Validation().require(email != null && !email.isBlank(), "email", "Le courriel est obligatoire.").throwIfAny();
        Optional<Account> account = accounts.findByUsername(email.trim().toLowerCase());
        if (account.isEmpty()) {
            return;
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        Duration valid = settings.resetLinkValidity();
        jdbc.sql("INSERT INTO password_reset (token_hash, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)")
                .params(Sha256.hex(token), account.get().getId(), Timestamp.from(now), Timestamp.from(now.plus(valid)))
                .update();
        notifications.queue(account.get().getUsername(), "Réinitialisation de votre mot de passe",
                "Bonjour,\n\nPour choisir un nouveau mot de passe, ouvrez ce lien (valable " + valid.toMinutes() + " minutes, une fois) :\n"
                        + settings.resetLink() + token + "\n\nSi vous n'avez rien demandé, ignorez ce message : votre mot de passe ne change pas.\n");
    }

    @PostMapping("/api/password-resets/{token}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    @SecurityRequirements
    @Operation(operationId = "resetPassword", summary = "Choose a new password with the token of the e-mailed link (no login); the link then no longer works")
    void reset(@PathVariable String token, @RequestBody NewPassword body) {
        String password = Bodies.required(body).password();
        Validation validation = new Validation();
        AccountRegistry.checkPassword(validation, "password", password);
        validation.throwIfAny();
        Instant now = clock.instant();
        Long accountId = jdbc.sql("SELECT account_id FROM password_reset WHERE token_hash = ? AND used_at IS NULL AND expires_at > ? FOR UPDATE")
                .params(Sha256.hex(token), Timestamp.from(now)).query(Long.class).optional()
                .orElseThrow(() -> new InvalidRequestException("token",
                        "Ce lien de réinitialisation n'est pas valable (expiré, déjà utilisé ou inconnu). Demandez-en un nouveau."));
        jdbc.sql("UPDATE password_reset SET used_at = ? WHERE token_hash = ?").params(Timestamp.from(now), Sha256.hex(token)).update();
        jdbc.sql("UPDATE account SET password_hash = ? WHERE id = ?").params(encoder.encode(password), accountId).update();
        accounts.findById(accountId).ifPresent(a -> logins.forget(a.getUsername()));
    }
}
