package org.vigie.training;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.stereotype.Service;
import org.vigie.rules.PackManifest;
import org.vigie.rules.RulePack;
import org.vigie.rules.RulePacks;
import org.vigie.web.Caller;
import org.vigie.web.ConflictException;
import org.vigie.web.ForbiddenException;
import org.vigie.web.Languages;
import org.vigie.web.Texts;
import org.vigie.web.Validation;

/** A participant on the attendance evaluates the activity, individually, once, within the federation's window after it. */
@Service
class ActivityEvaluationService {
    private final TrainingActivities activities;
    private final Attendees attendees;
    private final ActivityEvaluations evaluations;
    private final RulePacks packs;
    private final Clock clock;

    ActivityEvaluationService(TrainingActivities activities, Attendees attendees, ActivityEvaluations evaluations, RulePacks packs,
                              Clock clock) {
        this.activities = activities;
        this.attendees = attendees;
        this.evaluations = evaluations;
        this.packs = packs;
        this.clock = clock;
    }

    record ParticipantEvaluation(
            @Schema(requiredMode = REQUIRED, example = "5", description = "From 1 to 5") Integer rating,
            @Schema(example = "Cas cliniques très utiles") String comment) {
    }

    /** The evaluation recorded, and the last day evaluations were taken. */
    record EvaluationReceipt(long activityId, int rating, LocalDate deadline) {
    }

    EvaluationReceipt evaluate(Caller caller, long activityId, ParticipantEvaluation evaluation) {
        TrainingActivities.ActivityRow activity = activities.get(activityId);
        if (caller.memberId() == null || !attendees.isPresent(activityId, caller.memberId())) {
            throw new ForbiddenException(Texts.of("training.evaluation.notParticipant"));
        }
        new Validation().require(evaluation.rating() != null && evaluation.rating() >= 1 && evaluation.rating() <= 5, "rating",
                        Texts.of("training.evaluation.rating")).maxLength("comment", evaluation.comment(), 2000).throwIfAny();
        RulePack pack = packs.require(activity.regulator(), PackManifest.TRAINING);
        LocalDate deadline = TrainingDeadlines.evaluation(pack, activity.date());
        if (LocalDate.now(clock).isAfter(deadline)) {
            throw new ConflictException(pack.parameters().message("refusal.evaluation.closed", Languages.current(),
                    Map.of("activity", String.valueOf(activityId), "deadline", deadline)));
        }
        // one evaluation each: the table's unique key decides between two sent at once
        if (!evaluations.add(activityId, caller.memberId(), evaluation.rating(), evaluation.comment(), Timestamp.from(clock.instant()))) {
            throw new ConflictException(Texts.of("training.evaluation.already", "activity", String.valueOf(activityId)));
        }
        return new EvaluationReceipt(activityId, evaluation.rating(), deadline);
    }
}
