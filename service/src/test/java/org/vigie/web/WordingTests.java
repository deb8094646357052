package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The one formatter behind every message: each case a member would read wrong if it broke. */
class WordingTests {
    private static final char NBSP = '\u00A0';
    private final Wording french = Wording.of("fr", ZoneId.of("America/Montreal"));
    private final Wording english = Wording.of("en", ZoneId.of("America/Montreal"));

    @Test
    void a_date_reads_as_people_write_it() {
        assertThat(french.date(LocalDate.of(2026, 12, 2))).isEqualTo("2 décembre 2026");
        assertThat(french.date(LocalDate.of(2026, 3, 1))).isEqualTo("1er mars 2026");
        assertThat(french.date(LocalDate.of(2026, 8, 15))).isEqualTo("15 août 2026");
        assertThat(english.date(LocalDate.of(2026, 12, 2))).isEqualTo("December 2, 2026");
    }

    @Test
    void a_pack_may_choose_its_date_pattern() {
        Wording numeric = french.withPatterns("dd/MM/uuuu", "dd/MM/uuuu HH:mm");
        assertThat(numeric.date(LocalDate.of(2026, 12, 2))).isEqualTo("02/12/2026");
        assertThat(numeric.instant(Instant.parse("2026-12-02T13:22:55.362Z"))).isEqualTo("02/12/2026 08:22");
        assertThatThrownBy(() -> french.withPatterns("dd/MM/uuuu {", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_instant_reads_in_the_local_time_of_the_zone_never_in_utc() {
        Instant instant = Instant.parse("2026-12-02T07:22:55.362Z");
        assertThat(french.instant(instant)).isEqualTo("2 décembre 2026 à 2 h 22");
        assertThat(Wording.of("fr", ZoneId.of("Europe/Paris")).instant(instant)).isEqualTo("2 décembre 2026 à 8 h 22");
        assertThat(english.instant(Instant.parse("2026-07-01T17:05:00Z"))).isEqualTo("July 1, 2026 at 1:05 PM");
        assertThat(french.instant(Instant.parse("2026-03-01T04:59:00Z"))).isEqualTo("28 février 2026 à 23 h 59");
    }

    @Test
    void a_time_of_day_reads_as_people_write_it() {
        assertThat(french.time(LocalTime.of(9, 0))).isEqualTo("9 h");
        assertThat(french.time(LocalTime.of(13, 5))).isEqualTo("13 h 05");
        assertThat(french.fill("de {start} à {end}", Map.of("start", LocalTime.of(8, 30), "end", LocalTime.of(12, 0)))).isEqualTo("de 8 h 30 à 12 h");
        assertThat(english.time(LocalTime.of(13, 5))).isEqualTo("1:05 PM");
    }

    @Test
    void numbers_use_the_language_s_decimal_mark_and_no_trailing_zeros() {
        assertThat(french.number(12.5)).isEqualTo("12,5");
        assertThat(french.number(new BigDecimal("7.50"))).isEqualTo("7,5");
        assertThat(french.number(30.0)).isEqualTo("30");
        assertThat(french.number(1.0 / 3)).isEqualTo("0,33");
        assertThat(english.number(12.5)).isEqualTo("12.5");
    }

    @Test
    void counts_take_the_plural_their_language_gives_them() {
        String template = "{n|activité|activités}";
        assertThat(french.fill(template, Map.of("n", 0))).isEqualTo("0 activité");
        assertThat(french.fill(template, Map.of("n", 1))).isEqualTo("1 activité");
        assertThat(french.fill(template, Map.of("n", 2))).isEqualTo("2 activités");
        assertThat(french.fill("{h|heure|heures}", Map.of("h", 1.5))).isEqualTo("1,5 heure");
        assertThat(french.fill("{m|minute|minutes}", Map.of("m", 1L))).isEqualTo("1 minute");
        assertThat(english.fill("{n|activity|activities}", Map.of("n", 0))).isEqualTo("0 activities");
        assertThat(english.fill("{n|activity|activities}", Map.of("n", 1))).isEqualTo("1 activity");
        assertThat(english.fill("{h|hour|hours}", Map.of("h", 2.5))).isEqualTo("2.5 hours");
    }

    @Test
    void lists_are_worded_not_printed() {
        assertThat(french.list(List.of("2022-2025"))).isEqualTo("2022-2025");
        assertThat(french.list(List.of("2022-2025", "2025-2028"))).isEqualTo("2022-2025 et 2025-2028");
        assertThat(french.list(List.of("A", "B", "C"))).isEqualTo("A, B et C");
        assertThat(english.list(List.of("A", "B", "C"))).isEqualTo("A, B and C");
        assertThat(french.fill("cycles : {cycles}", Map.of("cycles", List.of("2022-2025", "2025-2028"))))
                .isEqualTo("cycles : 2022-2025 et 2025-2028");
    }

    @Test
    void french_guillemets_hold_no_break_spaces_added_where_missing() {
        assertThat(french.typography("la case « précisez » est vide")).isEqualTo("la case «" + NBSP + "précisez" + NBSP + "» est vide");
        assertThat(french.typography("le cycle «2022-2025» n'existe pas")).isEqualTo("le cycle «" + NBSP + "2022-2025" + NBSP + "» n'existe pas");
        String once = french.typography("« a »");
        assertThat(french.typography(once)).isEqualTo(once);
        assertThat(english.typography("the « specify » text")).isEqualTo("the « specify » text");
    }

    @Test
    void fill_words_each_value_by_its_type_and_leaves_unknown_names() {
        String text = french.fill("Le {date}, {hours} h ({missing})", Map.of("date", LocalDate.of(2026, 12, 2), "hours", 12.5));
        assertThat(text).isEqualTo("Le 2 décembre 2026, 12,5 h ({missing})");
    }
}
