package org.vigie.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.rules.facts.MemberCycle;
import org.vigie.support.TestRules;
import org.vigie.web.ConflictException;

/**
 * Versions kept in the ledger: several instances follow the same active version, uploads are
 * stored as candidates (refused when unsafe), activation and rollback are recorded, and the version
 * in force at a past instant can be found again.
 */
class PackVersionsTests {
    @TempDir
    Path first;
    @TempDir
    Path second;

    final MutableClock clock = new MutableClock(Instant.parse("2025-01-10T12:00:00Z"));
    final PackLedger ledger = new InMemoryPackLedger(clock);
    final List<RuleSetActivated> announced = new ArrayList<>();

    @BeforeEach
    void twoFoldersWithTheOtpqPack() {
        TestRules.copy(TestRules.source().resolve("otpq"), first.resolve("otpq"));
        TestRules.copy(TestRules.source().resolve("otpq"), second.resolve("otpq"));
    }

    RulePacks instance(Path folder) {
        RulePacks packs = new RulePacks(new RulesSettings(folder, Duration.ofSeconds(2)), ledger, event -> announced.add((RuleSetActivated) event), clock);
        packs.announceStartupActivations();
        return packs;
    }

    PackVersions versions(RulePacks packs) {
        return new PackVersions(packs, ledger);
    }

    static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    static double requiredTotal(RulePack pack, String cycleId) {
        var cycle = pack.cycle(cycleId).orElseThrow();
        return pack.evaluate(cycle, List.of(new MemberCycle(cycle.id(), cycle.start(), cycle.end(), null)))
                .required("required.total").getValue();
    }

    /** The 40-hour variant of the OTPQ pack: the requirement changed for everyone, cases fixed, version bumped. */
    static void fortyHours(Path otpq) throws IOException {
        edit(otpq.resolve("pack.yaml"), "version: \"2025.4\"", "version: \"2025.5\"");
        edit(otpq.resolve("parameters/requirements.yaml"), "      2022-01-01: 30\n", "      2022-01-01: 40\n");
        Files.delete(otpq.resolve("tests/seed-examples.yaml"));
        Files.delete(otpq.resolve("tests/calendar.yaml"));
        Files.writeString(otpq.resolve("tests/forty.yaml"), """
                cases:
                  - name: Forty hours
                    cycle: "2022-2025"
                    expect: { figures: { required.total: 40 } }
                """);
    }

    @Test
    void anEditSavedOnOneInstanceIsServedByTheOtherWhichFollowsTheActiveVersionRecorded() throws IOException {
        RulePacks a = instance(first);
        RulePacks b = instance(second);
        assertThat(ledger.activations("otpq")).as("the same content activated once").hasSize(1);

        fortyHours(first.resolve("otpq"));
        a.reloadChangedPacks();
        assertThat(a.require("otpq").version()).isEqualTo("2025.5");
        assertThat(b.require("otpq").version()).as("not yet polled").isEqualTo("2025.4");

        b.reloadChangedPacks();

        assertThat(b.require("otpq").hash()).isEqualTo(a.require("otpq").hash());
        assertThat(requiredTotal(b.require("otpq"), "2022-2025")).isEqualTo(40);
        assertThat(ledger.activations("otpq")).first().satisfies(last -> {
            assertThat(last.version()).isEqualTo("2025.5");
            assertThat(last.activatedBy()).startsWith("dossier ");
        });
        assertThat(announced).extracting(RuleSetActivated::version).containsExactly("2025.4", "2025.5");

        RulePacks restarted = instance(second);
        assertThat(restarted.require("otpq").version())
                .as("an instance restarting on a folder with an older version it has seen follows the database").isEqualTo("2025.5");
        assertThat(ledger.activations("otpq")).hasSize(2);
    }

