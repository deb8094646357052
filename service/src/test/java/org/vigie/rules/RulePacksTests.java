package org.vigie.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.rules.facts.DeclaredActivity;
import org.vigie.rules.facts.MemberCycle;

/** A broken rule file never takes the service down: the last good rule set keeps serving. */
class RulePacksTests {
    @TempDir
    Path rules;
    Path otpq;

    @BeforeEach
    void copyTheOtpqPack() throws IOException {
        otpq = rules.resolve("otpq");
        Path source = AuthorCasesTests.rulesDirectory().resolve("otpq");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path target = otpq.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = otpq.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    @Test
    void aSyntaxErrorInARuleFileIsReportedWithFileLineAndColumn() throws IOException {
        edit("hours.drl", "Figure( key == \"required.total\", $total : value )",
                "Figure( key == \"required.total\", $total : value ");

        PackException problem = catchThrowableOfType(PackException.class, () -> PackCompiler.compile(otpq));

        assertThat(problem.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("hours.drl");
            assertThat(p.line()).isPositive();
        });
        assertThat(problem.problems()).anySatisfy(p -> assertThat(p.column()).isPositive());
        assertThat(problem.problems()).noneMatch(p -> p.message().contains("Parser returned a null Package"));
    }

    @Test
    void anUnknownNameInARuleIsReportedOnItsLine() throws IOException {
        edit("hours.drl", "insert( new Gap( \"ethics\"", "insert( new Gapp( \"ethics\"");
        int line = lineOf("hours.drl", "new Gapp(");

        PackException problem = catchThrowableOfType(PackException.class, () -> PackCompiler.compile(otpq));

        assertThat(problem.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("hours.drl");
            assertThat(p.message()).contains("Gapp");
            assertThat(Math.abs(p.line() - line)).isLessThanOrEqualTo(8);
        });
    }

    @Test
    void aParameterNameMisspeltInARuleIsReportedOnItsLineBeforeAnyMemberIsEvaluated() throws IOException {
        edit("hours.drl", "params.number( \"ethics.minimum\" )", "params.number( \"ethics.minimun\" )");
        int line = lineOf("hours.drl", "ethics.minimun");

        PackException problem = catchThrowableOfType(PackException.class, () -> PackCompiler.compile(otpq));

        assertThat(problem.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("hours.drl");
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.column()).isPositive();
            assertThat(p.message()).contains("no number 'ethics.minimun'");
        });
    }

    @Test
    void aRuleThatAsksForANumberThePackDoesNotDefineFailsTheEvaluationNamingTheRuleAndTheNumber() throws IOException {
        edit("hours.drl", "$category : String( params.has( \"credit.cap.\" + this ) )", "$category : String( )");
        RulePack pack = PackCompiler.compile(otpq);

        var failure = catchThrowableOfType(RuleSetIncompleteException.class, () -> remainingTotal(pack));

        assertThat(failure).hasMessageContaining("CategoryHoursCreditedUpToCap").hasMessageContaining("credit.cap.");
    }

    @Test
    void aNumberWithNoValueInForceAtACyclesStartIsReported() throws IOException {
        edit("parameters/requirements.yaml", "      2022-01-01: 1\n", "      2023-01-01: 1\n");

        PackException problem = catchThrowableOfType(PackException.class, () -> PackCompiler.compile(otpq));

        assertThat(problem.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("hours.drl");
            assertThat(p.message()).contains("'ethics.minimum' has no value in force on 2022-01-01").contains("2022-2025");
        });
    }

    @Test
    void aBrokenParameterFileIsReportedWithItsLine() throws IOException {
        edit("parameters/requirements.yaml", "    unit: hours\n    reference: Portfolio numérique, « Heures",
                "    unit: [hours\n    reference: Portfolio numérique, « Heures");

        PackException problem = catchThrowableOfType(PackException.class, () -> PackCompiler.compile(otpq));

        assertThat(problem.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("parameters/requirements.yaml");
            assertThat(p.line()).isPositive();
        });
    }

    @Test
    void aParameterOfTheWrongTypeIsReportedOnTheLineOfItsValue() throws IOException {
        edit("parameters/requirements.yaml", "      2025-04-01: 0.5\n", "      2025-04-01: la moitié\n");

        PackException problem = catchThrowableOfType(PackException.class, () -> PackCompiler.compile(otpq));

        assertThat(problem.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("parameters/requirements.yaml");
            assertThat(p.line()).isEqualTo(lineOf("parameters/requirements.yaml", "la moitié"));
            assertThat(p.message()).contains("structured.share").contains("not a date and a number");
        });
    }

    @Test
    void theLastGoodRuleSetKeepsServingWhileAnEditDoesNotCompileAndTheFixIsPickedUp() throws IOException {
        RulePacks packs = new RulePacks(new RulesSettings(rules, Duration.ofSeconds(2)));
        assertThat(packs.require("otpq").version()).isEqualTo("2025.4");

        edit("hours.drl", "rule \"EthicsMinimumIsFixed\"", "rule \"EthicsMinimumIsFixed\" oops");
        edit("pack.yaml", "version: \"2025.4\"", "version: \"2025.5\"");
        packs.reloadChangedPacks();

        PackStatus status = packs.status("otpq").orElseThrow();
        assertThat(status.activeVersion()).isEqualTo("2025.4");
        assertThat(status.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("hours.drl"));
        RulePack serving = packs.require("otpq");
        assertThat(serving.version()).isEqualTo("2025.4");
        assertThat(remainingTotal(serving)).isEqualTo(28);

        edit("hours.drl", "rule \"EthicsMinimumIsFixed\" oops", "rule \"EthicsMinimumIsFixed\"");
        packs.reloadChangedPacks();

        assertThat(packs.status("otpq").orElseThrow().problems()).isEmpty();
        assertThat(packs.require("otpq").version()).isEqualTo("2025.5");
        assertThat(remainingTotal(packs.require("otpq"))).isEqualTo(28);
    }

    /** The rule author's loop of rules/README.md: a new cycle at 40 hours, a stale case, the fix, live. */
    @Test
    void anAuthorRaisesTheRequirementForANewCycleSeesTheFailingCaseFixesItAndTheOldCycleKeepsItsNumber() throws IOException {
        RulePacks packs = new RulePacks(new RulesSettings(rules, Duration.ofSeconds(2)));
        edit("pack.yaml", "version: \"2025.4\"", "version: \"2028.1\"");
        edit("pack.yaml", "    end: 2028-03-31\n", "    end: 2028-03-31\n  - id: \"2028-2031\"\n    start: 2028-04-01\n    end: 2031-03-31\n");
        edit("parameters/requirements.yaml", "      2025-04-01: 30\n", "      2025-04-01: 30\n      2028-04-01: 40\n");
        Files.writeString(otpq.resolve("tests/cycle-2028-2031.yaml"), """
                cases:
                  - name: The 2028-2031 cycle asks for forty hours
                    cycle: "2028-2031"
                    expect:
                      figures: { required.total: 30 }
                """);
        packs.reloadChangedPacks();

        PackStatus refused = packs.status("otpq").orElseThrow();
        assertThat(refused.activeVersion()).isEqualTo("2025.4");
        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("tests/cycle-2028-2031.yaml");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("The 2028-2031 cycle asks for forty hours").contains("required.total: expected 30, got 40");
        });

        edit("tests/cycle-2028-2031.yaml", "required.total: 30", "required.total: 40");
        assertThat(packs.validate("otpq").valid()).isTrue();
        assertThat(packs.require("otpq").version()).as("validating activates nothing").isEqualTo("2025.4");
        packs.reloadChangedPacks();

        RulePack live = packs.require("otpq");
        assertThat(live.version()).isEqualTo("2028.1");
        assertThat(requiredTotal(live, "2028-2031")).isEqualTo(40);
        assertThat(requiredTotal(live, "2022-2025")).isEqualTo(30);
    }

    @Test
    void overlappingCyclesInTheManifestAreReportedOnTheLineOfTheSecond() throws IOException {
        edit("pack.yaml", "    end: 2028-03-31\n", "    end: 2028-03-31\n  - id: \"2028-2031\"\n    start: 2028-01-01\n    end: 2031-03-31\n");

        PackException problem = catchThrowableOfType(PackException.class, () -> PackCompiler.compile(otpq));

        assertThat(problem.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("pack.yaml");
            assertThat(p.line()).isEqualTo(lineOf("pack.yaml", "2028-2031"));
            assertThat(p.message()).contains("2025-2028").contains("2028-2031").contains("overlap");
        });
    }

    @Test
    void aCaseThatExpectsNothingIsAProblemNotAPass() throws IOException {
        Files.writeString(otpq.resolve("tests/empty.yaml"), "cases:\n  - name: Forgot the expectation\n    cycle: \"2022-2025\"\n");

        PackException problem = catchThrowableOfType(PackException.class, () -> PackCompiler.compileAndTest(otpq));

        assertThat(problem.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("tests/empty.yaml");
            assertThat(p.message()).contains("Forgot the expectation").contains("expects nothing");
        });
    }

    @Test
    void theCommandLinePrintsEachCaseAndEveryProblemAndExitsWithTheVerdict() throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        int passed = RulesCommand.run(new String[] {"rules", "test", otpq.toString()},
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(passed).isZero();
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("ok    tests/seed-examples.yaml").contains("0 failed");

        edit("parameters/requirements.yaml", "      2022-01-01: 30\n", "      2022-01-01: 40\n");
        out.reset();
        int failed = RulesCommand.run(new String[] {"rules", "test", otpq.toString()},
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(failed).isEqualTo(1);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("FAIL  tests/seed-examples.yaml")
                .contains("remaining.total: expected 28, got 38 (rule TotalHoursRemaining: required.total=40, total.credited=2)");

        edit("hours.drl", "params.number( \"ethics.minimum\" )", "params.number( \"ethics.minimun\" )");
        out.reset();
        int invalid = RulesCommand.run(new String[] {"rules", "validate", otpq.toString()},
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(invalid).isEqualTo(1);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("hours.drl:" + lineOf("hours.drl", "ethics.minimun") + ":").contains("no number 'ethics.minimun'");
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8).lines()).as("only file:line:column: message, the file as opened from here")
                .isNotEmpty().allMatch(line -> line.startsWith(otpq.resolve("hours.drl") + ":") && line.matches(".+:\\d+:\\d+: .+"));
    }

    @Test
    void theCommandLineWarnsOfAMessageWithoutItsEnglishAndTheTranslationStillCompiles() throws IOException {
        edit("parameters/messages.yaml", "    en: In progress\n", "");
        var out = new java.io.ByteArrayOutputStream();

        int verdict = RulesCommand.run(new String[] {"rules", "validate", otpq.toString()},
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));

        assertThat(verdict).as("a missing language refuses nothing").isZero();
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8).lines()).containsExactly(
                otpq.resolve("parameters/messages.yaml") + ":" + lineOf("parameters/messages.yaml", "status.in_progress:")
                        + ":0: warning: message status.in_progress has no English text (en): English readers get the French",
                "otpq 2025.4 (" + PackCompiler.compile(otpq).hash() + "): compiles");
    }

    @Test
    void theCommandLineWarnsOfAnEnglishThatForgetsAValueTheFrenchNames() throws IOException {
        edit("parameters/messages.yaml", "    en: You still need {missing|hour|hours} of training in total",
                "    en: You still need some training in total");
        var out = new java.io.ByteArrayOutputStream();

        int verdict = RulesCommand.run(new String[] {"rules", "validate", otpq.toString()},
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));

        assertThat(verdict).as("a translation's slip refuses nothing").isZero();
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8).lines()).first().isEqualTo(
                otpq.resolve("parameters/messages.yaml") + ":" + lineOf("parameters/messages.yaml", "gap.total:")
                        + ":0: warning: message gap.total: the English names [], the French [missing]");
    }

    @Test
    void aRegulatorWhosePackNeverCompiledIsUnavailableAndTheOthersServe() throws IOException {
        Path broken = Files.createDirectories(rules.resolve("cnp-demo"));
        Files.writeString(broken.resolve("pack.yaml"), "regulator: cnp-demo\nversion: \"1\"\n");
        Files.writeString(broken.resolve("rules.drl"), "package rules.demo;\nrule \"x\" when then end\n");

        RulePacks packs = new RulePacks(new RulesSettings(rules, Duration.ofSeconds(2)));

        assertThat(packs.require("otpq").version()).isEqualTo("2025.4");
        var unavailable = catchThrowableOfType(RulePackUnavailableException.class, () -> packs.require("cnp-demo"));
        assertThat(unavailable.problems()).anySatisfy(p -> assertThat(p.message()).contains("cycles"));
    }

    @Test
    void aCapOnACategoryAndATypeCountingElsewhereNeedOnlyParameterEdits() throws IOException {
        edit("parameters/requirements.yaml", "  # A cap on the hours credited",
                "  credit.cap.autonomous:\n    unit: hours\n    values:\n      2022-01-01: 10\n  # A cap on the hours credited");
        edit("parameters/lists.yaml", "      category: structured\n      countsIn: structured\n      fr: Congrès",
                "      category: structured\n      countsIn: autonomous\n      fr: Congrès");
        RulePack pack = PackCompiler.compile(otpq);
        var cycle = pack.cycle("2022-2025").orElseThrow();

        var evaluation = pack.evaluate(cycle, List.of(new MemberCycle(cycle.id(), cycle.start(), cycle.end(), null,
                List.of(new DeclaredActivity("1", "autonomous", "reading", 8), new DeclaredActivity("2", "structured", "congress", 6),
                        new DeclaredActivity("3", "structured", "course", 3)), List.of())));

        assertThat(evaluation.required("total.declared").getValue()).isEqualTo(17);
        assertThat(evaluation.required("credited.autonomous").getValue()).isEqualTo(10);
        assertThat(evaluation.required("credited.autonomous").getRule()).isEqualTo("CategoryHoursCreditedUpToCap");
        assertThat(evaluation.required("credited.structured").getValue()).isEqualTo(3);
        assertThat(evaluation.required("remaining.total").getValue()).isEqualTo(17);
    }

    @Test
    void anAuthorCaseThatNoLongerHoldsSaysWhatDiffersAndWhichRuleGaveIt() {
        RulePack pack = PackCompiler.compile(otpq);
        var wrong = new AuthorCases.Case("tests/x.yaml", "wrong", Map.of("cycle", "2022-2025",
                "activities", List.of(Map.of("category", "structured", "type", "course", "hours", 1)),
                "expect", Map.of("figures", Map.of("remaining.structured", 13))));

        assertThat(AuthorCases.run(pack, wrong)).singleElement().asString()
                .contains("remaining.structured: expected 13, got 14").contains("StructuredHoursRemaining");
    }

    private static double remainingTotal(RulePack pack) {
        var cycle = pack.cycle("2022-2025").orElseThrow();
        return pack.evaluate(cycle, List.of(new MemberCycle(cycle.id(), cycle.start(), cycle.end(), null,
                        List.of(new DeclaredActivity("1", "structured", "course", 1), new DeclaredActivity("2", "ethics", "ethics-training", 1)),
                        List.of())))
                .required("remaining.total").getValue();
    }

    private static double requiredTotal(RulePack pack, String cycleId) {
        var cycle = pack.cycle(cycleId).orElseThrow();
        return pack.evaluate(cycle, List.of(new MemberCycle(cycle.id(), cycle.start(), cycle.end(), null)))
                .required("required.total").getValue();
    }

    private int lineOf(String file, String text) throws IOException {
        List<String> lines = Files.readAllLines(otpq.resolve(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        return -1;
    }
}
