package org.vigie.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.vigie.web.Wording;
import org.vigie.rules.facts.DeclaredActivity;
import org.vigie.rules.facts.Figure;
import org.vigie.rules.facts.Gap;
import org.vigie.rules.facts.GrantedExemption;
import org.vigie.rules.facts.MemberCycle;
import org.vigie.rules.facts.PathwayActions;
import org.vigie.rules.facts.EarnedCredit;
import org.vigie.rules.facts.TrainingActivity;
import org.vigie.rules.facts.TrainingGroup;
import org.vigie.rules.facts.RuleFunctions;

/**
 * The rule author's own test cases, {@code tests/*.yaml} in a pack: given a member, activities,
 * exemptions and credits earned with other regulators in a cycle, the figures, gaps and status expected. Each case runs through the pack
 * exactly as the service runs it, and a failure says what differs in the author's terms.
 */
public final class AuthorCases {
    static final String FOLDER = "tests";

    public record Case(String file, String name, Map<String, Object> definition) {
    }

    private AuthorCases() {
    }

    public static List<Case> read(Path packDir) {
        Path folder = packDir.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                Object list = YamlFiles.read(packDir, file).get("cases");
                if (!(list instanceof List<?> items)) {
                    throw new PackException(new PackProblem(packDir.relativize(file).toString(), 1, 1, "expected 'cases:' with a list of cases"));
                }
                for (Object item : items) {
                    Map<String, Object> definition = asMap(item);
                    cases.add(new Case(packDir.relativize(file).toString(), String.valueOf(definition.get("name")), definition));
                }
            }
        } catch (IOException e) {
            throw new PackException(new PackProblem(FOLDER, 0, 0, "cannot list: " + e.getMessage()));
        }
        return cases;
    }

    /**
     * Runs every case of the pack; each failing case gives one problem per difference, on the line
     * of the case's name in its file. A pack with problems here is not activated.
     */
    static List<PackProblem> problems(RulePack pack, Path packDir, List<Case> cases) {
        List<PackProblem> problems = new ArrayList<>();
        for (Case testCase : cases) {
            int line = YamlFiles.lineOf(packDir.resolve(testCase.file()), testCase.name());
            for (String difference : run(pack, testCase)) {
                problems.add(new PackProblem(testCase.file(), line, 0, "case '" + testCase.name() + "': " + difference));
            }
        }
        return problems;
    }

    /** Runs one case; returns the differences between what was expected and what the rules gave (empty when it passes). */
    public static List<String> run(RulePack pack, Case testCase) {
        Map<String, Object> given = testCase.definition();
        // "given a date": the day the case is judged on; without a cycle, the cycle in force that day
        LocalDate day;
        try {
            day = YamlFiles.date(given.get("date"));
        } catch (DateTimeParseException e) {
            return List.of("date: expected a day (2026-05-31), got '" + given.get("date") + "'");
        }
        PackManifest.Cycle cycle = given.containsKey("cycle") ? pack.cycle(String.valueOf(given.get("cycle"))).orElse(null)
                : day == null ? null : pack.manifest().cycleOn(day).orElse(null);
        if (cycle == null) {
            return List.of(given.containsKey("cycle") ? "cycle '" + given.get("cycle") + "' is not in pack.yaml (give cycle: or date:)"
                    : day == null ? "give cycle: or date: (a day, 2026-05-31)" : "date " + day + " is in no cycle of pack.yaml");
        }
        String cycleId = cycle.id();
        if (pack.manifest().isKind(PackManifest.PATHWAY)) {
            return runPathway(pack, cycle, given);
        }
        if (pack.manifest().isKind(PackManifest.TRAINING)) {
            return runTraining(pack, cycle, given);
        }
        if (pack.manifest().isKind(PackManifest.SCHEDULING)) {
            return runScheduling(pack, cycle, given);
        }
        Map<String, Object> member = asMap(given.getOrDefault("member", Map.of()));
        List<DeclaredActivity> activities = new ArrayList<>();
        int n = 0;
        for (Object a : (List<?>) given.getOrDefault("activities", List.of())) {
            Map<String, Object> activity = asMap(a);
            activities.add(new DeclaredActivity("a" + (++n), String.valueOf(activity.get("category")),
                    String.valueOf(activity.get("type")), number(activity.get("hours"))));
        }
        List<GrantedExemption> exemptions = new ArrayList<>();
        for (Object e : (List<?>) given.getOrDefault("exemptions", List.of())) {
            exemptions.add(new GrantedExemption("e" + (++n), number(asMap(e).get("hours"))));
        }
        List<EarnedCredit> credits = new ArrayList<>();
        for (Object c : (List<?>) given.getOrDefault("credits", List.of())) {
            Map<String, Object> credit = asMap(c);
            LocalDate earnedOn = YamlFiles.date(credit.get("date"));
            credits.add(new EarnedCredit(String.valueOf(credit.get("regulator")), String.valueOf(credit.getOrDefault("course", "c" + (++n))),
                    String.valueOf(credit.getOrDefault("title", "")), number(credit.get("hours")), earnedOn == null ? cycle.start() : earnedOn));
        }
        Evaluation evaluation = pack.evaluate(cycle, List.of(new MemberCycle(cycleId, cycle.start(), cycle.end(),
                YamlFiles.date(member.get("admissionDate")), activities, exemptions, credits).on(day)));
        return differences(asMap(given.getOrDefault("expect", Map.of())), evaluation);
    }

    /** A pathway case: {@code actions} lists catalogue codes (or {@code {code: ...}}); the categories come from the catalogue. */
    private static List<String> runPathway(RulePack pack, PackManifest.Cycle period, Map<String, Object> given) {
        List<PathwayActions.RecordedAction> actions = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        int n = 0;
        for (Object a : (List<?>) given.getOrDefault("actions", List.of())) {
            String code = a instanceof Map<?, ?> map ? String.valueOf(map.get("code")) : String.valueOf(a);
            if (pack.parameters().item("actions", code).isEmpty()) {
                unknown.add("action '" + code + "' is not in the catalogue (list actions)");
            }
            actions.add(new PathwayActions.RecordedAction("a" + (++n), code, pack.parameters().codesOf("actions", code, "categories")));
        }
        if (!unknown.isEmpty()) {
            return unknown;
        }
        Evaluation evaluation = pack.evaluate(period, List.of(new PathwayActions(period.id(), period.start(), period.end(), actions)));
        return differences(asMap(given.getOrDefault("expect", Map.of())), evaluation);
    }

    /**
     * A training case gives a {@code group} (sizeOption, leader, leaderHasAccount, participants by
     * profession) or an {@code activity} (date, requestedOn, blocks "09:00-10:30", and optionally the
     * program asked for, the region and the day the federation validates, validatedOn).
     */
    private static List<String> runTraining(RulePack pack, PackManifest.Cycle cycle, Map<String, Object> given) {
        Object fact;
        if (given.containsKey("group")) {
            Map<String, Object> group = asMap(given.get("group"));
            List<String> participants = new ArrayList<>();
            asMap(group.get("participants")).forEach((profession, count) -> {
                for (int i = 0; i < (int) number(count); i++) {
                    participants.add(profession);
                }
            });
            fact = new TrainingGroup(String.valueOf(group.get("sizeOption")), String.valueOf(group.get("leader")),
                    !Boolean.FALSE.equals(group.get("leaderHasAccount")), participants);
        } else if (given.containsKey("activity")) {
            Map<String, Object> activity = asMap(given.get("activity"));
            List<TrainingActivity.Block> blocks = new ArrayList<>();
            for (Object block : (List<?>) activity.getOrDefault("blocks", List.of())) {
                String[] times = String.valueOf(block).split("-");
                blocks.add(new TrainingActivity.Block(java.time.LocalTime.parse(times[0].trim()), java.time.LocalTime.parse(times[1].trim())));
            }
            fact = new TrainingActivity(YamlFiles.date(activity.get("date")), blocks, YamlFiles.date(activity.get("requestedOn")),
                    (String) activity.get("program"), (String) activity.get("region"), YamlFiles.date(activity.get("validatedOn")));
        } else {
            return List.of("a training case gives a group: or an activity:");
        }
        return differences(asMap(given.getOrDefault("expect", Map.of())), pack.evaluate(cycle, List.of(fact)));
    }

    /** A scheduling case gives one fact of the pack's (see {@link SchedulingCases}). */
    private static List<String> runScheduling(RulePack pack, PackManifest.Cycle cycle, Map<String, Object> given) {
        Object fact = SchedulingCases.fact(given);
        if (fact == null) {
            return List.of("a scheduling case gives a service:, a serviceGroup: or a slot:");
        }
        return differences(asMap(given.getOrDefault("expect", Map.of())), pack.evaluate(cycle, List.of(fact)));
    }

    private static final List<String> EXPECTATIONS = List.of("figures", "gaps", "status", "messages", "explanations", "summary",
            "findings", "findingMessages");

    private static List<String> differences(Map<String, Object> expect, Evaluation evaluation) {
        List<String> differences = new ArrayList<>();
        if (EXPECTATIONS.stream().noneMatch(expect::containsKey)) {
            differences.add("the case expects nothing: give expect: with at least one of " + EXPECTATIONS);
        }
        expect.keySet().stream().filter(k -> !EXPECTATIONS.contains(k))
                .forEach(k -> differences.add("expect: unknown key '" + k + "' (known: " + EXPECTATIONS + ")"));
        asMap(expect.getOrDefault("figures", Map.of())).forEach((key, value) -> {
            double expected = number(value);
            Figure actual = evaluation.figures().get(key);
            if (actual == null) {
                differences.add(key + ": expected " + RuleFunctions.format(expected) + ", but the rules gave no such figure");
            } else if (Math.abs(actual.getValue() - expected) > 0.001) {
                differences.add(key + ": expected " + RuleFunctions.format(expected) + ", got "
                        + RuleFunctions.format(actual.getValue()) + " (rule " + actual.getRule() + ": " + actual.getInputs() + ")");
            }
        });
        if (expect.containsKey("gaps")) {
            var expected = new TreeSet<String>();
            ((List<?>) expect.get("gaps")).forEach(g -> expected.add(String.valueOf(g)));
            var actual = new TreeSet<String>();
            evaluation.gaps().stream().map(Gap::getRequirement).forEach(actual::add);
            if (!expected.equals(actual)) {
                differences.add("gaps: expected " + expected + ", got " + actual);
            }
        }
        if (expect.containsKey("status")) {
            String actual = evaluation.status() == null ? "(none)" : evaluation.status().getCode();
            if (!String.valueOf(expect.get("status")).equals(actual)) {
                differences.add("status: expected " + expect.get("status") + ", got " + actual);
            }
        }
        asMap(expect.getOrDefault("messages", Map.of())).forEach((requirement, text) -> {
            var gap = evaluation.gaps().stream().filter(g -> g.getRequirement().equals(requirement)).findFirst();
            String actual = gap.map(g -> evaluation.message(g, "fr")).orElse("(no gap " + requirement + ")");
            if (!sameText(actual, text)) {
                differences.add("message " + requirement + ":\n  expected: " + text + "\n  got:      " + actual);
            }
        });
        if (expect.containsKey("findings")) {
            var expected = new TreeSet<String>();
            ((List<?>) expect.get("findings")).forEach(f -> expected.add(String.valueOf(f)));
            var actual = new TreeSet<String>();
            evaluation.findings().forEach(f -> actual.add(f.getCode()));
            if (!expected.equals(actual)) {
                differences.add("findings: expected " + expected + ", got " + actual);
            }
        }
        asMap(expect.getOrDefault("findingMessages", Map.of())).forEach((code, text) -> {
            String actual = evaluation.findings().stream().filter(f -> f.getCode().equals(code)).findFirst()
                    .map(f -> evaluation.message(f, "fr")).orElse("(no finding " + code + ")");
            if (!sameText(actual, text)) {
                differences.add("finding message " + code + ":\n  expected: " + text + "\n  got:      " + actual);
            }
        });
        if (expect.containsKey("summary")) {
            String actual = evaluation.summary("fr");
            if (!sameText(actual, expect.get("summary"))) {
                differences.add("summary:\n  expected: " + expect.get("summary") + "\n  got:      " + actual);
            }
        }
        asMap(expect.getOrDefault("explanations", Map.of())).forEach((key, text) -> {
            Figure figure = evaluation.figures().get(key);
            String actual = figure == null ? "(no figure " + key + ")" : evaluation.explain(figure, "fr");
            if (!sameText(actual, text)) {
                differences.add("explanation " + key + ":\n  expected: " + text + "\n  got:      " + actual);
            }
        });
        return differences;
    }

    /** The same words: an author types ordinary spaces where the text holds no-break ones (inside « »). */
    private static boolean sameText(String actual, Object expected) {
        return actual.replace(Wording.NO_BREAK_SPACE, ' ').equals(String.valueOf(expected).replace(Wording.NO_BREAK_SPACE, ' '));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), v));
            return copy;
        }
        return (Map<String, Object>) Map.<String, Object>of();
    }

    static double number(Object value) {
        return value == null ? 0 : Double.parseDouble(value.toString());
    }
}
