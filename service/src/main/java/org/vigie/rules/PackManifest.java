package org.vigie.rules;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code pack.yaml} says: which regulator, which version of its rule set, and the cycles
 * (reference periods) the rule set applies to, and the regulator's time zone ({@code zone}, America/Montreal
 * when absent): the zone its members' dates and times are read and written in.
 */
public record PackManifest(String regulator, String name, String version, String reference, List<Cycle> cycles, String kind,
                           ZoneId zone) {

    static final String FILE = "pack.yaml";
    /** Hours per reference cycle (the OTPQ): the input fact is a {@link org.vigie.rules.facts.MemberCycle}. */
    public static final String HOURS = "hours";
    /** A pathway of actions per period (a CNP): the input fact is a {@link org.vigie.rules.facts.PathwayActions}. */
    public static final String PATHWAY = "pathway";
    /** Group training (the FMOQ): the input facts are a {@link org.vigie.rules.facts.TrainingGroup} or a {@link org.vigie.rules.facts.TrainingActivity}. */
    public static final String TRAINING = "training";
    /**
     * Clinic scheduling (RVSQ): the input facts are a {@link org.vigie.rules.facts.ProposedService}, a {@link org.vigie.rules.facts.ProposedSlot} or a
     * {@link org.vigie.rules.facts.ProposedServiceGroup}.
     */
    public static final String SCHEDULING = "scheduling";
    private static final List<String> KINDS = List.of(HOURS, PATHWAY, TRAINING, SCHEDULING);
    static final ZoneId DEFAULT_ZONE = ZoneId.of("America/Montreal");

    public boolean isKind(String expected) {
        return kind.equals(expected);
    }

    /** The cycle (period) a day falls in, if any. */
    public Optional<Cycle> cycleOn(LocalDate date) {
        return cycles.stream().filter(c -> c.contains(date)).findFirst();
    }

    public record Cycle(String id, LocalDate start, LocalDate end) {
        public boolean contains(LocalDate date) {
            return !date.isBefore(start) && !date.isAfter(end);
        }
    }

    static PackManifest read(Path packDir) {
        Map<String, Object> yaml = YamlFiles.read(packDir, packDir.resolve(FILE));
        List<PackProblem> problems = new ArrayList<>();
        String regulator = text(yaml, "regulator", problems);
        String version = text(yaml, "version", problems);
        List<Cycle> cycles = new ArrayList<>();
        if (yaml.get("cycles") instanceof List<?> list && !list.isEmpty()) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> cycle) {
                    try {
                        Cycle c = new Cycle(String.valueOf(cycle.get("id")), YamlFiles.date(cycle.get("start")),
                                YamlFiles.date(cycle.get("end")));
                        if (c.start() == null || c.end() == null || c.end().isBefore(c.start())) {
                            problems.add(new PackProblem(FILE, 0, 0, "cycle " + c.id() + " needs a start and an end after it"));
                        } else {
                            cycles.add(c);
                        }
                    } catch (RuntimeException e) {
                        problems.add(new PackProblem(FILE, 0, 0, "cycle " + cycle.get("id") + ": " + e.getMessage()));
                    }
                }
            }
        } else {
            problems.add(new PackProblem(FILE, 0, 0, "cycles: at least one cycle (id, start, end) is required"));
        }
        for (int i = 0; i < cycles.size(); i++) {
            for (int j = i + 1; j < cycles.size(); j++) {
                Cycle a = cycles.get(i);
                Cycle b = cycles.get(j);
                if (a.id().equals(b.id())) {
                    problems.add(new PackProblem(FILE, lineOfCycle(packDir, b), 0, "cycle " + a.id() + " is defined twice"));
                } else if (!a.start().isAfter(b.end()) && !b.start().isAfter(a.end())) {
                    problems.add(new PackProblem(FILE, lineOfCycle(packDir, b), 0, "cycles " + a.id() + " (" + a.start() + " to " + a.end() + ") and "
                            + b.id() + " (" + b.start() + " to " + b.end() + ") overlap: a date must belong to one cycle only"));
                }
            }
        }
        String kind = yaml.get("kind") == null ? HOURS : yaml.get("kind").toString();
        if (!KINDS.contains(kind)) {
            problems.add(new PackProblem(FILE, YamlFiles.lineOf(packDir.resolve(FILE), "kind:"), 0,
                    "kind '" + kind + "' is not one of " + KINDS + " (hours when absent)"));
        }
        if (regulator != null && !regulator.equals(packDir.getFileName().toString())) {
            problems.add(new PackProblem(FILE, 0, 0,
                    "regulator '" + regulator + "' must match the folder name '" + packDir.getFileName() + "'"));
        }
        ZoneId zone = zone(packDir, yaml, problems);
        if (!problems.isEmpty()) {
            throw new PackException(problems);
        }
        return new PackManifest(regulator, String.valueOf(yaml.getOrDefault("name", regulator)), version,
                yaml.get("reference") == null ? null : yaml.get("reference").toString(), List.copyOf(cycles), kind, zone);
    }

    /** The pack's zone when it is one (America/Montreal, Europe/Paris), else a problem on its line. */
    static ZoneId zone(Path packDir, Map<String, Object> yaml, List<PackProblem> problems) {
        if (yaml.get("zone") == null) {
            return DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(yaml.get("zone").toString());
        } catch (DateTimeException e) {
            problems.add(new PackProblem(FILE, YamlFiles.lineOf(packDir.resolve(FILE), "zone:"), 0,
                    "zone '" + yaml.get("zone") + "' is not a time zone: write one such as America/Montreal or Europe/Paris"));
            return DEFAULT_ZONE;
        }
    }

    private static int lineOfCycle(Path packDir, Cycle cycle) {
        Path file = packDir.resolve(FILE);
        int line = YamlFiles.lineOf(file, "\"" + cycle.id() + "\"");
        return line > 0 ? line : YamlFiles.lineOf(file, cycle.id());
    }

    private static String text(Map<String, Object> yaml, String key, List<PackProblem> problems) {
        Object value = yaml.get(key);
        if (value == null || value.toString().isBlank()) {
            problems.add(new PackProblem(FILE, 0, 0, key + " is required"));
            return null;
        }
        return value.toString();
    }
}
