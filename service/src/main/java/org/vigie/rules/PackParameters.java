package org.vigie.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.vigie.rules.facts.ListItem;
import org.vigie.web.Wording;
import org.vigie.rules.facts.Parameters;

/**
 * Everything in a pack's {@code parameters/*.yaml}: dated numbers, lists and messages. Each file
 * may hold any of the three sections:
 * <pre>
 * numbers:
 *   total.required: { unit: hours, reference: "...", values: { 2022-01-01: 30 } }
 * lists:
 *   categories: [ { code: STRUCTURED, fr: "...", en: "..." } ]
 * messages:
 *   gap.total: { fr: "...", en: "..." }
 * </pre>
 */
public final class PackParameters {
    static final String FOLDER = "parameters";

    private final Map<String, NavigableMap<LocalDate, Double>> numbers = new LinkedHashMap<>();
    private final Map<String, List<ListItem>> lists = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> messages = new LinkedHashMap<>();
    /** What the author should know but that refuses nothing (a message without its English): the rule authors' command prints it. */
    private final List<PackProblem> warnings = new ArrayList<>();
    private final ZoneId zone;
    /** One wording per language asked for: the pack's messages never change once read. */
    private final Map<String, Wording> wordings = new java.util.concurrent.ConcurrentHashMap<>();

    private PackParameters(ZoneId zone) {
        this.zone = zone;
    }

    /** The numbers in force on a date (for a cycle: its start) and the lists, as the rules read them. */
    public Parameters inForce(LocalDate date) {
        Map<String, Double> inForce = new LinkedHashMap<>();
        numbers.forEach((key, values) -> {
            var entry = values.floorEntry(date);
            if (entry != null) {
                inForce.put(key, entry.getValue());
            }
        });
        return new Parameters(inForce, lists);
    }

    /** True when the number is defined, whatever its dates. */
    boolean definesNumber(String key) {
        return numbers.containsKey(key);
    }

    /** The first date the number has a value, or null when it is not defined. */
    LocalDate firstDate(String key) {
        var values = numbers.get(key);
        return values == null ? null : values.firstKey();
    }

    boolean definesList(String name) {
        return lists.containsKey(name);
    }

    public List<ListItem> list(String name) {
        return lists.getOrDefault(name, List.of());
    }

    public Optional<ListItem> item(String list, String code) {
        return list(list).stream().filter(i -> i.getCode().equals(code)).findFirst();
    }

    /** An attribute of a list entry that holds several codes ({@code categories: [fo, ap]}), as a set; empty when absent. */
    public Set<String> codesOf(String list, String code, String attribute) {
        return item(list, code).map(i -> i.getAttributes().get(attribute))
                .map(v -> v instanceof List<?> values ? values.stream().map(String::valueOf).collect(Collectors.toCollection(LinkedHashSet::new))
                        : new LinkedHashSet<>(List.of(String.valueOf(v))))
                .map(Collections::unmodifiableSet).orElse(Set.of());
    }

    public Map<String, List<ListItem>> lists() {
        return Map.copyOf(lists);
    }

    /** The message in the language asked for, falling back to French, then to the key itself; in that language's typography. */
    public String message(String key, String language) {
        return wording(language).typography(text(key, language));
    }

    private String text(String key, String language) {
        Map<String, String> texts = messages.get(key);
        if (texts == null) {
            return key;
        }
        return texts.getOrDefault(language, texts.getOrDefault("fr", key));
    }

    /**
     * How values read in this pack's messages in a language: in the pack's zone, with its own date
     * patterns when its messages {@code format.date} and {@code format.dateTime} give them.
     */
    public Wording wording(String language) {
        return wordings.computeIfAbsent("en".equals(language) ? "en" : "fr", // every other language reads as French
                l -> Wording.of(l, zone).withPatterns(pattern("format.date", l), pattern("format.dateTime", l)));
    }

    private String pattern(String key, String language) {
        Map<String, String> texts = messages.get(key);
        return texts == null ? null : texts.get(language);
    }

    /** The messages lacking their English, on their line: English readers get the French until the author writes it. */
    public List<PackProblem> warnings() {
        return List.copyOf(warnings);
    }

    public boolean hasMessage(String key) {
        return messages.containsKey(key);
    }

    /**
     * The message with each {name} replaced by its value as the language writes it (dates, instants in
     * the pack's zone, numbers, lists) and each {name|one|other} by a count and its word: see {@link Wording}.
     */
    public String message(String key, String language, Map<String, ?> values) {
        return wording(language).fill(text(key, language), values);
    }

