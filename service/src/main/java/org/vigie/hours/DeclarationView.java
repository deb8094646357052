package org.vigie.hours;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A declaration as the API shows it, with its history of cancellations and corrections. */
record DeclarationView(long id, long memberId, String regulator, String cycleId, String category, String type, String title,
                       String titleCode, String organisation, String organisationCode, String trainer, String trainerCode,
                       LocalDate startDate, LocalDate endDate, BigDecimal hours, String status, String statusLabel,
                       Instant submittedAt, String submittedBy, List<ChangeView> history) {

    record ChangeView(String kind, String by, Instant at, String reason, String previousValues) {
    }

    static DeclarationView of(Declaration declaration) {
        ActivityDetails d = declaration.details();
        return new DeclarationView(declaration.getId(), declaration.getMemberId(), declaration.getRegulator(),
                declaration.getCycleId(), d.category(), d.activityType(), d.title(), d.titleCode(), d.organisation(),
                d.organisationCode(), d.trainer(), d.trainerCode(), d.startDate(), d.endDate(), d.hours(),
                declaration.getStatus().name(), declaration.getStatus().label(), declaration.getSubmittedAt(),
                declaration.getSubmittedBy(),
                declaration.history().stream().map(c -> new ChangeView(c.kind(), c.changedBy(), c.changedAt(), c.reason(),
                        c.previousValues())).toList());
    }
}
