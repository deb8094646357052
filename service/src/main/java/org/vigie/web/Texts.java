package org.vigie.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.Yaml;

/**
 * The service's own sentences — what it says about a request, an account, a file, a state — in French and
 * English, from {@code service/src/main/resources/messages/*.yaml} (one file per capability, the format of a
 * pack's messages: {@code key: {fr: ..., en: ...}}, values written {@code {name}} as {@link Wording} reads them).
 * What a regulator or the provincial operator words (requirements, gaps, findings, clinic messages) is in their
 * pack under {@code rules/}; these are the sentences no regulator owns.
 * <p>
 * The language is the caller's ({@link Languages#current()}): English when Accept-Language asks for it, French
 * otherwise; dates and moments read in Québec's time zone.
 */
public final class Texts {
    private static final Logger log = LoggerFactory.getLogger(Texts.class);
    /** Where the catalogue's files are, on the class path. */
    public static final String LOCATION = "classpath*:messages/*.yaml";
    private static final ZoneId QUEBEC = ZoneId.of("America/Montreal");
    private static final Map<String, Map<String, String>> MESSAGES = load();
    private static final Wording FRENCH = Wording.of("fr", QUEBEC);
    private static final Wording ENGLISH = Wording.of("en", QUEBEC);

    private Texts() {
    }

    /** The sentence in the caller's language. */
    public static String of(String key) {
        return in(Languages.current(), key, Map.of());
    }

    /** The sentence in the caller's language, its {placeholders} filled. */
    public static String of(String key, Map<String, ?> values) {
        return in(Languages.current(), key, values);
    }

    /** The sentence in the caller's language with one value, for the many sentences that name one thing. */
    public static String of(String key, String name, Object value) {
        return of(key, Collections.singletonMap(name, value));
    }

    /** The sentence in a language ("en"; any other reads as French), its {placeholders} filled. */
    public static String in(String language, String key, Map<String, ?> values) {
        Wording wording = "en".equals(language) ? ENGLISH : FRENCH;
        Map<String, String> texts = MESSAGES.get(key);
        if (texts == null) {
            log.warn("No message '{}' in {}", key, LOCATION);
            return key;
        }
        String text = texts.getOrDefault(wording.language(), texts.get("fr"));
        return wording.fill(text == null ? key : text, values);
    }

    /** Every key with its texts by language: what the catalogue's test reads. */
    public static Map<String, Map<String, String>> catalogue() {
        return Collections.unmodifiableMap(MESSAGES);
    }

    private static Map<String, Map<String, String>> load() {
        Map<String, Map<String, String>> messages = new LinkedHashMap<>();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    Object yaml = new Yaml().load(in);
                    if (!(yaml instanceof Map<?, ?> sections) || !(sections.get("messages") instanceof Map<?, ?> section)) {
                        throw new IllegalStateException(file.getFilename() + ": no messages section");
                    }
                    section.forEach((key, texts) -> {
                        Map<String, String> byLanguage = new LinkedHashMap<>();
                        if (texts instanceof Map<?, ?> m) {
                            m.forEach((language, text) -> byLanguage.put(language.toString(), text == null ? null : text.toString()));
                        }
                        if (messages.put(key.toString(), byLanguage) != null) {
                            throw new IllegalStateException(file.getFilename() + ": the message " + key + " is given twice");
                        }
                    });
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return messages;
    }
}
