package org.vigie.hours;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.vigie.rules.PackParameters;
import org.vigie.rules.facts.ListItem;
import org.vigie.web.Validation;

/**
 * Checks an activity against the regulator's lists and the calendar, and resolves catalogue codes
 * to their text. Every refusal names its field; the wording is the seed's where it has one.
 */
final class ActivityChecks {
    static final String NOT_ENDED = "Vous ne pouvez pas déclarer une activité de formation qui ne s'est pas encore "
            + "déroulée ou qui n'est pas encore terminée, et ce, même si vous vous y êtes déjà inscrit. La date de "
            + "l'activité ne peut être postérieure à la date à laquelle vous faites votre déclaration.";
    static final String FULL_ORGANISATION_NAME = "Inscrivez au long, sans abréviation, le nom de l'établissement, "
            + "de l'organisation ou de l'organisateur indépendant.";
    static final String TRAINER_FULL_NAME = "Pour un formateur, inscrivez le prénom, suivi du nom au complet.";
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
                "Choisissez le titre de l'activité dans la liste ou, si l'activité n'est pas dans la liste, "
                        + "inscrivez le titre inscrit sur votre attestation de participation.",
                validation);
        String organisation = pickOrType(parameters, "catalogueOrganisations", form.organisationCode(), form.organisation(),
                "organisation", FULL_ORGANISATION_NAME, validation);
        if (form.organisationCode() == null && organisation != null && looksAbbreviated(organisation)) {
            validation.refuse("organisation", FULL_ORGANISATION_NAME);
        }
        String trainer = pickOrType(parameters, "catalogueTrainers", form.trainerCode(), form.trainer(), "trainer",
                TRAINER_FULL_NAME, validation);
        if (form.trainerCode() == null && trainer != null && trainer.trim().split("\\s+").length < 2) {
            validation.refuse("trainer", TRAINER_FULL_NAME);
        }
        checkDatesAndHours(form, from, to, today, validation);
        validation.throwIfAny();
        return new ActivityDetails(form.category(), form.type(), title, form.titleCode(), organisation,
                form.organisationCode(), trainer, form.trainerCode(), form.startDate(), form.endDate(),
                form.hours().setScale(2, java.math.RoundingMode.UNNECESSARY));
    }

    private static void checkDatesAndHours(ActivityForm form, LocalDate from, LocalDate to, LocalDate today,
                                           Validation validation) {
        LocalDate start = form.startDate();
        LocalDate end = form.endDate();
        validation.require(start != null, "startDate", "La date de début est obligatoire.")
                .require(end != null, "endDate", "La date de fin est obligatoire (répétez la date de début pour une activité d'une journée).");
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                validation.refuse("endDate", "La date de fin ne peut pas précéder la date de début.");
            } else if (end.isAfter(today)) {
                validation.refuse("endDate", NOT_ENDED);
            } else if (start.isBefore(from) || end.isAfter(to)) {
                validation.refuse(start.isBefore(from) ? "startDate" : "endDate",
                        "Les dates de l'activité doivent être comprises dans votre cycle de référence, du " + from + " au " + to + ".");
            }
        }
        BigDecimal hours = form.hours();
        if (hours == null) {
            validation.refuse("hours", "La durée de l'activité, en heures, est obligatoire (par exemple 2,5).");
        } else if (hours.signum() <= 0) {
            validation.refuse("hours", "La durée de l'activité doit être supérieure à zéro.");
        } else if (hours.stripTrailingZeros().scale() > 2) {
            validation.refuse("hours", "La durée s'exprime en heures avec au plus deux décimales (par exemple 2,5).");
        } else if (start != null && end != null && !end.isBefore(start)) {
            long days = ChronoUnit.DAYS.between(start, end) + 1;
            if (hours.compareTo(BigDecimal.valueOf(days * HOURS_IN_A_DAY)) > 0) {
                validation.refuse("hours", "La durée (" + hours.stripTrailingZeros().toPlainString() + " h) dépasse ce que permettent les dates : "
                        + days + " jour(s), soit " + days * HOURS_IN_A_DAY + " heures au plus.");
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
                "Choisissez la catégorie de l'activité parmi la liste.", validation);
        Optional<ListItem> type = known(parameters, "activityTypes", typeCode, fieldPrefix + "type",
                "Choisissez le type de l'activité parmi la liste.", validation);
        if (category.isPresent() && type.isPresent() && !category.get().getCode().equals(type.get().attribute("category"))) {
            validation.refuse(fieldPrefix + "type", "Le type « " + typeCode + " » n'appartient pas à la catégorie « " + categoryCode + " ».");
        }
    }

    private static Optional<ListItem> known(PackParameters parameters, String list, String code, String field,
                                            String whenMissing, Validation validation) {
        if (code == null || code.isBlank()) {
            validation.refuse(field, whenMissing);
            return Optional.empty();
        }
        Optional<ListItem> item = parameters.item(list, code);
        if (item.isEmpty()) {
            validation.refuse(field, "Valeur inconnue : « " + code + " ». " + whenMissing);
        }
        return item;
    }

    /** A catalogue pick or a typed text, exactly one of them; returns the text to keep. */
    private static String pickOrType(PackParameters parameters, String catalogue, String code, String typed, String field,
                                     String whenMissing, Validation validation) {
        boolean hasCode = code != null && !code.isBlank();
        boolean hasText = typed != null && !typed.isBlank();
        if (hasCode && hasText) {
            validation.refuse(field, "Choisissez dans la liste ou inscrivez le texte, pas les deux.");
            return null;
        }
        if (hasCode) {
            Optional<ListItem> item = parameters.item(catalogue, code);
            if (item.isEmpty()) {
                validation.refuse(field + "Code", "Valeur inconnue dans la liste : « " + code + " ».");
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
            validation.refuse(field, "Le texte ne peut dépasser " + max + " caractères.");
            return null;
        }
        return typed.trim();
    }

    /** "CHUM", "OTPQ": one short word in capitals is an abbreviation, not a full name. */
    private static boolean looksAbbreviated(String organisation) {
        String name = organisation.trim();
        return !name.contains(" ") && name.length() <= 8 && name.equals(name.toUpperCase());
    }
}
