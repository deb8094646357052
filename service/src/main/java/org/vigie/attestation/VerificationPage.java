package org.vigie.attestation;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.samskivert.mustache.Template;

import org.springframework.stereotype.Component;
import org.vigie.rules.RulePacks;
import org.vigie.web.HtmlTemplates;
import org.vigie.web.Texts;
import org.vigie.web.Wording;

/**
 * The page a scanned QR code opens ({@code verification/page.html}, styled by {@code verification/verification.css}
 * that the service serves: the page loads nothing else and runs no script). French, or English when the browser
 * prefers it (its words are the catalogue's messages {@code attestation.page.*}); dates as people write them
 * (« 2 décembre 2026 »), a revocation in the regulator's local time.
 */
@Component
class VerificationPage {
    private static final String PREFIX = "attestation.page.";
    private static final Map<String, Map<String, String>> LABELS = Map.of("fr", labels("fr"), "en", labels("en"));

    private final Template template;
    private final RulePacks packs;

    VerificationPage(RulePacks packs) {
        this.packs = packs;
        this.template = HtmlTemplates.compile("verification/page.html");
    }

    /** The page's words in a language: the catalogue's messages attestation.page.*, by their last part. */
    private static Map<String, String> labels(String language) {
        Map<String, String> labels = new HashMap<>();
        Texts.catalogue().keySet().stream().filter(k -> k.startsWith(PREFIX))
                .forEach(k -> labels.put(k.substring(PREFIX.length()), Texts.in(language, k, Map.of())));
        return Map.copyOf(labels);
    }

    String render(Attestations.PublicStatus status, String language) {
        Map<String, String> labels = LABELS.get(language);
        String state = status.status().toLowerCase(Locale.ROOT);
        boolean known = "valid".equals(state) || "revoked".equals(state);
        Map<String, Object> values = new HashMap<>(labels);
        values.put("lang", language);
        values.put("number", status.number());
        values.put("state", known ? state : "unknown");
        values.put("verdict", labels.get(known ? state : "unknown"));
        values.put("explanation", labels.get((known ? state : "unknown") + "Explanation"));
        values.put("issuer", known ? status.regulatorName() : labels.get("service"));
        values.put("logo", known ? "/verify/assets/logos/" + status.regulator() + ".png" : null); // served by VerificationController.logo
        values.put("known", known);
        if (known) {
            Wording wording = wording(status.regulator(), language);
            values.put("holder", status.holder());
            values.put("attested", status.attested());
            values.put("period", status.periodStart() == null || status.periodEnd() == null ? null
                    : wording.fill(labels.get("period"), Map.of("start", status.periodStart(), "end", status.periodEnd())));
            values.put("issued", wording.date(status.issuedOn()));
            values.put("revoked", status.revokedAt() == null ? null : wording.instant(status.revokedAt()));
        }
        return template.execute(values);
    }

    /** The regulator's pack words dates (its zone, its patterns); French time for a regulator without a pack. */
    private Wording wording(String regulator, String language) {
        return packs.status(regulator).isPresent() ? packs.require(regulator).parameters().wording(language)
                : Wording.of(language, Wording.french().zone());
    }
}
