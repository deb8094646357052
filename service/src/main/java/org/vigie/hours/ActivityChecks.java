package org.vigie.hours;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

import org.vigie.rules.PackParameters;
import org.vigie.rules.facts.ListItem;
import org.vigie.web.Languages;
import org.vigie.web.Texts;
import org.vigie.web.Validation;

/**
 * Checks an activity against the regulator's lists and the calendar, and resolves catalogue codes
 * to their text. Every refusal names its field, in the caller's language; the wording is the regulator's where its
 * seed gives one (its pack's messages {@code declaration.*}), the service's otherwise ({@code hours.activity.*}).
 */
final class ActivityChecks {
    /** The pack's messages in the regulator's words (its member guide's sentences). */
    static final String NOT_ENDED = "declaration.notEnded";
    static final String TITLE_FROM_LIST = "declaration.titleFromList";
    static final String FULL_ORGANISATION_NAME = "declaration.fullOrganisationName";
    static final String TRAINER_FULL_NAME = "declaration.trainerFullName";
    private static final int HOURS_IN_A_DAY = 24;

    private ActivityChecks() {
    }

    /**
     * @param from the first day an activity may count (the cycle's start, or the member's admission)
     * @param to the last day of the cycle
     */
    static ActivityDetails resolve(ActivityForm form, PackParameters parameters, LocalDate from, LocalDate to,
                                   LocalDate today, Validation validation) {
        categoryAndType(parameters, form.category(), form.type(), "", validation);
        String title = pickOrType(parameters, "catalogueTitles", form.titleCode(), form.title(), "title",
                regulatorWords(parameters, TITLE_FROM_LIST), validation);
        String organisation = pickOrType(parameters, "catalogueOrganisations", form.organisationCode(), form.organisation(),
                "organisation", regulatorWords(parameters, FULL_ORGANISATION_NAME), validation);
        if (form.organisationCode() == null && organisation != null && looksAbbreviated(organisation)) {
            validation.refuse("organisation", regulatorWords(parameters, FULL_ORGANISATION_NAME));
        }
        String trainer = pickOrType(parameters, "catalogueTrainers", form.trainerCode(), form.trainer(), "trainer",
                regulatorWords(parameters, TRAINER_FULL_NAME), validation);
        if (form.trainerCode() == null && trainer != null && trainer.trim().split("\\s+").length < 2) {
            validation.refuse("trainer", regulatorWords(parameters, TRAINER_FULL_NAME));
        }
        checkDatesAndHours(form, parameters, from, to, today, validation);
        validation.throwIfAny();
        return new ActivityDetails(form.category(), form.type(), title, form.titleCode(), organisation,
                form.organisationCode(), trainer, form.trainerCode(), form.startDate(), form.endDate(),
                form.hours().setScale(2, java.math.RoundingMode.UNNECESSARY));
    }

