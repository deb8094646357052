package org.vigie.scheduling.notices;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/** Phone numbers as the gateways and the opt-out list compare them: E.164, read as Canadian when no country is given. */
final class Phones {
    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();

    private Phones() {
    }

    /** « 514-555-0100 », « (514) 555 0100 », « +1 514 555 0100 » → « +15145550100 »; empty when it cannot be a number. */
    static Optional<String> e164(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            var number = NUMBERS.parse(raw, "CA");
            // possible, not valid: the fictional 555-01xx numbers of tests and examples are not in the numbering plan
            return NUMBERS.isPossibleNumber(number) ? Optional.of(NUMBERS.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** « +1******0100 »: enough for the clinic to recognise a number, not to dial it. */
    static String masked(String phone) {
        if (phone.length() <= 6) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, 2) + "*".repeat(phone.length() - 6) + phone.substring(phone.length() - 4);
    }
}
