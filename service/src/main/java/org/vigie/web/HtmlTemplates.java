package org.vigie.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import org.springframework.core.io.ClassPathResource;

/** The service's public pages (verification, password reset): Mustache templates on the class path, every value HTML-escaped. */
public final class HtmlTemplates {
    private HtmlTemplates() {
    }

    /** The template of this class-path resource (e.g. {@code pages/password-reset.html}); a value it lacks reads as nothing. */
    public static Template compile(String resource) {
        try (Reader reader = new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8)) {
            return Mustache.compiler().escapeHTML(true).defaultValue("").compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
