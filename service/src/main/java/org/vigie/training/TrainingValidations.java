package org.vigie.training;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.members.MemberDirectory;
import org.vigie.rules.PackManifest;
import org.vigie.rules.RulePack;
import org.vigie.rules.RulePacks;
import org.vigie.web.Caller;
import org.vigie.web.ConflictException;
import org.vigie.web.NotFoundException;

/**
 * The federation validates an activity within its window after it (the leader confirmed the date
 * and submitted the attendance, which invited every participant to evaluate, and marked every
 * mandatory module); validating registers
 * each participant's credits, once. A scheduled check flags the activities past the window that
 * nobody validated: a conditional update, so several instances running it flag each once.
 */
@RestController
@Tag(name = "Training", description = "Group online training (FMOQ): groups, activities, attendance, allowances, credits")
class TrainingValidations {
    private static final Logger log = LoggerFactory.getLogger(TrainingValidations.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final RulePacks packs;
    private final MemberDirectory directory;
    private final TrainingRecords records;
    private final TrainingActivities activities;
    private final Clock clock;

    TrainingValidations(JdbcClient jdbc, TransactionTemplate transactions, RulePacks packs, MemberDirectory directory,
                        TrainingRecords records, TrainingActivities activities, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.packs = packs;
        this.directory = directory;
        this.records = records;
        this.activities = activities;
        this.clock = clock;
    }

    /** A credit in a participant's record (PADPC), as their statement lists it. */
    record Credit(long activityId, String course, String title, BigDecimal hours, LocalDate date, Instant creditedAt) {
    }

    record Validated(long activityId, Instant validatedAt, String validatedBy, int participantsCredited) {
    }

    @PostMapping("/api/training/activities/{activityId}/validation")
    @Operation(summary = "The federation validates an activity within its window (7 days): the attendance submitted and every "
            + "mandatory module marked; every participant's credits are then registered (federation staff)")
    Validated validate(@PathVariable long activityId) {
        TrainingRecords.ActivityRow activity = records.get(activityId);
        Caller caller = Caller.current().requireStaffOf(activity.regulator());
        RulePack pack = packs.require(activity.regulator(), PackManifest.TRAINING);
        return transactions.execute(tx -> {
            TrainingRecords.ActivityRow locked = records.find(activityId, true).orElseThrow();
            if (locked.validatedAt() != null) {
                throw new ConflictException("L'activité n° " + activityId + " est déjà validée.");
            }
            if (locked.submittedAt() == null) {
                throw new ConflictException("Le responsable n'a pas encore confirmé la date ni soumis les présences de l'activité n° " + activityId + ".");
            }
            LocalDate deadline = locked.date().plusDays((long) pack.parameters().inForce(locked.date()).number("validation.window.days"));
            if (LocalDate.now(clock).isAfter(deadline)) {
                throw new ConflictException("L'activité n° " + activityId + " se validait jusqu'au " + pack.parameters().wording("fr").date(deadline) + ".");
            }
            List<String> unmarked = activities.modules(locked).stream().filter(m -> m.mandatory() && m.markedAt() == null)
                    .map(m -> m.label() + " (" + m.course() + ")").toList();
            if (!unmarked.isEmpty()) {
                throw new ConflictException("Le responsable n'a pas complété les modules obligatoires de l'activité n° " + activityId
                        + " : " + String.join(", ", unmarked) + ".");
            }
            Timestamp now = Timestamp.from(clock.instant());
            List<Long> participants = jdbc.sql("SELECT member_id FROM training_attendance WHERE activity_id = ?").param(activityId)
                    .query(Long.class).list();
            records.credit(locked, pack, participants, now);
            jdbc.sql("UPDATE training_activity SET validated_at = ?, validated_by = ? WHERE id = ?").params(now, caller.username(), activityId).update();
            return new Validated(activityId, now.toInstant(), caller.username(), participants.size());
        });
    }

    @GetMapping("/api/members/{memberId}/training/credits")
    @Operation(summary = "A member's credited group training activities (their statement of activities)")
    List<Credit> credits(@PathVariable long memberId) {
        directory.visibleTo(Caller.current(), memberId);
        return jdbc.sql("SELECT activity_id, course, title, hours, activity_date, credited_at FROM training_credit WHERE member_id = ?"
                        + " ORDER BY activity_date, course")
                .param(memberId)
                .query((rs, n) -> new Credit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                        rs.getDate(5).toLocalDate(), rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** Flags, once, the activities past the federation's window that nobody validated. */
    @Scheduled(fixedDelayString = "${vigie.training.late-check-interval:1h}", initialDelayString = "${vigie.training.late-check-interval:1h}")
    void flagLateActivities() {
        for (var status : packs.statuses()) {
            String regulator = status.regulator();
            if (status.activeHash() == null || !packs.require(regulator).manifest().isKind(PackManifest.TRAINING)) {
                continue;
            }
            RulePack pack = packs.require(regulator);
            LocalDate today = LocalDate.now(clock);
            double window = pack.parameters().inForce(today).number("validation.window.days");
            int flagged = jdbc.sql("UPDATE training_activity SET flagged_late_at = ? WHERE validated_at IS NULL AND flagged_late_at IS NULL"
                            + " AND activity_date < ? AND group_id IN (SELECT id FROM training_group WHERE regulator = ?)")
                    .params(Timestamp.from(clock.instant()), today.minusDays((long) window), regulator).update();
            if (flagged > 0) {
                log.info("{} activity(ies) of {} past the validation window flagged", flagged, regulator);
            }
        }
    }
}
