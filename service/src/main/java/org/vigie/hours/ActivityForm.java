package org.vigie.hours;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The activity fields of a declaration as sent: for the title, organisation and trainer, either a
 * catalogue code or a typed text ("not in the list").
 */
record ActivityForm(String category, String type, String titleCode, String title, String organisationCode,
                    String organisation, String trainerCode, String trainer, LocalDate startDate, LocalDate endDate,
                    BigDecimal hours) {
}
