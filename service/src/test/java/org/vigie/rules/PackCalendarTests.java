package org.vigie.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.vigie.support.TestRules;

/**
 * A service started on any day of 2025 to 2027 has a rule set in force for every regulator: each
 * pack under rules/ compiles and has a cycle on every one of those days, so a pack that runs out
 * of cycles fails the build before its members meet a day with none.
 */
class PackCalendarTests {
    static final LocalDate FIRST = LocalDate.of(2025, 1, 1);
    static final LocalDate LAST = LocalDate.of(2027, 12, 31);

    @TestFactory
    Stream<DynamicTest> everyPackHasACycleOnEveryDayFrom2025To2027() throws IOException {
        List<Path> packs;
        try (Stream<Path> dirs = Files.list(TestRules.source())) {
            packs = dirs.filter(d -> Files.exists(d.resolve(PackManifest.FILE))).sorted().toList();
        }
        assertThat(packs).extracting(p -> p.getFileName().toString())
                .contains("otpq", "cnp-cardiologie", "cnp-pneumologie", "fmoq", "oiiq", "scheduling");
        return packs.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(),
                () -> assertThat(daysWithoutCycle(PackCompiler.compile(dir).manifest()))
                        .as("days of %s to %s in no cycle of %s", FIRST, LAST, dir.resolve(PackManifest.FILE)).isEmpty()));
    }

    @Test
    void aPackWhoseCyclesRunOutIsNamedWithTheDaysItMisses() {
        var manifest = new PackManifest("otpq", "OTPQ", "2022.2", null,
                List.of(new PackManifest.Cycle("2022-2025", LocalDate.of(2022, 1, 1), LocalDate.of(2025, 3, 31))), PackManifest.HOURS,
                java.time.ZoneId.of("America/Montreal"));
        assertThat(daysWithoutCycle(manifest)).containsExactly("2025-04-01 to 2027-12-31");
    }

    /** The stretches of days between {@link #FIRST} and {@link #LAST} that fall in no cycle, as "from to to". */
    static List<String> daysWithoutCycle(PackManifest manifest) {
        List<String> stretches = new ArrayList<>();
        LocalDate from = null;
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            boolean covered = manifest.cycleOn(day).isPresent();
            if (!covered && from == null) {
                from = day;
            } else if (covered && from != null) {
                stretches.add(from + " to " + day.minusDays(1));
                from = null;
            }
        }
        if (from != null) {
            stretches.add(from + " to " + LAST);
        }
        return stretches;
    }
}
