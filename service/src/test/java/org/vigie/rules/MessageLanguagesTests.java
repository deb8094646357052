package org.vigie.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigie.support.TestRules;
import org.vigie.web.Wording;
import org.yaml.snakeyaml.Yaml;

/** Every message a pack shows its readers exists in French and in English: a key lacking one of them fails here. */
class MessageLanguagesTests {
    static final List<String> LANGUAGES = List.of("fr", "en");

    static Stream<String> packs() throws IOException {
        try (Stream<Path> folders = Files.list(TestRules.source())) {
            return folders.filter(f -> Files.isRegularFile(f.resolve("pack.yaml"))).map(f -> f.getFileName().toString())
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packs")
    void everyMessageHasFrenchAndEnglish(String pack) throws IOException {
        List<String> lacking = new ArrayList<>();
        Map<String, Map<?, ?>> messages = messages(TestRules.source().resolve(pack));
        messages.forEach((key, texts) -> LANGUAGES.stream()
                // a date pattern (format.date, format.dateTime) given for one language only leaves the other its usual dates
                .filter(language -> !key.startsWith("format.") && (texts.get(language) == null || texts.get(language).toString().isBlank()))
                .forEach(language -> lacking.add(key + " lacks " + language)));
        assertThat(messages).as("the pack's messages").isNotEmpty();
        assertThat(lacking).as("rules/%s/parameters: messages without their text in a language", pack).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packs")
    void frenchAndEnglishNameTheSameValues(String pack) throws IOException {
        List<String> differing = new ArrayList<>();
        messages(TestRules.source().resolve(pack)).forEach((key, texts) -> {
            if (!key.startsWith("format.") && texts.get("en") != null) {
                Set<String> french = Wording.placeholders(String.valueOf(texts.get("fr")));
                Set<String> english = Wording.placeholders(String.valueOf(texts.get("en")));
                if (!french.equals(english)) {
                    differing.add(key + ": fr " + french + ", en " + english);
                }
            }
        });
        assertThat(differing).as("rules/%s/parameters: a value one language names and the other forgets", pack).isEmpty();
    }

    @Test
    void everyPackIsChecked() throws IOException {
        assertThat(packs()).contains("otpq", "oiiq", "fmoq", "cnp-cardiologie", "cnp-pneumologie", "scheduling");
    }

    /** The messages of every parameters/*.yaml of a pack (any of them may hold a messages section), by key. */
    static Map<String, Map<?, ?>> messages(Path pack) throws IOException {
        Map<String, Map<?, ?>> messages = new java.util.TreeMap<>();
        List<Path> files;
        try (Stream<Path> listed = Files.list(pack.resolve(PackParameters.FOLDER))) {
            files = listed.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path file : files) {
            try (Reader reader = Files.newBufferedReader(file)) {
                Object yaml = new Yaml().load(reader);
                if (yaml instanceof Map<?, ?> sections && sections.get("messages") instanceof Map<?, ?> section) {
                    section.forEach((key, texts) -> messages.put(key.toString(), texts instanceof Map<?, ?> m ? m : Map.of()));
                }
            }
        }
        return messages;
    }
}
