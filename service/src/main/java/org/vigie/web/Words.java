package org.vigie.web;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/** Searching by what people type: case and accents ignored, a word matched by its first letters. */
public final class Words {
    private Words() {
    }

    /** Lower case, accents removed: « Évènement » → « evenement ». */
    public static String fold(String text) {
        return text == null ? "" : Normalizer.normalize(text.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** Whether a word of the text starts with what was typed (folded); true when nothing was typed. */
    public static boolean anyWordStartsWith(String text, String typed) {
        String prefix = fold(typed);
        return prefix.isEmpty() || Arrays.stream(fold(text).split("[^\\p{L}\\p{N}]+")).anyMatch(w -> w.startsWith(prefix));
    }
}
