package org.vigie.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
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

    public Optional<String> refusal(String text) {
        if (text.length() > settings.maxTextLength()) {
            return Optional.of("ne peut dépasser " + settings.maxTextLength() + " caractères");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("contient un caractère invalide (demi-paire de substitution U+" + hex(c) + ")");
            } else if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of("contient un caractère de contrôle (U+" + hex(c) + ")");
            }
        }
        return Optional.empty();
    }

    public Optional<String> refusal(TemporalAccessor date) {
        int year = date.get(ChronoField.YEAR);
        if (year < settings.earliestYear() || year > settings.latestYear()) {
            return Optional.of("doit être une date entre " + settings.earliestYear() + " et " + settings.latestYear());
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
