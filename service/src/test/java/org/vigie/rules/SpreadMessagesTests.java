package org.vigie.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.support.TestRules;

/** A pack's messages may be spread over several parameters files; a key given twice is the author's mistake, named where. */
class SpreadMessagesTests {
    @TempDir
    Path rules;

    @Test
    void messagesOfSeveralFilesAreOnePacksMessages() {
        RulePack pack = PackCompiler.compile(TestRules.source().resolve("scheduling"));
        assertThat(pack.parameters().message("message.M1", "fr")).isNotEqualTo("message.M1"); // parameters/messages.yaml
        assertThat(pack.parameters().hasMessage("booking.professional.notHealthProfessional")).isTrue(); // parameters/messages-booking.yaml
    }

    @Test
    void aMessageKeyGivenInTwoFilesRefusesThePackOnTheSecond() throws IOException {
        Path otpq = rules.resolve("otpq");
        TestRules.copy(TestRules.source().resolve("otpq"), otpq);
        Files.writeString(otpq.resolve("parameters/more-messages.yaml"), """
                messages:
                  status.completed:
                    fr: Terminé
                    en: Done
                """);

        PackException refused = catchThrowableOfType(PackException.class, () -> PackCompiler.compile(otpq));

        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("parameters/more-messages.yaml");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("status.completed").contains("defined twice");
        });
    }
}
