package org.vigie.scheduling.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Numbers as the gateways and the opt-out list compare them, and the relay's waits between tries. */
class PhonesAndDelaysTests {
    @Test
    void numbersAsPeopleWriteThemBecomeOneE164() {
        assertThat(Phones.e164("514-555-0100")).contains("+15145550100");
        assertThat(Phones.e164("(514) 555 0100")).contains("+15145550100");
        assertThat(Phones.e164("+1 514.555.0100")).contains("+15145550100");
        assertThat(Phones.e164("1 514 555 0100")).contains("+15145550100");
        assertThat(Phones.e164("12")).isEmpty();
        assertThat(Phones.e164("appelez-moi")).isEmpty();
        assertThat(Phones.e164(null)).isEmpty();
    }

    @Test
    void aMaskedNumberKeepsItsCountryAndLastFourDigits() {
        assertThat(Phones.masked("+15145550100")).isEqualTo("+1******0100");
    }

    @Test
    void eachFailureDoublesTheWaitUpToAnHour() {
        assertThat(NoticeRelay.delay(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(NoticeRelay.delay(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(NoticeRelay.delay(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(NoticeRelay.delay(8)).isEqualTo(Duration.ofHours(1));
        assertThat(NoticeRelay.delay(40)).isEqualTo(Duration.ofHours(1));
    }
}
