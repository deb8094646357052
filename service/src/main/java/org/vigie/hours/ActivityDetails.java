package org.vigie.hours;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a member declares about an activity, resolved: titles, organisations and trainers hold the
 * text shown (from the catalogue or typed), and the catalogue code when picked from it.
 */
record ActivityDetails(String category, String activityType, String title, String titleCode, String organisation,
                       String organisationCode, String trainer, String trainerCode, LocalDate startDate,
                       LocalDate endDate, BigDecimal hours) {

    String summary() {
        return "category=" + category + ", type=" + activityType + ", title=" + title + ", organisation=" + organisation
                + ", trainer=" + trainer + ", dates=" + startDate + ".." + endDate + ", hours=" + hours.stripTrailingZeros().toPlainString();
    }
}
