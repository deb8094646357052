package org.vigie.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The address people reach the service at, from the one setting {@code vigie.public-base-url}
 * (VIGIE_PUBLIC_BASE_URL); left empty, {@code http://localhost:<the port the service listens on>}, so that
 * the run command's QR codes and mailed links open its own pages whatever port it was given. A QR code points to
 * {@code <base>/verify/<number>}.
 */
@Component
public class PublicAddress implements ApplicationListener<WebServerInitializedEvent> {
    private final String configured;
    private volatile int port = 8080;

    /** @param publicBaseUrl e.g. {@code https://vigie.example.org}; empty: the local address on the port listened on */
    @ConfigurationProperties("vigie")
    public record Settings(@DefaultValue("") String publicBaseUrl) {
    }

    PublicAddress(Settings settings) {
        String base = settings.publicBaseUrl() == null ? "" : settings.publicBaseUrl().trim();
        this.configured = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) { // the service's own port, not a management one
            port = event.getWebServer().getPort();
        }
    }

    /** The base, without a trailing slash. */
    public String base() {
        return configured.isEmpty() ? "http://localhost:" + port : configured;
    }

    /** The public address of a path of the service ({@code /verify/A-1}). */
    public String at(String path) {
        return base() + path;
    }
}
