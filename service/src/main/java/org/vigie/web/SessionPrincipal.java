package org.vigie.web;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The caller of a request made with a session token, with the session and its scope. */
public record SessionPrincipal(Caller caller, long sessionId, long scope) implements CallerPrincipal {

    /** The session of the current request; empty when the request signed in otherwise (HTTP Basic). */
    public static Optional<SessionPrincipal> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SessionPrincipal session
                ? Optional.of(session) : Optional.empty();
    }
}
