package org.vigie.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigie.support.TestRules;

/**
 * Every message key the service's code names in a pack ({@code rules.text("slot.end.beforeStart")},
 * {@code parameters.message("declaration.notEnded", ...)}, the guide's {@code rules.message("M5")}) exists in the packs that
 * capability reads: a key missing would show the key itself to the person instead of the sentence. Keys the code builds
 * ({@code "mail.pathway." + outcome}) are not literals and are left to the capability's own tests.
 */
class PackKeysInSourcesTests {
    static final Path SOURCES = Path.of("src/main/java/org/vigie");
    static final Pattern TEXT = Pattern.compile("\\.text\\(\"([A-Za-z0-9_.\\-]+)\"");
    static final Pattern MESSAGE = Pattern.compile("\\.message\\(\"([A-Za-z0-9_.\\-]+)\"");
    /** A pack's optional default, read only when its dated form is absent (PathwayViews: requirements.<period>, else requirements). */
    static final Set<String> OPTIONAL = Set.of("requirements");
    /** Which packs each capability's code reads its messages from. */
    static final Map<String, List<String>> PACKS = Map.of("scheduling", List.of("scheduling"), "training", List.of("fmoq"),
            "pathway", List.of("cnp-cardiologie", "cnp-pneumologie"), "hours", List.of("otpq", "oiiq"), "exemptions", List.of("otpq"));

    static Stream<String> capabilities() {
        return PACKS.keySet().stream().sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("capabilities")
    void everyKeyTheCodeNamesIsInItsPacks(String capability) throws IOException {
        List<String> missing = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES.resolve(capability))) {
            files = walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        int named = 0;
        for (String pack : PACKS.get(capability)) {
            Set<String> keys = MessageLanguagesTests.messages(TestRules.source().resolve(pack)).keySet();
            for (Path file : files) {
                String source = Files.readString(file);
                for (String key : keys(source, capability)) {
                    named++;
                    if (!key.endsWith(".") && !OPTIONAL.contains(key) && !keys.contains(key)) {
                        missing.add(SOURCES.relativize(file) + ": " + key + " (rules/" + pack + ")");
                    }
                }
            }
        }
        assertThat(named).as("the code of %s names some of its packs' messages", capability).isPositive();
        assertThat(missing).as("message keys named in Java and missing from the pack").isEmpty();
    }

    private static List<String> keys(String source, String capability) {
        List<String> keys = new ArrayList<>();
        Matcher text = TEXT.matcher(source);
        while (text.find()) {
            keys.add(text.group(1));
        }
        Matcher message = MESSAGE.matcher(source);
        while (message.find()) {
            String key = message.group(1);
            // SchedulingRules.message("M5") reads the guide's message.M5
            keys.add("scheduling".equals(capability) && key.matches("M[\\w-]*") ? "message." + key : key);
        }
        return keys;
    }
}
