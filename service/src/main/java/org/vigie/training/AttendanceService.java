package org.vigie.training;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.rules.PackManifest;
import org.vigie.rules.RulePack;
import org.vigie.rules.RulePacks;
import org.vigie.web.Caller;
import org.vigie.web.ConflictException;
import org.vigie.web.Languages;
import org.vigie.web.Texts;
import org.vigie.web.Validation;

/**
 * The attendance: the leader submits it once; the submission takes the activity's row lock and checks it under the lock, so two
 * submissions at once cannot both win, and none comes after (the federation corrects it: {@link AttendanceCorrectionService}).
 * Everyone put on it is invited to evaluate, in the same transaction.
 */
@Service
class AttendanceService {
    private final TrainingActivities activities;
    private final Attendees attendees;
    private final AttendanceChanges changes;
    private final ParticipantNumbers numbers;
    private final EvaluationInvitations invitations;
    private final ActivityViews views;
    private final RulePacks packs;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AttendanceService(TrainingActivities activities, Attendees attendees, AttendanceChanges changes, ParticipantNumbers numbers,
                      EvaluationInvitations invitations, ActivityViews views, RulePacks packs, TransactionTemplate transactions,
                      Clock clock) {
        this.activities = activities;
        this.attendees = attendees;
        this.changes = changes;
        this.numbers = numbers;
        this.invitations = invitations;
        this.views = views;
        this.packs = packs;
        this.transactions = transactions;
        this.clock = clock;
    }

    record Attendance(
            @Schema(requiredMode = REQUIRED, example = "[\"F1234567\", \"N7654321\"]", description = "Each participant's FMOQ number, "
                    + "or licence number with an order the federation accepts; 1 to 200") List<String> fmoqNumbers,
            @Schema(requiredMode = REQUIRED, example = "true", description = "The activity's date confirmed: true") Boolean dateConfirmed) {
    }

    record AttendanceView(long activityId, Instant submittedAt, String submittedBy, List<Attendees.Participant> participants,
                          List<AttendanceChanges.AttendanceChange> changes) {
    }

    ActivityViews.Activity submit(Caller caller, long activityId, Attendance request) {
        TrainingActivities.ActivityRow activity = activities.get(activityId);
        GroupAccess.requireLeader(caller, activity.leaderId());
        List<String> given = request.fmoqNumbers() == null ? List.of() : request.fmoqNumbers();
        // the day as the federation's pack writes it, in the caller's language
        String day = pack(activity).parameters().wording(Languages.current()).date(activity.date());
        Validation validation = new Validation()
                .require(Boolean.TRUE.equals(request.dateConfirmed()), "dateConfirmed", Texts.of("training.attendance.confirmDate", "date", day))
                .require(!given.isEmpty() && given.size() <= 200, "fmoqNumbers", Texts.of("training.attendance.numbers"));
        Map<String, Long> participants = numbers.resolve(activity.regulator(), given, "fmoqNumbers", validation);
        validation.throwIfAny();
        transactions.executeWithoutResult(tx -> {
            TrainingActivities.ActivityRow locked = activities.find(activityId, true).orElseThrow();
            if (locked.submittedAt() != null) {
                throw new ConflictException(Texts.of("training.attendance.submitted", "at",
                        pack(locked).parameters().wording(Languages.current()).instant(locked.submittedAt())));
            }
            Timestamp now = Timestamp.from(clock.instant());
            participants.forEach((number, member) -> attendees.add(activityId, member, number, caller.username(), now));
            activities.attendanceSubmitted(activityId, caller.username(), now);
            invitations.invite(locked, participants.values());
        });
        return views.of(activities.get(activityId));
    }

    /** Who submitted the attendance, the participants and the federation's corrections (the leader, the federation's staff). */
    AttendanceView sheet(Caller caller, long activityId) {
        TrainingActivities.ActivityRow activity = activities.get(activityId);
        GroupAccess.requireLeaderOrStaff(caller, activity);
        return view(activity);
    }

    /** The attendance as it stands. */
    AttendanceView view(TrainingActivities.ActivityRow activity) {
        return new AttendanceView(activity.id(), activity.submittedAt(), activity.submittedBy(), attendees.participants(activity.id()),
                changes.of(activity.id()));
    }

    private RulePack pack(TrainingActivities.ActivityRow activity) {
        return packs.require(activity.regulator(), PackManifest.TRAINING);
    }
}
