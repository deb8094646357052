package org.vigie.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.support.TestRules;

/** A pack's date and time patterns (its messages format.*) are checked when it is read: a broken one refuses the pack. */
class DatePatternsTests {
    @TempDir
    Path rules;

    @Test
    void theSchedulingPackWritesItsSmsDatesWithItsOwnPatterns() {
        RulePack pack = PackCompiler.compile(TestRules.source().resolve("scheduling"));
        assertThat(pack.parameters().message("format.sms.dayFirst", "fr")).isEqualTo("dd-MM-uuuu");
        assertThat(pack.parameters().message("format.sms.time", "en")).isEqualTo("HH:mm");
    }

    @Test
    void anSmsTimePatternThatCannotWriteTheAppointmentsTimeRefusesThePack() throws IOException {
        Path scheduling = rules.resolve("scheduling");
        TestRules.copy(TestRules.source().resolve("scheduling"), scheduling);
        Path messages = scheduling.resolve("parameters/messages.yaml");
        String text = Files.readString(messages);
        assertThat(text).contains("format.sms.time:\n    fr: \"HH:mm\"");
        Files.writeString(messages, text.replace("format.sms.time:\n    fr: \"HH:mm\"", "format.sms.time:\n    fr: \"HH:mm VV\""));

        PackException refused = catchThrowableOfType(PackException.class, () -> PackCompiler.compile(scheduling));

        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("parameters/messages.yaml");
            assertThat(p.message()).contains("format.sms.time (fr)").contains("HH:mm VV");
        });
    }
}
