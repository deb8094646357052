package org.vigie.hours;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A member's declaration of a training activity: the cycle, the activity and the three
 * attestations (all three must be true).
 */
record DeclarationRequest(String regulator, String cycleId, String category, String type, String titleCode, String title,
                          String organisationCode, String organisation, String trainerCode, String trainer,
                          LocalDate startDate, LocalDate endDate, BigDecimal hours, List<Boolean> attestations) {

    ActivityForm activity() {
        return new ActivityForm(category, type, titleCode, title, organisationCode, organisation, trainerCode, trainer,
                startDate, endDate, hours);
    }
}
