package org.vigie.rules.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Calculations rule files may call ({@code import function org.vigie.rules.facts.RuleFunctions.*}). */
public final class RuleFunctions {
    private RuleFunctions() {
    }

    /** Months from the month of {@code from} to the month of {@code to}, both counted: a month begun counts. */
    public static long monthsCounted(LocalDate from, LocalDate to) {
        return ChronoUnit.MONTHS.between(from.withDayOfMonth(1), to.withDayOfMonth(1)) + 1;
    }

    /** The value rounded to the nearest multiple of {@code step} (halves round up). */
    public static double roundToStep(double value, double step) {
        if (step <= 0) {
            return value;
        }
        return Math.floor(value / step + 0.5 + 1e-9) * step;
    }

    /** What is still missing to reach {@code required} with {@code done}: never below zero. */
    public static double missing(double required, double done) {
        return Math.max(0, round2(required - done));
    }

    public static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** A number as a rule author writes it: 30, 12.5, 0.25. */
    public static String format(double value) {
        double rounded = round2(value);
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return Double.toString(rounded);
    }
}
