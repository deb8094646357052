package org.vigie.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import java.util.Optional;

/**
 * The checks every text and date of a request passes before any code reads it: no control
 * character (tabs and line breaks excepted), no unpaired surrogate, not too long, and a date in
 * a sane range. Each answers the refusal to show, or nothing.
 */
public final class SaneText {
    private final InputSettings settings;

    public SaneText(InputSettings settings) {
        this.settings = settings;
    }

    /** Why a value is refused: the whole sentence naming its field (« Le champ x ne peut dépasser … »), in the caller's language. */
    @FunctionalInterface
    public interface Refusal {
        String sentence(String field);
    }

    /** A date parameter out of the sane range, as the parameter's parser throws it: the years it must lie between. */
    static final class RefusedDate extends DateTimeParseException {
        private final int earliest;
        private final int latest;

        RefusedDate(String text, int earliest, int latest) {
            super("Year out of " + earliest + ".." + latest, text, 0);
            this.earliest = earliest;
            this.latest = latest;
        }

        int earliest() {
            return earliest;
        }

        int latest() {
            return latest;
        }
    }

    public Optional<Refusal> refusal(String text) {
        if (text.length() > settings.maxTextLength()) {
            int max = settings.maxTextLength();
            return Optional.of(field -> Texts.of("web.field.named.tooLong", Map.of("field", field, "max", max)));
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                String code = hex(c);
                return Optional.of(field -> Texts.of("web.field.named.unpairedSurrogate", Map.of("field", field, "code", code)));
            } else if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                String code = hex(c);
                return Optional.of(field -> Texts.of("web.field.named.controlCharacter", Map.of("field", field, "code", code)));
            }
        }
        return Optional.empty();
    }

    /** The refusal of a date parameter, thrown by its parser when the date is out of the sane range. */
    RefusedDate refusedDate(String text) {
        return new RefusedDate(text, settings.earliestYear(), settings.latestYear());
    }

    public Optional<Refusal> refusal(TemporalAccessor date) {
        int year = date.get(ChronoField.YEAR);
        int earliest = settings.earliestYear();
        int latest = settings.latestYear();
        if (year < earliest || year > latest) {
            return Optional.of(field -> Texts.of("web.field.named.dateRange", Map.of("field", field, "earliest", earliest, "latest", latest)));
        }
        return Optional.empty();
    }

    static boolean isDate(Object value) {
        return value instanceof LocalDate || value instanceof LocalDateTime || value instanceof OffsetDateTime;
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
