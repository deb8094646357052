package org.vigie.training;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.vigie.rules.facts.TrainingActivity;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.Texts;

/**
 * Training blocks as people write them, "09:00-10:30", and as an activity's row keeps them (comma-separated): the rules
 * judge consecutive hours on them, so a block must end after it starts and none may overlap another.
 */
final class TrainingBlocks {
    private TrainingBlocks() {
    }

    /** The blocks typed in a field ({@code blocks[1]} names the unreadable one); 400 on the first that is wrong. */
    static List<TrainingActivity.Block> parse(List<String> texts, String field) {
        List<TrainingActivity.Block> blocks = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            blocks.add(parse(texts.get(i), field + "[" + i + "]"));
        }
        List<TrainingActivity.Block> sorted = blocks.stream().sorted(Comparator.comparing(TrainingActivity.Block::start)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
                throw new InvalidRequestException(field, Texts.of("training.blocks.overlap", Map.of("first", text(sorted.get(i - 1)),
                        "second", text(sorted.get(i)))));
            }
        }
        return blocks;
    }

    /** The blocks as a row keeps them; none: empty. */
    static List<TrainingActivity.Block> read(String stored) {
        return stored == null || stored.isBlank() ? List.of() : Arrays.stream(stored.split(",")).map(b -> parse(b, "blocks")).toList();
    }

    static String text(List<TrainingActivity.Block> blocks) {
        return blocks.stream().map(TrainingBlocks::text).collect(Collectors.joining(","));
    }

    private static String text(TrainingActivity.Block block) {
        return block.start() + "-" + block.end();
    }

    private static TrainingActivity.Block parse(String text, String field) {
        try {
            String[] times = text.split("-");
            LocalTime start = LocalTime.parse(times[0].trim());
            LocalTime end = LocalTime.parse(times[1].trim());
            if (!end.isAfter(start)) {
                throw new InvalidRequestException(field, Texts.of("training.block.endsBeforeStart", "block", text));
            }
            return new TrainingActivity.Block(start, end);
        } catch (DateTimeParseException | ArrayIndexOutOfBoundsException | NullPointerException e) {
            throw new InvalidRequestException(field, Texts.of("training.block.unreadable", "block", String.valueOf(text)));
        }
    }
}
