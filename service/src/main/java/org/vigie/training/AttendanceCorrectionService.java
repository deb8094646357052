package org.vigie.training;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.rules.PackManifest;
import org.vigie.rules.RulePacks;
import org.vigie.web.Caller;
import org.vigie.web.ConflictException;
import org.vigie.web.Texts;
import org.vigie.web.Validation;

/**
 * Only the federation's staff change an attendance once the leader submitted it, under the activity's lock: each change is kept
 * with its reason; an added participant is invited to evaluate and, when the activity is validated already, credited; a removed
 * one loses the activity's credits.
 */
@Service
class AttendanceCorrectionService {
    private final TrainingActivities activities;
    private final Attendees attendees;
    private final AttendanceChanges changes;
    private final ParticipantNumbers numbers;
    private final EvaluationInvitations invitations;
    private final ActivityCredits credits;
    private final AttendanceService attendance;
    private final RulePacks packs;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AttendanceCorrectionService(TrainingActivities activities, Attendees attendees, AttendanceChanges changes, ParticipantNumbers numbers,
                                EvaluationInvitations invitations, ActivityCredits credits, AttendanceService attendance, RulePacks packs,
                                TransactionTemplate transactions, Clock clock) {
        this.activities = activities;
        this.attendees = attendees;
        this.changes = changes;
        this.numbers = numbers;
        this.invitations = invitations;
        this.credits = credits;
        this.attendance = attendance;
        this.packs = packs;
        this.transactions = transactions;
        this.clock = clock;
    }

    record Correction(
            @Schema(example = "[\"F1234567\"]", description = "Numbers to add (add, remove or both)") List<String> add,
            @Schema(example = "[\"F7654321\"]", description = "Numbers to remove") List<String> remove,
            @Schema(requiredMode = REQUIRED, example = "Liste papier signée") String reason) {
    }

    /** The federation adds or removes participants of a submitted attendance; once the activity is validated, credits follow. */
    AttendanceService.AttendanceView correct(Caller caller, long activityId, Correction request) {
        TrainingActivities.ActivityRow activity = activities.get(activityId);
        caller.requireStaffOf(activity.regulator());
        List<String> add = request.add() == null ? List.of() : request.add();
        List<String> remove = request.remove() == null ? List.of() : request.remove();
        Validation validation = new Validation()
                .require(request.reason() != null && !request.reason().isBlank(), "reason", Texts.of("training.correction.reason.required"))
                .maxLength("reason", request.reason(), 1000)
                .require(!add.isEmpty() || !remove.isEmpty(), "add", Texts.of("training.correction.empty"))
                .require(add.size() + remove.size() <= 200, "add", Texts.of("training.correction.tooMany"));
        Map<String, Long> added = numbers.resolve(activity.regulator(), add, "add", validation);
        Map<String, Long> removed = numbers.resolve(activity.regulator(), remove, "remove", validation);
        validation.throwIfAny();
        String reason = request.reason().trim();
        transactions.executeWithoutResult(tx -> {
            TrainingActivities.ActivityRow locked = activities.find(activityId, true).orElseThrow();
            if (locked.submittedAt() == null) {
                throw new ConflictException(Texts.of("training.correction.notSubmitted", "activity", String.valueOf(activityId)));
            }
            refuseWhatTheAttendanceContradicts(activityId, added, removed);
            Timestamp now = Timestamp.from(clock.instant());
            added.forEach((number, member) -> {
                attendees.add(activityId, member, number, caller.username(), now);
                changes.add(activityId, member, number, AttendanceChanges.ADDED, reason, caller.username(), now);
            });
            removed.forEach((number, member) -> {
                attendees.remove(activityId, member);
                credits.withdraw(activityId, member);
                changes.add(activityId, member, number, AttendanceChanges.REMOVED, reason, caller.username(), now);
            });
            if (locked.validatedAt() != null) {
                credits.register(locked, packs.require(activity.regulator(), PackManifest.TRAINING), added.values(), now);
            }
            invitations.invite(locked, added.values());
        });
        return attendance.view(activities.get(activityId));
    }

    /** Under the lock: one cannot add who is present, nor remove who is not. */
    private void refuseWhatTheAttendanceContradicts(long activityId, Map<String, Long> added, Map<String, Long> removed) {
        Set<Long> present = Set.copyOf(attendees.memberIds(activityId));
        Validation state = new Validation();
        int i = 0;
        for (var entry : added.entrySet()) {
            state.require(!present.contains(entry.getValue()), "add[" + i++ + "]",
                    Texts.of("training.correction.alreadyPresent", "number", entry.getKey()));
        }
        i = 0;
        for (var entry : removed.entrySet()) {
            state.require(present.contains(entry.getValue()), "remove[" + i++ + "]",
                    Texts.of("training.correction.notPresent", "number", entry.getKey()));
        }
        state.throwIfAny();
    }
}
