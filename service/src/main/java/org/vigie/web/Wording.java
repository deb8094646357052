package org.vigie.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;

/**
 * How a value reads in a message, in one language and one time zone: the one formatter behind
 * every pack's messages and every sentence the service composes.
 * <ul>
 * <li>a date as people write it: « 2 décembre 2026 », « 1er mars 2026 », "December 2, 2026"
 * (a pack may choose another pattern with its message {@code format.date}, e.g. {@code dd/MM/uuuu});</li>
 * <li>an instant in the local time of the zone: « 2 décembre 2026 à 8 h 22 », "December 2, 2026 at 8:22 AM"
 * ({@code format.dateTime});</li>
 * <li>a number with the language's decimal mark, at most two decimals: « 12,5 »;</li>
 * <li>a list worded: « A, B et C », "A, B and C";</li>
 * <li>a count with its word in the right plural, written in a message as {@code {name|activité|activités}}:
 * « 0 activité », « 1 minute », « 2 activités » (French counts 0 and 1 as singular, English only 1);</li>
 * <li>in French, a no-break space inside « » so that a guillemet never starts or ends a line alone.</li>
 * </ul>
 */
public final class Wording {
    /** A no-break space: what French typography puts inside « ». */
    public static final char NO_BREAK_SPACE = '\u00A0';
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([\\p{L}\\p{N}_.\\-]+)(?:\\|([^|{}]*)\\|([^|{}]*))?}");
    private static final ZoneId QUEBEC = ZoneId.of("America/Montreal");
    // compiled once: every sentence with « » passes through them (String.replaceAll would compile them each time)
    private static final Pattern AFTER_OPENING = Pattern.compile("«[ \\u00A0\\u202F]*");
    private static final Pattern BEFORE_CLOSING = Pattern.compile("[ \\u00A0\\u202F]*»");
    // built once: a dashboard words dozens of values per request
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.CANADA);
    private static final DateTimeFormatter FRENCH_MONTH_YEAR = DateTimeFormatter.ofPattern(" MMMM uuuu", Locale.CANADA_FRENCH);
    private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("mm");
    private static final ListFormatter ENGLISH_LIST = ListFormatter.getInstance(ULocale.forLocale(Locale.CANADA));
    private static final ListFormatter FRENCH_LIST = ListFormatter.getInstance(ULocale.forLocale(Locale.CANADA_FRENCH));
    private static final PluralRules ENGLISH_PLURALS = PluralRules.forLocale(ULocale.forLocale(Locale.CANADA));
    private static final PluralRules FRENCH_PLURALS = PluralRules.forLocale(ULocale.forLocale(Locale.CANADA_FRENCH));

    private final String language;
    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter datePattern;
    private final DateTimeFormatter dateTimePattern;

    private Wording(String language, ZoneId zone, String datePattern, String dateTimePattern) {
        this.language = "en".equals(language) ? "en" : "fr";
        this.locale = "en".equals(this.language) ? Locale.CANADA : Locale.CANADA_FRENCH;
        this.zone = zone;
        this.datePattern = datePattern == null ? null : DateTimeFormatter.ofPattern(datePattern, locale);
        this.dateTimePattern = dateTimePattern == null ? null : DateTimeFormatter.ofPattern(dateTimePattern, locale);
    }

    /** The wording of a language (fr or en; any other reads as French) with dates written as people write them. */
    public static Wording of(String language, ZoneId zone) {
        return new Wording(language, zone, null, null);
    }

    /** French, in Québec's time zone: for sentences that concern no regulator in particular. */
    public static Wording french() {
        return of("fr", QUEBEC);
    }

    /** The same language and zone with a pack's own patterns (null keeps the usual one); a broken pattern is refused. */
    public Wording withPatterns(String date, String dateTime) {
        return new Wording(language, zone, date, dateTime);
    }

    private boolean english() {
        return "en".equals(language);
    }

    public String language() {
        return language;
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * The values a message names, {name} and {name|one|other}: what its French and its English must both name. A value a
     * rule gives worded in English beside its French ({@code optionEn} beside {@code option}) counts as the same value.
     */
    public static java.util.Set<String> placeholders(String template) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(template == null ? "" : template);
        while (m.find()) {
            String name = m.group(1);
            names.add(name.length() > 2 && name.endsWith("En") ? name.substring(0, name.length() - 2) : name);
        }
        return names;
    }

    /** The template with each {name} replaced by its value as this language writes it, {name|one|other} by a count. */
    public String fill(String template, Map<String, ?> values) {
        if (template.indexOf('{') < 0) {
            return typography(template); // most refusals name no value
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (!values.containsKey(name)) {
                replacement = m.group();
            } else if (m.group(2) != null) {
                replacement = count(values.get(name), m.group(2), m.group(3));
            } else {
                replacement = value(values.get(name));
            }
            m.appendReplacement(text, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(text);
        return typography(text.toString());
    }

    /** A value as it reads in a sentence, by its type; null reads as nothing. */
    public String value(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate d) {
            return date(d);
        }
        if (value instanceof Instant i) {
            return instant(i);
        }
        if (value instanceof OffsetDateTime o) {
            return instant(o.toInstant());
        }
        if (value instanceof ZonedDateTime z) {
            return instant(z.toInstant());
        }
        if (value instanceof LocalDateTime l) {
            return dateTime(l);
        }
        if (value instanceof LocalTime t) {
            return time(t);
        }
        if (value instanceof Number n) {
            return number(n);
        }
        if (value instanceof Collection<?> items) {
            return list(items);
        }
        return String.valueOf(value);
    }

    /** « 2 décembre 2026 », « 1er mars 2026 »; "December 2, 2026". */
    public String date(LocalDate date) {
        if (datePattern != null) {
            return datePattern.format(date);
        }
        if ("en".equals(language)) {
            return ENGLISH_DATE.format(date);
        }
        return (date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth()))
                + FRENCH_MONTH_YEAR.format(date);
    }

    /** An instant in this zone's local time: « 2 décembre 2026 à 8 h 22 »; "December 2, 2026 at 8:22 AM". */
    public String instant(Instant instant) {
        return dateTime(LocalDateTime.ofInstant(instant, zone));
    }

    /** A time of day: « 9 h », « 13 h 30 »; "9:00 AM". */
    public String time(LocalTime time) {
        if ("en".equals(language)) {
            return ENGLISH_TIME.format(time);
        }
        return time.getMinute() == 0 ? time.getHour() + " h" : time.getHour() + " h " + MINUTES.format(time);
    }

    private String dateTime(LocalDateTime local) {
        if (dateTimePattern != null) {
            return dateTimePattern.format(local);
        }
        if ("en".equals(language)) {
            return date(local.toLocalDate()) + " at " + ENGLISH_TIME.format(local);
        }
        return date(local.toLocalDate()) + " à " + local.getHour() + " h " + MINUTES.format(local);
    }

    /** At most two decimals, none when whole, with the language's decimal mark: « 12,5 », "12.5". */
    public String number(Number number) {
        double value = number instanceof BigDecimal b ? b.doubleValue() : number.doubleValue();
        String text = BigDecimal.valueOf(Math.round(value * 100) / 100.0).stripTrailingZeros().toPlainString();
        return "fr".equals(language) ? text.replace('.', ',') : text;
    }

    /** « A, B et C »; "A, B and C"; each item worded by its type. */
    public String list(Collection<?> items) {
        return (english() ? ENGLISH_LIST : FRENCH_LIST)
                .format(items.stream().map(this::value).toList());
    }

    /** The count and its word: « 0 activité », « 2 activités »; "0 activities", "1 activity". */
    public String count(Object count, String one, String other) {
        if (!(count instanceof Number n)) {
            return value(count) + " " + other;
        }
        double value = n.doubleValue();
        String category = (english() ? ENGLISH_PLURALS : FRENCH_PLURALS).select(value);
        return number(n) + " " + ("one".equals(category) ? one : other);
    }

    /** In French, no-break spaces inside « » (added where missing); other languages unchanged. */
    public String typography(String text) {
        if (!"fr".equals(language) || text.indexOf('«') < 0 && text.indexOf('»') < 0) {
            return text;
        }
        return BEFORE_CLOSING.matcher(AFTER_OPENING.matcher(text).replaceAll("«" + NO_BREAK_SPACE)).replaceAll(NO_BREAK_SPACE + "»");
    }
}
