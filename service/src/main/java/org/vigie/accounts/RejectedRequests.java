package org.vigie.accounts;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import org.vigie.web.Texts;

/**
 * A request the firewall refuses (a {@code ;}, {@code //} or encoded {@code /} in the path...) gets a 400 problem at once, not
 * an error-page detour that would run the refused request's path through the application again.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected) throws IOException {
        String language = SecurityConfiguration.language(request);
        SecurityConfiguration.problem(response, 400, Texts.in(language, "web.problem.badRequest.title", Map.of()),
                Texts.in(language, "accounts.request.refusedAddress", Map.of()));
    }
}
