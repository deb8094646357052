package org.vigie.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigie.support.TestRules;

/** A typical YAML slip in a pack file is reported on the line where the author made it, not on the one after. */
class YamlMistakesTests {
    @TempDir
    Path rules;

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("an unclosed bracket", "parameters/lists.yaml",
                        "remaining.ethics]", "remaining.ethics", "steps: [required.ethics"),
                Arguments.of("an unclosed quote", "parameters/requirements.yaml",
                        "reference: Lecture de Vigie (le guide ne précise pas la règle)",
                        "reference: \"Lecture de Vigie (le guide ne précise pas la règle)", "reference: \"Lecture de Vigie (le"),
                Arguments.of("a key indented one space too far", "parameters/requirements.yaml",
                        "    unit: hours\n    reference: Portfolio numérique, « Heures",
                        "     unit: hours\n    reference: Portfolio numérique, « Heures", "     unit: hours"),
                Arguments.of("a key indented one space short", "parameters/requirements.yaml",
                        "    unit: hours\n    reference: Portfolio numérique, « Heures",
                        "   unit: hours\n    reference: Portfolio numérique, « Heures", "   unit: hours"),
                Arguments.of("a tab for indentation", "parameters/requirements.yaml",
                        "    unit: hours\n    reference: Portfolio numérique, « Heures",
                        "\tunit: hours\n    reference: Portfolio numérique, « Heures", "\tunit: hours"),
                Arguments.of("a key without its colon", "parameters/requirements.yaml",
                        "    unit: hours\n    reference: Portfolio numérique, « Heures",
                        "    unit hours\n    reference: Portfolio numérique, « Heures", "    unit hours"),
                Arguments.of("a key without its colon, its values below", "parameters/requirements.yaml",
                        "  total.required:\n", "  total.required\n", "  total.required"),
                Arguments.of("a colon without its space", "pack.yaml", "regulator: otpq", "regulator:otpq", "regulator:otpq"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void isReportedOnTheLineWhereTheAuthorMustLook(String mistake, String file, String from, String to, String faultyLine)
            throws IOException {
        Path otpq = rules.resolve("otpq");
        TestRules.copy(AuthorCasesTests.rulesDirectory().resolve("otpq"), otpq);
        String text = Files.readString(otpq.resolve(file));
        assertThat(text).contains(from);
        Files.writeString(otpq.resolve(file), text.replace(from, to));

        PackException problem = catchThrowableOfType(PackException.class, () -> PackCompiler.compile(otpq));

        assertThat(problem.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(file);
            assertThat(p.line()).as(p.toString()).isEqualTo(lineOf(otpq.resolve(file), faultyLine));
        });
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
