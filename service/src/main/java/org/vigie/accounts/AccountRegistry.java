package org.vigie.accounts;

import java.time.Clock;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.vigie.web.ConflictException;
import org.vigie.web.Texts;
import org.vigie.web.Validation;

/** Opens accounts: hashes the password, refuses a taken username. */
@Component
public class AccountRegistry {
    static final int MIN_PASSWORD_LENGTH = 8;
    /** BCrypt reads no further than 72 bytes. */
    static final int MAX_PASSWORD_BYTES = 72;

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;

    AccountRegistry(Accounts accounts, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
    }

    public static void checkPassword(Validation validation, String field, String password) {
        validation.require(password != null && password.length() >= MIN_PASSWORD_LENGTH, field,
                Texts.of("accounts.password.tooShort", "min", MIN_PASSWORD_LENGTH));
        validation.require(password == null || password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES,
                field, Texts.of("accounts.password.tooLong", "max", MAX_PASSWORD_BYTES));
    }

    public Account openForMember(String username, String password, long memberId) {
        requireFree(username);
        return accounts.save(Account.member(username, encoder.encode(password), memberId, clock.instant()));
    }

    /** A member's account whose e-mails are in this language (fr or en; any other reads as French). */
    public Account openForMember(String username, String password, long memberId, String language) {
        Account account = openForMember(username, password, memberId);
        if ("en".equals(language)) {
            accounts.changeLanguage(account.getId(), "en");
        }
        return account;
    }

    public Account openForStaff(String username, String password, String regulator) {
        requireFree(username);
        return accounts.save(Account.staff(username, encoder.encode(password), regulator, clock.instant()));
    }

    /** A clinic user's sign-in: their RAMQ identifier and password (local accounts until RAMQ's identity provider is wired). */
    public Account openForClinicUser(String ramqId, String password) {
        requireFree(ramqId);
        return accounts.save(Account.clinic(ramqId, encoder.encode(password), clock.instant()));
    }

    private void requireFree(String username) {
        if (accounts.existsByUsername(username)) {
            throw new ConflictException(Texts.of("accounts.username.taken", "username", username));
        }
    }
}
