package org.vigie.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Reads the YAML files of a pack, turning a syntax error into a {@link PackProblem} with its line and column. */
final class YamlFiles {
    /** A line that holds a key: text followed by a colon and a space or the end of the line. */
    private static final Pattern KEY = Pattern.compile(":(\\s|$)");

    private YamlFiles() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> read(Path packDir, Path file) {
        String name = packDir.relativize(file).toString();
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Object loaded;
            try {
                loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
            } catch (MarkedYAMLException e) {
                throw new PackException(problem(name, text, e));
            }
            if (loaded == null) {
                return Map.of();
            }
            if (!(loaded instanceof Map)) {
                throw new PackException(new PackProblem(name, 1, 1, "expected a mapping of names to values"));
            }
            return (Map<String, Object>) loaded;
        } catch (IOException e) {
            throw new PackException(new PackProblem(name, 0, 0, "cannot read: " + e.getMessage()));
        }
    }

    /**
     * Where the author must look. SnakeYAML marks where it noticed the mistake, often the line after:
     * an unclosed bracket or quote, or a key without its colon, is noticed at the next token, so the
     * line where it was opened is the one to report; a missing colon or space inside a block turns
     * the line into text continued on the next one, where the next colon is refused.
     */
    private static PackProblem problem(String name, String text, MarkedYAMLException e) {
        Mark mark = e.getProblemMark();
        String context = String.valueOf(e.getContext());
        if (e.getContextMark() != null && (context.startsWith("while scanning") || context.startsWith("while parsing a flow"))) {
            mark = e.getContextMark();
        }
        if (mark == null) {
            return new PackProblem(name, 0, 0, e.getProblem());
        }
        int line = mark.getLine();
        int column = mark.getColumn();
        if (mark == e.getProblemMark() && "mapping values are not allowed here".equals(e.getProblem())) {
            String[] lines = text.split("\n", -1);
            int previous = line - 1;
            while (previous >= 0 && (lines[previous].isBlank() || lines[previous].trim().startsWith("#"))) {
                previous--;
            }
            if (previous >= 0 && !KEY.matcher(lines[previous]).find()) {
                line = previous;
                column = lines[previous].length() - lines[previous].stripLeading().length();
            }
        }
        String message = e.getContext() == null ? e.getProblem() : e.getProblem() + " (" + e.getContext() + ")";
        return new PackProblem(name, line + 1, column + 1, message);
    }

    /** YAML reads 2022-01-01 as a timestamp: take it back as the date the author wrote. */
    static LocalDate date(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        return value == null ? null : LocalDate.parse(value.toString().trim());
    }

    /**
     * The 1-based line of the first line of a file containing the last text, each text looked for
     * from the line of the one before ({@code "total.required:", "trente"}); 0 when one is not found.
     */
    static int lineOf(Path file, String... texts) {
        try {
            List<String> lines = Files.readAllLines(file);
            int from = 0;
            int found = 0;
            for (String text : texts) {
                found = 0;
                for (int i = from; i < lines.size(); i++) {
                    if (lines.get(i).contains(text)) {
                        found = i + 1;
                        break;
                    }
                }
                if (found == 0) {
                    return 0;
                }
                from = found - 1;
            }
            return found;
        } catch (IOException e) {
            // the file was read a moment ago; without a line the problem still names the file
        }
        return 0;
    }
}
