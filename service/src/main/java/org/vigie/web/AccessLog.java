package org.vigie.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The access log: one line per request on logger {@code vigie.access} (INFO; {@code logging.level.vigie.access=OFF} turns it
 * off), with the method, the path, the status, the time taken and the client's address, also as key-value pairs for the
 * structured (JSON) formats. Never the query string (searches carry names, dates of birth and phone numbers) nor a secret a
 * path carries (a password reset's or an agenda feed's token: the route's pattern is logged instead).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessLog extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger("vigie.access");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!log.isInfoEnabled()) {
            chain.doFilter(request, response);
            return;
        }
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            long millis = (System.nanoTime() - start) / 1_000_000;
            String path = path(request);
            log.atInfo().addKeyValue("http.request.method", request.getMethod()).addKeyValue("url.path", path)
                    .addKeyValue("http.response.status_code", response.getStatus()).addKeyValue("event.duration_ms", millis)
                    .addKeyValue("client.address", request.getRemoteAddr())
                    .log("{} {} {} {} ms {}", request.getMethod(), path, response.getStatus(), millis, request.getRemoteAddr());
        }
    }

    /** The paths whose last segment is a secret, whether or not the request reached its route. */
    private static final java.util.List<String> SECRET_LAST_SEGMENT = java.util.List.of("/api/password-resets/", "/password-reset/",
            "/api/public/agenda-feeds/");

    private static String path(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (pattern != null && pattern.toString().contains("{token}")) {
            return pattern.toString();
        }
        String uri = request.getRequestURI();
        return SECRET_LAST_SEGMENT.stream().filter(uri::startsWith).findFirst().map(prefix -> prefix + "{token}").orElse(uri);
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return true;
    }
}