    static PackParameters read(Path packDir, ZoneId zone) {
        PackParameters parameters = new PackParameters(zone);
        Path folder = packDir.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return parameters;
        }
        List<PackProblem> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try {
                    parameters.add(new Source(packDir.relativize(file).toString(), file), YamlFiles.read(packDir, file), problems);
                } catch (PackException e) {
                    problems.addAll(e.problems());
                }
            }
        } catch (IOException e) {
            problems.add(new PackProblem(FOLDER, 0, 0, "cannot list: " + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new PackException(problems);
        }
        return parameters;
    }

    /** A parameter file: its name in the pack, and where to find the line a problem is on. */
    private record Source(String name, Path path) {
        /** A problem on the line of the last anchor, each anchor looked for after the previous one (0 when not found). */
        PackProblem problem(String message, String... anchors) {
            return new PackProblem(name, YamlFiles.lineOf(path, anchors), 0, message);
        }
    }

    private void add(Source file, Map<String, Object> yaml, List<PackProblem> problems) {
        for (var section : yaml.entrySet()) {
            if (!(section.getValue() instanceof Map<?, ?> entries)) {
                problems.add(file.problem(section.getKey() + ": expected a mapping", section.getKey() + ":"));
                continue;
            }
            switch (section.getKey()) {
                case "numbers" -> entries.forEach((k, v) -> addNumber(file, k.toString(), v, problems));
                case "lists" -> entries.forEach((k, v) -> addList(file, k.toString(), v, problems));
                case "messages" -> entries.forEach((k, v) -> addMessage(file, k.toString(), v, problems));
                default -> problems.add(file.problem(
                        "unknown section '" + section.getKey() + "': use numbers, lists or messages", section.getKey() + ":"));
            }
        }
    }

    private void addNumber(Source file, String key, Object definition, List<PackProblem> problems) {
        if (!(definition instanceof Map<?, ?> map) || !(map.get("values") instanceof Map<?, ?> values) || values.isEmpty()) {
            problems.add(file.problem("number " + key + ": needs 'values' with at least one date: value", key + ":"));
            return;
        }
        NavigableMap<LocalDate, Double> dated = new TreeMap<>();
        values.forEach((date, value) -> {
            try {
                dated.put(YamlFiles.date(date), Double.parseDouble(value.toString()));
            } catch (RuntimeException e) {
                problems.add(file.problem("number " + key + ": '" + date + ": " + value + "' is not a date and a number",
                        key + ":", String.valueOf(value)));
            }
        });
        if (numbers.put(key, dated) != null) {
            problems.add(file.problem("number " + key + " is defined twice", key + ":"));
        }
    }

    private void addList(Source file, String name, Object items, List<PackProblem> problems) {
        if (!(items instanceof List<?> list)) {
            problems.add(file.problem("list " + name + ": expected a list of entries with a code", name + ":"));
            return;
        }
        List<ListItem> parsed = new ArrayList<>();
        for (Object item : list) {
            if (item instanceof Map<?, ?> map && map.get("code") != null) {
                Map<String, Object> attributes = new LinkedHashMap<>();
                map.forEach((k, v) -> {
                    if (v != null) {
                        attributes.put(k.toString(), v);
                    }
                });
                parsed.add(new ListItem(name, map.get("code").toString(), attributes));
            } else {
                problems.add(file.problem("list " + name + ": every entry needs a code", name + ":"));
            }
        }
        if (lists.put(name, List.copyOf(parsed)) != null) {
            problems.add(file.problem("list " + name + " is defined twice (in this file or another of parameters/)", name + ":"));
        }
    }

    private void addMessage(Source file, String key, Object texts, List<PackProblem> problems) {
        if (!(texts instanceof Map<?, ?> map) || map.get("fr") == null) {
            problems.add(file.problem("message " + key + ": needs at least a French text (fr)", key + ":"));
            return;
        }
        Map<String, String> byLanguage = new LinkedHashMap<>();
        map.forEach((language, text) -> byLanguage.put(language.toString(), String.valueOf(text)));
        boolean datePattern = key.startsWith("format."); // format.date, format.dateTime, a pack's own such as the SMS's format.sms.time
        if (!datePattern && (map.get("en") == null || String.valueOf(map.get("en")).isBlank())) {
            // a warning, not a refusal: a pack still being translated keeps serving, in French for English readers
            warnings.add(file.problem("warning: message " + key + " has no English text (en): English readers get the French", key + ":"));
        } else if (!datePattern && !Wording.placeholders(byLanguage.get("fr")).equals(Wording.placeholders(byLanguage.get("en")))) {
            // a value the English forgets (or one it names that no one gives) reads wrong to English readers only
            warnings.add(file.problem("warning: message " + key + ": the English names " + Wording.placeholders(byLanguage.get("en"))
                    + ", the French " + Wording.placeholders(byLanguage.get("fr")), key + ":"));
        }
        if (datePattern) {
            byLanguage.forEach((language, pattern) -> {
                try {
                    java.time.format.DateTimeFormatter.ofPattern(pattern).format(java.time.LocalDateTime.of(2026, 12, 4, 10, 30));
                } catch (IllegalArgumentException | java.time.DateTimeException e) {
                    problems.add(file.problem("message " + key + " (" + language + "): '" + pattern
                            + "' is not a date pattern (such as d MMMM uuuu or dd/MM/uuuu): " + e.getMessage(), key + ":"));
                }
            });
        }
        if (messages.put(key, byLanguage) != null) {
            // the pack's messages may be spread over several files: one key twice would silently keep only one of them
            problems.add(file.problem("message " + key + " is defined twice (in this file or another of parameters/)", key + ":"));
        }
    }
}