    @Test
    void anUploadIsACandidateUntilActivatedThenItsFilesReplaceTheFolderAndARollbackBringsTheOldVersionBack() throws IOException {
        RulePacks packs = instance(first);
        long original = ledger.active().get("otpq").versionId();
        Path variant = second.resolve("otpq");
        fortyHours(variant);

        PackLedger.StoredVersion candidate = versions(packs).upload("otpq", zipOf(variant, "otpq/"), "staff-otpq");

        assertThat(candidate.valid()).isTrue();
        assertThat(candidate.version()).isEqualTo("2025.5");
        assertThat(candidate.cases()).isEqualTo(1);
        assertThat(candidate.source()).isEqualTo(PackLedger.SOURCE_UPLOAD);
        assertThat(packs.require("otpq").version()).as("uploading activates nothing").isEqualTo("2025.4");
        assertThat(versions(packs).upload("otpq", zipOf(variant, ""), "someone-else").id()).as("the same files, the same version")
                .isEqualTo(candidate.id());

        clock.advance(Duration.ofDays(1));
        PackLedger.Activation activation = versions(packs).activate("otpq", candidate.id(), "staff-otpq");

        assertThat(activation.activatedBy()).isEqualTo("staff-otpq");
        assertThat(activation.previousHash()).isEqualTo(ledger.version("otpq", original).orElseThrow().hash());
        assertThat(requiredTotal(packs.require("otpq"), "2022-2025")).isEqualTo(40);
        assertThat(Files.readString(first.resolve("otpq/parameters/requirements.yaml"))).contains("2022-01-01: 40");
        assertThat(PackCompiler.hash(first.resolve("otpq"))).isEqualTo(candidate.hash());
        packs.reloadChangedPacks();
        assertThat(ledger.activations("otpq")).as("the rewritten folder is not a new edit").hasSize(2);
        assertThat(catchThrowableOfType(ConflictException.class, () -> versions(packs).activate("otpq", candidate.id(), "staff-otpq")))
                .hasMessageContaining("déjà active");

        clock.advance(Duration.ofDays(1));
        versions(packs).activate("otpq", original, "admin");

        assertThat(requiredTotal(packs.require("otpq"), "2022-2025")).isEqualTo(30);
        assertThat(ledger.activations("otpq")).extracting(PackLedger.Activation::activatedBy)
                .containsExactly("admin", "staff-otpq", versions(packs).activations("otpq").get(2).activatedBy());
        assertThat(versions(packs).activeAt("otpq", Instant.parse("2025-01-11T18:00:00Z")).orElseThrow().version())
                .as("the version in force on the day of the upload's activation").isEqualTo("2025.5");
        assertThat(versions(packs).activeAt("otpq", Instant.parse("2025-01-10T18:00:00Z")).orElseThrow().version()).isEqualTo("2025.4");
        assertThat(versions(packs).activeAt("otpq", Instant.parse("2024-12-31T00:00:00Z"))).as("before any activation").isEmpty();
    }

    @Test
    void anUploadThatDoesNotCompileIsKeptWithItsProblemsAndCannotBeActivated() throws IOException {
        RulePacks packs = instance(first);
        Path broken = second.resolve("otpq");
        edit(broken.resolve("hours.drl"), "Figure( key == \"required.total\", $total : value )",
                "Figure( key == \"required.total\", $total : value ");

        PackLedger.StoredVersion stored = versions(packs).upload("otpq", zipOf(broken, ""), "staff-otpq");

        assertThat(stored.valid()).isFalse();
        assertThat(stored.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("hours.drl");
            assertThat(p.line()).isPositive();
        });
        assertThat(versions(packs).version("otpq", stored.id()).problems()).isEqualTo(stored.problems());
        assertThat(catchThrowableOfType(ConflictException.class, () -> versions(packs).activate("otpq", stored.id(), "staff-otpq")))
                .hasMessageContaining("problème");
        assertThat(packs.require("otpq").version()).isEqualTo("2025.4");
    }

    @Test
    void anArchiveWhoseEntriesWouldLandOutsideThePackFolderIsRefusedAndNothingIsWritten() throws IOException {
        RulePacks packs = instance(first);
        byte[] slip = zip(List.of("pack.yaml", "../../escaped.txt"),
                List.of("regulator: otpq\n".getBytes(StandardCharsets.UTF_8), "gotcha".getBytes(StandardCharsets.UTF_8)));

        var refused = catchThrowableOfType(PackArchiveRefusedException.class, () -> versions(packs).upload("otpq", slip, "staff-otpq"));

        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("../../escaped.txt");
            assertThat(p.message()).contains("outside the pack's folder");
        });
        assertThat(Files.exists(first.getParent().resolve("escaped.txt"))).isFalse();
        assertThat(ledger.versions("otpq")).hasSize(1);
        assertThat(catchThrowableOfType(PackArchiveRefusedException.class,
                () -> versions(packs).upload("otpq", "not a zip".getBytes(StandardCharsets.UTF_8), "staff-otpq")).getMessage())
                .contains("archive");
    }

    @Test
    void anArchiveThatUnpacksToMoreThanTheLimitIsRefused() {
        byte[] zeros = new byte[1024 * 1024];
        List<String> names = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            names.add("big-" + i + ".txt");
            contents.add(zeros);
        }
        byte[] bomb = zip(names, contents);
        assertThat(bomb.length).as("compresses well").isLessThan(100_000);

        var refused = catchThrowableOfType(PackException.class,
                () -> PackArchive.unzip(bomb, first.resolve("unpacked"), PackArchive.Limits.DEFAULT));

        assertThat(refused.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("larger than"));
    }

    static byte[] zipOf(Path folder, String prefix) throws IOException {
        List<String> names = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        try (var files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                names.add(prefix + folder.relativize(file).toString().replace('\\', '/'));
                contents.add(Files.readAllBytes(file));
            }
        }
        return zip(names, contents);
    }

    static byte[] zip(List<String> names, List<byte[]> contents) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < names.size(); i++) {
                zip.putNextEntry(new ZipEntry(names.get(i)));
                zip.write(contents.get(i));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
