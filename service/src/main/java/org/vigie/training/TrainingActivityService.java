package org.vigie.training;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
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
import org.vigie.web.NotFoundException;
import org.vigie.web.Texts;
import org.vigie.web.Validation;

/** The group's leader plans activities from the catalogue and marks each course's modules done until the federation validates. */
@Service
class TrainingActivityService {
    private final TrainingGroups groups;
    private final TrainingActivities activities;
    private final ModuleMarks marks;
    private final ActivityViews views;
    private final RulePacks packs;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TrainingActivityService(TrainingGroups groups, TrainingActivities activities, ModuleMarks marks, ActivityViews views, RulePacks packs,
                            TransactionTemplate transactions, Clock clock) {
        this.groups = groups;
        this.activities = activities;
        this.marks = marks;
        this.views = views;
        this.packs = packs;
        this.transactions = transactions;
        this.clock = clock;
    }

    record NewActivity(
            @Schema(requiredMode = REQUIRED, example = "2026-03-14") LocalDate date,
            @Schema(requiredMode = REQUIRED, example = "[\"FOL-2026-014\"]", description = "Numbers of the catalogue's courses, 1 to 10")
            List<String> courses,
            @Schema(example = "CLSC de Rimouski") String place,
            @Schema(example = "[\"09:00-10:30\", \"10:45-12:15\"]", description = "Training blocks, needed for an allowance request")
            List<String> blocks) {
    }

    record ModuleMark(
            @Schema(requiredMode = REQUIRED, example = "FOL-2026-014") String course,
            @Schema(requiredMode = REQUIRED, example = "expose-1", description = "A code of the pack's modules list") String module) {
    }

    ActivityViews.Activity plan(Caller caller, long groupId, NewActivity request) {
        TrainingGroups.GroupLeader group = groups.leaderOf(groupId).orElseThrow(() -> unknownGroup(groupId));
        GroupAccess.requireLeader(caller, group.leaderId());
        RulePack pack = packs.require(group.regulator(), PackManifest.TRAINING);
        Validation validation = new Validation().require(request.date() != null, "date", Texts.of("training.activity.date.required"))
                .require(request.courses() != null && !request.courses().isEmpty() && request.courses().size() <= 10, "courses",
                        Texts.of("training.activity.courses.count"))
                .maxLength("place", request.place(), 300)
                .require(request.blocks() == null || request.blocks().size() <= 20, "blocks", Texts.of("training.activity.blocks.tooMany"));
        List<String> courses = request.courses() == null ? List.of() : request.courses();
        for (int i = 0; i < courses.size(); i++) {
            validation.require(courses.get(i) != null && pack.parameters().item("courses", courses.get(i)).isPresent(),
                    "courses[" + i + "]", Texts.of("training.activity.course.unknown", "course", String.valueOf(courses.get(i))));
        }
        validation.require(courses.stream().distinct().count() == courses.size(), "courses", Texts.of("training.activity.courses.repeated"));
        validation.throwIfAny();
        String blocks = request.blocks() == null ? null : TrainingBlocks.text(TrainingBlocks.parse(request.blocks(), "blocks"));
        Timestamp now = Timestamp.from(clock.instant());
        long id = transactions.execute(tx -> activities.add(groupId, request.date(), courses, request.place(), blocks, now));
        return views.of(activities.get(id));
    }

    /** The group's activities, newest first (its leader). */
    List<ActivityViews.Activity> ofGroup(Caller caller, long groupId) {
        TrainingGroups.GroupLeader group = groups.leaderOf(groupId).orElseThrow(() -> unknownGroup(groupId));
        GroupAccess.requireLeader(caller, group.leaderId());
        return activities.ofGroup(groupId).stream().map(views::of).toList();
    }

    ActivityViews.Activity get(Caller caller, long activityId) {
        TrainingActivities.ActivityRow row = activities.get(activityId);
        GroupAccess.requireLeaderOrStaff(caller, row);
        return views.of(row);
    }

    /** Marks a module of one of the activity's courses done; the federation's validation fixes the marks. */
    ActivityViews.Activity mark(Caller caller, long activityId, ModuleMark request) {
        TrainingActivities.ActivityRow activity = activities.get(activityId);
        GroupAccess.requireLeader(caller, activity.leaderId());
        RulePack pack = packs.require(activity.regulator(), PackManifest.TRAINING);
        new Validation().require(request.course() != null && activity.courseList().contains(request.course()), "course",
                        Texts.of("training.module.course.absent", Map.of("course", String.valueOf(request.course()),
                                "courses", activity.courses())))
                .require(request.module() != null && pack.parameters().item("modules", request.module()).isPresent(), "module",
                        Texts.of("training.module.unknown", Map.of("module", String.valueOf(request.module()),
                                "modules", String.join(", ", pack.parameters().inForce(activity.date()).codes("modules")))))
                .throwIfAny();
        transactions.executeWithoutResult(tx -> {
            if (activities.find(activityId, true).orElseThrow().validatedAt() != null) {
                throw new ConflictException(Texts.of("training.module.validated", "activity", String.valueOf(activityId)));
            }
            marks.mark(activityId, request.course(), request.module(), caller.username(), Timestamp.from(clock.instant()));
        });
        return views.of(activities.get(activityId));
    }

    private static NotFoundException unknownGroup(long groupId) {
        return new NotFoundException(Texts.of("training.group.notFound", "id", String.valueOf(groupId)));
    }
}
