package org.vigie.accounts;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.vigie.web.ProblemBodies;
import org.vigie.web.Texts;

/**
 * A sign-in refused without looking at the password: too many failures for the account or from the
 * address. Answered 429 with {@code Retry-After} and a sentence telling when to try again (French,
 * or English when the caller asks for it), so a person who mistyped knows to wait, not to retype.
 */
final class SignInLocked extends AuthenticationException {
    private final transient SignInThrottle.Lock lock;

    SignInLocked(SignInThrottle.Lock lock) {
        super("Too many failed sign-ins");
        this.lock = lock;
    }

    void answer(HttpServletRequest request, HttpServletResponse response, Instant now) throws IOException {
        long seconds = Math.max(1, (Duration.between(now, lock.until()).toMillis() + 999) / 1000);
        String language = SecurityConfiguration.language(request);
        Map<String, Object> wait = Map.of("wait", wait(seconds, language));
        String detail = lock.kind() == SignInThrottle.Kind.ACCOUNT ? Texts.in(language, "accounts.signIn.locked.account", wait)
                : Texts.in(language, "accounts.signIn.locked.address", wait);
        response.setHeader("Retry-After", String.valueOf(seconds));
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("retryAfter", seconds);
        extras.put("lockedUntil", lock.until().toString());
        ProblemBodies.write(response, 429, Texts.in(language, "accounts.signIn.locked.title", Map.of()), detail, extras);
    }

    /** Whole minutes, rounded up, from one minute on; seconds below: « 1 minute », « 45 secondes », "2 minutes". */
    static String wait(long seconds, String language) {
        if (seconds < 60) {
            return Texts.in(language, "accounts.signIn.wait.seconds", Map.of("seconds", seconds));
        }
        return Texts.in(language, "accounts.signIn.wait.minutes", Map.of("minutes", (seconds + 59) / 60));
    }
}
