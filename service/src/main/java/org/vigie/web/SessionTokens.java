package org.vigie.web;

/**
 * Signed-in sessions that a module keeps (the clinic users' and the connected agenda software's); the security chain asks
 * them about a {@code Authorization: Bearer} token. Implemented by the module that owns the sessions, so that the accounts
 * module knows nothing of enterprises. With several, the first in {@link org.springframework.core.annotation.Order} that
 * {@link #issues} a token judges it.
 */
public interface SessionTokens {

    /** What a token is worth: a live session's caller, or why it is refused (the problem's detail). */
    sealed interface Outcome permits Live, Refused {
    }

    /** A live session: who, which session, and what it is scoped to (for a clinic session, its enterprise). */
    record Live(Caller caller, long sessionId, long scope) implements Outcome {
    }

    record Refused(String detail) implements Outcome {
    }

    Outcome check(String token);

    /** Whether the token is of the kind this module issues (its shape, never a lookup); one without a prefix claims every token. */
    default boolean issues(String token) {
        return true;
    }
}
