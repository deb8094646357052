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

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Reads the YAML files of a pack, turning a syntax error into a {@link PackProblem} with its line and column. */
final class YamlFiles {
    private YamlFiles() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> read(Path packDir, Path file) {
        String name = packDir.relativize(file).toString();
        try {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(Files.readString(file, StandardCharsets.UTF_8));
            if (loaded == null) {
                return Map.of();
            }
            if (!(loaded instanceof Map)) {
                throw new PackException(new PackProblem(name, 1, 1, "expected a mapping of names to values"));
            }
            return (Map<String, Object>) loaded;
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark();
            throw new PackException(new PackProblem(name, mark == null ? 0 : mark.getLine() + 1,
                    mark == null ? 0 : mark.getColumn() + 1, e.getProblem()));
        } catch (IOException e) {
            throw new PackException(new PackProblem(name, 0, 0, "cannot read: " + e.getMessage()));
        }
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
