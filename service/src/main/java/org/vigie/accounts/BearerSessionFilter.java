package org.vigie.accounts;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.vigie.web.SessionPrincipal;
import org.vigie.web.SessionTokens;
import org.vigie.web.Texts;

/**
 * Signs a request in with its {@code Authorization: Bearer} session token when it has one, judged by the first module that
 * issues tokens of its kind. A token that no module recognises, or whose session has ended, is answered 401 with the session's reason;
 * requests without a token go on to HTTP Basic.
 */
final class BearerSessionFilter extends OncePerRequestFilter {
    private static final String PREFIX = "Bearer ";

    private final ObjectProvider<SessionTokens> sessions;
    /** The modules' token kinds, looked up once (the provider's lookup on every request was 2 % of a booking's CPU). */
    private volatile List<SessionTokens> tokens;

    BearerSessionFilter(ObjectProvider<SessionTokens> sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            chain.doFilter(request, response);
            return;
        }
        List<SessionTokens> kinds = this.tokens;
        if (kinds == null) {
            kinds = sessions.orderedStream().toList();
            this.tokens = kinds;
        }
        String token = header.substring(PREFIX.length()).trim();
        SessionTokens.Outcome outcome = kinds.stream().filter(tokens -> tokens.issues(token)).findFirst()
                .map(tokens -> tokens.check(token))
                .orElseGet(() -> new SessionTokens.Refused(Texts.in(SecurityConfiguration.language(request), "accounts.session.unknown", Map.of())));
        if (outcome instanceof SessionTokens.Live live) {
            var principal = new SessionPrincipal(live.caller(), live.sessionId(), live.scope());
            var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                    List.of(new SimpleGrantedAuthority("ROLE_" + live.caller().role().name())));
            SecurityContextHolder.getContext().setAuthentication(authentication);
            chain.doFilter(request, response);
            return;
        }
        SecurityConfiguration.problem(response, 401, Texts.in(SecurityConfiguration.language(request), "accounts.session.ended.title", Map.of()),
                ((SessionTokens.Refused) outcome).detail());
    }
}
