package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A sentence a caller can read is never a French literal in Java: it is a message with its French and its English,
 * in the service's catalogue ({@link Texts}) or in a pack's messages. This test reads the main sources, one case
 * per capability, and names every string literal that looks French (accents, « ») outside comments, logs and the
 * API documentation's examples. A line that must stay French says why, with {@code // French on purpose: ...}
 * on it or on the line above; a file that is French by design is listed in {@link #FRENCH_BY_DESIGN} with its reason.
 * It also checks the catalogue: every key has both languages, and every key the sources name exists.
 */
class SentencesInCatalogueTests {
    static final Path SOURCES = Path.of("src/main/java/org/vigie");
    static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    static final Pattern FRENCH = Pattern.compile("[àâçéèêëîïôûùüÿœÀÂÇÉÈÊËÎÏÔÛÙÜŸŒ«»]");
    static final Pattern TEXT_KEY = Pattern.compile("Texts\\.(?:of|in)\\((?:[^\"()]*, )?\"([A-Za-z0-9_.\\-]+)\"");
    static final String ON_PURPOSE = "// French on purpose:";
    /** Files whose French is their purpose, with the reason. */
    static final Map<String, String> FRENCH_BY_DESIGN = Map.of(
            "web/Wording.java", "the formatter of French: « » typography and « à 8 h 22 »");

    static Stream<String> capabilities() throws IOException {
        Set<String> capabilities = new TreeSet<>();
        for (Path file : javaFiles()) {
            capabilities.add(capability(SOURCES.relativize(file)));
        }
        return capabilities.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("capabilities")
    void noFrenchSentenceInJava(String capability) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles()) {
            String relative = SOURCES.relativize(file).toString().replace('\\', '/');
            if (!capability(SOURCES.relativize(file)).equals(capability) || FRENCH_BY_DESIGN.containsKey(relative)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            boolean inComment = false;
            int annotationDepth = 0;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String trimmed = line.trim();
                if (inComment) {
                    inComment = !trimmed.contains("*/");
                    continue;
                }
                if (trimmed.startsWith("/*")) {
                    inComment = !trimmed.contains("*/");
                    continue;
                }
                if (trimmed.startsWith("//") || trimmed.startsWith("*")) {
                    continue;
                }
                // the API documentation's annotations (their examples are French data) and their continuation lines
                if (annotationDepth > 0 || trimmed.matches(".*@(Schema|Operation|Parameter|ApiResponse|Tag)\\b.*")) {
                    annotationDepth = Math.max(0, annotationDepth + depth(line.substring(annotationDepth > 0 ? 0
                            : line.replaceAll("^(.*?)@(Schema|Operation|Parameter|ApiResponse|Tag)\\b.*$", "$1").length())));
                    continue;
                }
                if (trimmed.matches("^(log|LOG|logger)\\.(trace|debug|info|warn|error)\\(.*") || line.contains(ON_PURPOSE)
                        || (i > 0 && lines.get(i - 1).contains(ON_PURPOSE))) {
                    continue;
                }
                Matcher literal = LITERAL.matcher(line);
                while (literal.find()) {
                    if (FRENCH.matcher(literal.group()).find()) {
                        found.add(relative + ":" + (i + 1) + ": " + literal.group());
                    }
                }
            }
        }
        assertThat(found).as("French sentences written in Java under %s: move them to a catalogue with their English", capability)
                .isEmpty();
    }

    @Test
    void everyCatalogueMessageHasFrenchAndEnglish() {
        List<String> lacking = new ArrayList<>();
        Texts.catalogue().forEach((key, texts) -> List.of("fr", "en").stream()
                .filter(language -> texts.get(language) == null || texts.get(language).isBlank())
                .forEach(language -> lacking.add(key + " lacks " + language)));
        assertThat(Texts.catalogue()).isNotEmpty();
        assertThat(lacking).as("service/src/main/resources/messages: messages without their text in a language").isEmpty();
    }

    @Test
    void frenchAndEnglishNameTheSameValues() {
        List<String> differing = new ArrayList<>();
        Texts.catalogue().forEach((key, texts) -> {
            if (texts.get("en") != null && !Wording.placeholders(String.valueOf(texts.get("fr")))
                    .equals(Wording.placeholders(texts.get("en")))) {
                differing.add(key);
            }
        });
        assertThat(differing).as("catalogue messages whose French and English name different values").isEmpty();
    }

    @Test
    void everyKeyTheSourcesNameExists() throws IOException {
        List<String> unknown = new ArrayList<>();
        for (Path file : javaFiles()) {
            Matcher key = TEXT_KEY.matcher(Files.readString(file));
            while (key.find()) {
                if (!Texts.catalogue().containsKey(key.group(1))) {
                    unknown.add(SOURCES.relativize(file) + ": " + key.group(1));
                }
            }
        }
        assertThat(unknown).as("Texts keys with no message in the catalogue").isEmpty();
    }

    @Test
    void theCallerLanguageChoosesTheText() {
        assertThat(Texts.in("en", "web.field.tooLong", Map.of("max", 12))).isEqualTo("This field cannot exceed 12 characters.");
        assertThat(Texts.in("fr", "web.field.tooLong", Map.of("max", 12))).isEqualTo("Ce champ ne peut dépasser 12 caractères.");
        assertThat(Texts.in("de", "web.field.tooLong", Map.of("max", 12))).as("any other language reads as French")
                .startsWith("Ce champ");
    }

    /** The capability a source file belongs to: its first package under org.vigie, its second under scheduling. */
    static String capability(Path relative) {
        String path = relative.toString().replace('\\', '/');
        String[] parts = path.split("/");
        if (parts.length == 1) {
            return "(application)";
        }
        if (parts[0].equals("scheduling")) {
            return parts.length == 2 ? "scheduling" : "scheduling/" + parts[1];
        }
        return parts[0];
    }

    private static int depth(String text) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && inString) {
                i++;
            } else if (c == '"') {
                inString = !inString;
            } else if (!inString && c == '(') {
                depth++;
            } else if (!inString && c == ')') {
                depth--;
            }
        }
        return depth;
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }
}
