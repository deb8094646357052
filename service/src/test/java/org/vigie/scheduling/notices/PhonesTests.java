package org.vigie.scheduling.notices;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Numbers as the gateways and the opt-out list compare them. */
class PhonesTests {
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
}
