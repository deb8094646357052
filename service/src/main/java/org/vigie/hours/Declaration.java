package org.vigie.hours;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A training activity a member declared for a cycle. Once submitted the member cannot change it;
 * regulator staff can cancel or correct it, and every change is kept with who, when and why.
 */
@Table("declaration")
class Declaration {
    @Id
    private Long id;
    private final long memberId;
    private final String regulator;
    private final String cycleId;
    private String category;
    @Column("activity_type")
    private String activityType;
    private String title;
    private String titleCode;
    private String organisation;
    private String organisationCode;
    private String trainer;
    private String trainerCode;
    private LocalDate startDate;
    private LocalDate endDate;
    private BigDecimal hours;
    private DeclarationStatus status;
    private final Instant submittedAt;
    private final String submittedBy;
    private final String submissionKey;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "declaration_id")
    private final Set<DeclarationChange> changes;

    @PersistenceCreator
    Declaration(Long id, long memberId, String regulator, String cycleId, String category, String activityType, String title,
                String titleCode, String organisation, String organisationCode, String trainer, String trainerCode,
                LocalDate startDate, LocalDate endDate, BigDecimal hours, DeclarationStatus status, Instant submittedAt,
                String submittedBy, String submissionKey, Integer version, Set<DeclarationChange> changes) {
        this.id = id;
        this.memberId = memberId;
        this.regulator = regulator;
        this.cycleId = cycleId;
        this.category = category;
        this.activityType = activityType;
        this.title = title;
        this.titleCode = titleCode;
        this.organisation = organisation;
        this.organisationCode = organisationCode;
        this.trainer = trainer;
        this.trainerCode = trainerCode;
        this.startDate = startDate;
        this.endDate = endDate;
        this.hours = hours;
        this.status = status;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        this.submissionKey = submissionKey;
        this.version = version;
        this.changes = new HashSet<>(changes == null ? Set.of() : changes);
    }

    static Declaration submit(long memberId, String regulator, String cycleId, ActivityDetails d, Instant now,
                              String submittedBy, String submissionKey) {
        return new Declaration(null, memberId, regulator, cycleId, d.category(), d.activityType(), d.title(), d.titleCode(),
                d.organisation(), d.organisationCode(), d.trainer(), d.trainerCode(), d.startDate(), d.endDate(), d.hours(),
                DeclarationStatus.SUBMITTED, now, submittedBy, submissionKey, null, Set.of());
    }

    ActivityDetails details() {
        return new ActivityDetails(category, activityType, title, titleCode, organisation, organisationCode, trainer,
                trainerCode, startDate, endDate, hours);
    }

    void cancel(String by, Instant at, String reason) {
        changes.add(new DeclarationChange(null, DeclarationChange.CANCELLED, by, at, reason, details().summary()));
        status = DeclarationStatus.CANCELLED;
    }

    void correct(ActivityDetails corrected, String by, Instant at, String reason) {
        changes.add(new DeclarationChange(null, DeclarationChange.CORRECTED, by, at, reason, details().summary()));
        category = corrected.category();
        activityType = corrected.activityType();
        title = corrected.title();
        titleCode = corrected.titleCode();
        organisation = corrected.organisation();
        organisationCode = corrected.organisationCode();
        trainer = corrected.trainer();
        trainerCode = corrected.trainerCode();
        startDate = corrected.startDate();
        endDate = corrected.endDate();
        hours = corrected.hours();
    }

    Long getId() { return id; }
    long getMemberId() { return memberId; }
    String getRegulator() { return regulator; }
    String getCycleId() { return cycleId; }
    DeclarationStatus getStatus() { return status; }
    Instant getSubmittedAt() { return submittedAt; }
    String getSubmittedBy() { return submittedBy; }

    List<DeclarationChange> history() {
        return changes.stream().sorted(Comparator.comparing(DeclarationChange::changedAt)
                .thenComparing(c -> c.id() == null ? Long.MAX_VALUE : c.id())).toList();
    }
}
