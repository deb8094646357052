package org.vigie.accounts;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * What browsers are told on every answer. The verification page is opened by anyone from a QR code:
 * it runs no script and loads nothing but its stylesheet and the regulator's logo from the service itself
 * (no inline style either), so its policy allows only those. No page sends
 * the address it was opened at (which holds an attestation's number) to another site. HSTS only when
 * the service says it is reached through TLS: sent over plain HTTP it would lock browsers out.
 */
final class SecurityHeaders {
    static final String PAGE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none';"
            + " frame-ancestors 'none'";
    /** The reset page: its stylesheet, and a form posted to itself only. */
    static final String FORM_POLICY = "default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void apply(HeadersConfigurer<HttpSecurity> headers, boolean behindTls) {
        headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(PathPatternRequestMatcher.withDefaults().matcher("/verify/**"),
                        new StaticHeadersWriter("Content-Security-Policy", PAGE_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        PathPatternRequestMatcher.withDefaults().matcher(PasswordResetPage.PATH + "**"),
                        new StaticHeadersWriter("Content-Security-Policy", FORM_POLICY)));
        if (behindTls) {
            // the request the service sees may be plain HTTP from the proxy that ended TLS: send it whatever the scheme
            headers.httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
                    .maxAgeInSeconds(31_536_000).includeSubDomains(true));
        } else {
            headers.httpStrictTransportSecurity(HeadersConfigurer.HstsConfig::disable);
        }
    }
}