    private static void checkDatesAndHours(ActivityForm form, PackParameters parameters, LocalDate from, LocalDate to,
                                           LocalDate today, Validation validation) {
        LocalDate start = form.startDate();
        LocalDate end = form.endDate();
        validation.require(start != null, "startDate", Texts.of("hours.activity.startDateRequired"))
                .require(end != null, "endDate", Texts.of("hours.activity.endDateRequired"));
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                validation.refuse("endDate", Texts.of("hours.activity.endBeforeStart"));
            } else if (end.isAfter(today)) {
                validation.refuse("endDate", regulatorWords(parameters, NOT_ENDED));
            } else if (start.isBefore(from) || end.isAfter(to)) {
                // the days as YYYY-MM-DD, as the sentence always gave them
                validation.refuse(start.isBefore(from) ? "startDate" : "endDate", Texts.of("hours.activity.outsideCycle",
                        Map.of("from", from.toString(), "to", to.toString())));
            }
        }
        BigDecimal hours = form.hours();
        if (hours == null) {
            validation.refuse("hours", Texts.of("hours.activity.hoursRequired"));
        } else if (hours.signum() <= 0) {
            validation.refuse("hours", Texts.of("hours.activity.hoursPositive"));
        } else if (hours.stripTrailingZeros().scale() > 2) {
            validation.refuse("hours", Texts.of("hours.activity.hoursDecimals"));
        } else if (start != null && end != null && !end.isBefore(start)) {
            long days = ChronoUnit.DAYS.between(start, end) + 1;
            if (hours.compareTo(BigDecimal.valueOf(days * HOURS_IN_A_DAY)) > 0) {
                // the hours as sent (2.5 in both languages), as the sentence always gave them
                validation.refuse("hours", Texts.of("hours.activity.hoursBeyondDates", Map.of(
                        "hours", hours.stripTrailingZeros().toPlainString(), "days", days,
                        "max", String.valueOf(days * HOURS_IN_A_DAY))));
            }
        }
    }

    /**
     * A category and a type from the pack's lists, the type belonging to the category; problems go
     * to the fields {@code <prefix>category} and {@code <prefix>type}.
     */
    static void categoryAndType(PackParameters parameters, String categoryCode, String typeCode, String fieldPrefix,
                                Validation validation) {
        Optional<ListItem> category = known(parameters, "categories", categoryCode, fieldPrefix + "category",
                Texts.of("hours.activity.chooseCategory"), validation);
        Optional<ListItem> type = known(parameters, "activityTypes", typeCode, fieldPrefix + "type",
                Texts.of("hours.activity.chooseType"), validation);
        if (category.isPresent() && type.isPresent() && !category.get().getCode().equals(type.get().attribute("category"))) {
            validation.refuse(fieldPrefix + "type", Texts.of("hours.activity.typeNotInCategory",
                    Map.of("type", typeCode, "category", categoryCode)));
        }
    }

    /** @param whenMissing the sentence, already worded, that says what to choose */
    private static Optional<ListItem> known(PackParameters parameters, String list, String code, String field,
                                            String whenMissing, Validation validation) {
        if (code == null || code.isBlank()) {
            validation.refuse(field, whenMissing);
            return Optional.empty();
        }
        Optional<ListItem> item = parameters.item(list, code);
        if (item.isEmpty()) {
            validation.refuse(field, Texts.of("hours.activity.unknownValue", Map.of("code", code, "then", whenMissing)));
        }
        return item;
    }

    /** A catalogue pick or a typed text, exactly one of them; returns the text to keep. {@code whenMissing} is worded. */
    private static String pickOrType(PackParameters parameters, String catalogue, String code, String typed, String field,
                                     String whenMissing, Validation validation) {
        boolean hasCode = code != null && !code.isBlank();
        boolean hasText = typed != null && !typed.isBlank();
        if (hasCode && hasText) {
            validation.refuse(field, Texts.of("hours.activity.listOrText"));
            return null;
        }
        if (hasCode) {
            Optional<ListItem> item = parameters.item(catalogue, code);
            if (item.isEmpty()) {
                validation.refuse(field + "Code", Texts.of("hours.activity.unknownInList", "code", code));
                return null;
            }
            return item.get().attribute("fr");
        }
        if (!hasText) {
            validation.refuse(field, whenMissing);
            return null;
        }
        int max = "trainer".equals(field) ? 200 : 300;
        if (typed.length() > max) {
            validation.refuse(field, Texts.of("hours.activity.textTooLong", "max", max));
            return null;
        }
        return typed.trim();
    }

    /** A sentence of the regulator's pack, in the caller's language. */
    private static String regulatorWords(PackParameters parameters, String key) {
        return parameters.message(key, Languages.current(), Map.of());
    }

    /** "CHUM", "OTPQ": one short word in capitals is an abbreviation, not a full name. */
    private static boolean looksAbbreviated(String organisation) {
        String name = organisation.trim();
        return !name.contains(" ") && name.length() <= 8 && name.equals(name.toUpperCase());
    }
}
