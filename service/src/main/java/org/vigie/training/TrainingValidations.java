package org.vigie.training;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.rules.PackManifest;
import org.vigie.rules.RulePack;
import org.vigie.rules.RulePacks;
import org.vigie.web.Caller;
import org.vigie.web.ConflictException;
import org.vigie.web.Languages;
import org.vigie.web.Texts;

/**
 * The federation validates an activity within its window after it (the leader confirmed the date and submitted the attendance,
 * which invited every participant to evaluate, and marked every mandatory module); validating registers each participant's
 * credits, once, under the activity's lock. A scheduled check flags the activities past the window that nobody validated.
 */
@Service
class TrainingValidations {
    private static final Logger log = LoggerFactory.getLogger(TrainingValidations.class);

    private final TrainingActivities activities;
    private final Attendees attendees;
    private final ActivityViews views;
    private final ActivityCredits credits;
    private final RulePacks packs;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TrainingValidations(TrainingActivities activities, Attendees attendees, ActivityViews views, ActivityCredits credits, RulePacks packs,
                        TransactionTemplate transactions, Clock clock) {
        this.activities = activities;
        this.attendees = attendees;
        this.views = views;
        this.credits = credits;
        this.packs = packs;
        this.transactions = transactions;
        this.clock = clock;
    }

    record Validated(long activityId, Instant validatedAt, String validatedBy, int participantsCredited) {
    }

    Validated validate(Caller caller, long activityId) {
        TrainingActivities.ActivityRow activity = activities.get(activityId);
        caller.requireStaffOf(activity.regulator());
        RulePack pack = packs.require(activity.regulator(), PackManifest.TRAINING);
        return transactions.execute(tx -> {
            TrainingActivities.ActivityRow locked = activities.find(activityId, true).orElseThrow();
            if (locked.validatedAt() != null) {
                throw new ConflictException(Texts.of("training.validation.already", "activity", String.valueOf(activityId)));
            }
            if (locked.submittedAt() == null) {
                throw new ConflictException(Texts.of("training.validation.notSubmitted", "activity", String.valueOf(activityId)));
            }
            LocalDate deadline = TrainingDeadlines.validation(pack, locked.date());
            if (LocalDate.now(clock).isAfter(deadline)) {
                throw new ConflictException(pack.parameters().message("refusal.validation.closed", Languages.current(),
                        Map.of("activity", String.valueOf(activityId), "deadline", deadline)));
            }
            List<String> unmarked = views.modules(locked).stream().filter(m -> m.mandatory() && m.markedAt() == null)
                    .map(m -> m.label() + " (" + m.course() + ")").toList();
            if (!unmarked.isEmpty()) {
                throw new ConflictException(pack.parameters().message("refusal.validation.modulesMissing", Languages.current(),
                        Map.of("activity", String.valueOf(activityId), "modules", String.join(", ", unmarked))));
            }
            Timestamp now = Timestamp.from(clock.instant());
            List<Long> participants = attendees.memberIds(activityId);
            credits.register(locked, pack, participants, now);
            activities.validated(activityId, caller.username(), now);
            return new Validated(activityId, now.toInstant(), caller.username(), participants.size());
        });
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
            int flagged = activities.flagUnvalidated(regulator, today.minusDays((long) window), Timestamp.from(clock.instant()));
            if (flagged > 0) {
                log.info("{} activity(ies) of {} past the validation window flagged", flagged, regulator);
            }
        }
    }
}
