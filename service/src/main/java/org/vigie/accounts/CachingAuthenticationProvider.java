package org.vigie.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.vigie.web.LoginAliases;
import org.vigie.web.Sha256;

/**
 * HTTP Basic sends the password with every request and BCrypt takes tens of milliseconds on
 * purpose. This provider checks BCrypt once, then remembers a SHA-256 of the credentials for a
 * short while, so that a member's dashboard does not pay for a hash on every call.
 * Credentials it remembers are not guesses: only the others go through the {@link SignInThrottle}.
 * A name no account has is compared with a dummy hash of the same cost, so that a wrong password
 * takes as long whether the account exists or not and the answer's time does not tell which e-mails have one.
 */
final class CachingAuthenticationProvider implements AuthenticationProvider {
    private static final Duration REMEMBER = Duration.ofMinutes(5);

    private final Accounts accounts;
    private final ObjectProvider<LoginAliases> aliases;
    private final PasswordEncoder encoder;
    private final SignInThrottle throttle;
    private final Clock clock;
    private final String dummyHash;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    private record Remembered(String digest, AccountPrincipal principal, Instant until) {
    }

    CachingAuthenticationProvider(Accounts accounts, ObjectProvider<LoginAliases> aliases, PasswordEncoder encoder,
                                  SignInThrottle throttle, Clock clock) {
        this.accounts = accounts;
        this.aliases = aliases;
        this.encoder = encoder;
        this.throttle = throttle;
        this.clock = clock;
        this.dummyHash = encoder.encode(UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        String digest = digest(username, password);
        Instant now = clock.instant();
        Remembered known = remembered.get(username);
        if (known != null && known.until().isAfter(now) && MessageDigest.isEqual(
                known.digest().getBytes(StandardCharsets.UTF_8), digest.getBytes(StandardCharsets.UTF_8))) {
            return authenticated(known.principal());
        }
        Optional<Account> account = find(username);
        String subject = account.map(Account::getUsername).orElse(username);
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "";
        throttle.lockOn(subject, address).ifPresent(lock -> {
            throw new SignInLocked(lock);
        });
        boolean matches = encoder.matches(password, account.map(Account::getPasswordHash).orElse(dummyHash));
        if (account.isEmpty() || !matches) {
            throttle.failed(subject, address).ifPresent(lock -> {
                throw new SignInLocked(lock);
            });
            // never shown: the entry point answers a refused sign-in in the caller's words
            throw new BadCredentialsException("Bad username or password");
        }
        throttle.succeeded(subject);
        AccountPrincipal principal = new AccountPrincipal(account.get());
        remembered.put(username, new Remembered(digest, principal, now.plus(REMEMBER)));
        return authenticated(principal);
    }

    /** The account a login names: its username, or an alias of it (a clinic user's pseudonym). */
    private Optional<Account> find(String login) {
        return accounts.findByUsername(login)
                .or(() -> aliases.orderedStream().map(a -> a.usernameFor(login)).flatMap(Optional::stream).findFirst()
                        .flatMap(accounts::findByUsername));
    }

    /** An administrator lifts a lock: the account's, found by any of its names, and the name as typed. */
    boolean unlock(String login) {
        boolean cleared = throttle.clear(login);
        return find(login).map(a -> throttle.clear(a.getUsername())).orElse(false) || cleared;
    }

    /** A changed password: the login remembered on this instance no longer counts (other instances forget it within five minutes). */
    void forget(String username) {
        remembered.remove(username);
    }

    private static Authentication authenticated(AccountPrincipal principal) {
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String digest(String username, String password) {
        return Sha256.hex(username + '\u0000' + password);
    }
}
