package org.vigie.accounts;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.vigie.web.Languages;
import org.vigie.web.ProblemBodies;

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
        boolean english = "en".equals(Languages.of(request.getHeader("Accept-Language")));
        boolean account = lock.kind() == SignInThrottle.Kind.ACCOUNT;
        String title = english ? "Too many failed sign-ins" : "Trop de tentatives de connexion";
        String detail = english
                ? "Too many failed sign-ins " + (account ? "with this username" : "from your address") + ". Try again in " + wait(seconds, true) + "."
                : "Trop de tentatives de connexion infructueuses " + (account ? "avec cet identifiant" : "depuis votre adresse")
                        + ". Réessayez dans " + wait(seconds, false) + ".";
        response.setHeader("Retry-After", String.valueOf(seconds));
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("retryAfter", seconds);
        extras.put("lockedUntil", lock.until().toString());
        ProblemBodies.write(response, 429, title, detail, extras);
    }

    /** Whole minutes, rounded up, from one minute on; seconds below. */
    static String wait(long seconds, boolean english) {
        if (seconds < 60) {
            return seconds + (english ? (seconds == 1 ? " second" : " seconds") : (seconds == 1 ? " seconde" : " secondes"));
        }
        long minutes = (seconds + 59) / 60;
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
