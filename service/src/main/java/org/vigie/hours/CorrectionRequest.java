package org.vigie.hours;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Regulator staff's correction: the activity as it should read, and why. */
record CorrectionRequest(String category, String type, String titleCode, String title, String organisationCode,
                         String organisation, String trainerCode, String trainer, LocalDate startDate, LocalDate endDate,
                         BigDecimal hours, String reason) {

    ActivityForm activity() {
        return new ActivityForm(category, type, titleCode, title, organisationCode, organisation, trainerCode, trainer,
                startDate, endDate, hours);
    }
}
