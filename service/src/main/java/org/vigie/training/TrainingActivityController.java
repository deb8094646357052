package org.vigie.training;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.Bodies;
import org.vigie.web.Caller;

@RestController
@Tag(name = "Training activities", description = "A group's activities: date, place, schedule and courses, the modules marked done, "
        + "and the federation's validation")
class TrainingActivityController {
    private final TrainingActivityService activities;
    private final TrainingValidations validations;

    TrainingActivityController(TrainingActivityService activities, TrainingValidations validations) {
        this.activities = activities;
        this.validations = validations;
    }

    @PostMapping("/api/training/groups/{groupId}/activities")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "planTrainingActivity", summary = "The group's leader plans an activity: its date, place, schedule (blocks "
            + "\"09:00-10:30\", needed for an allowance request) and the course(s) of the catalogue followed together")
    ActivityViews.Activity plan(@PathVariable long groupId, @RequestBody TrainingActivityService.NewActivity body) {
        TrainingActivityService.NewActivity request = Bodies.required(body);
        return activities.plan(Caller.current(), groupId, request);
    }

    @GetMapping("/api/training/groups/{groupId}/activities")
    @Operation(operationId = "listTrainingActivities", summary = "The group's activities, newest first, with their modules and attendance "
            + "(the group's leader)")
    List<ActivityViews.Activity> activities(@PathVariable long groupId) {
        return activities.ofGroup(Caller.current(), groupId);
    }

    @GetMapping("/api/training/activities/{activityId}")
    @Operation(operationId = "readTrainingActivity", summary = "An activity: schedule, courses and their modules, attendance, validation "
            + "(the leader, the federation's staff)")
    ActivityViews.Activity activity(@PathVariable long activityId) {
        return activities.get(Caller.current(), activityId);
    }

    @PostMapping("/api/training/activities/{activityId}/modules")
    @Operation(operationId = "markModuleDone", summary = "The leader marks a module of a course done (talk parts 1 and 2, mandatory; "
            + "library; questionnaire); marking again changes nothing; no marks once the federation validated")
    ActivityViews.Activity mark(@PathVariable long activityId, @RequestBody TrainingActivityService.ModuleMark body) {
        TrainingActivityService.ModuleMark request = Bodies.required(body);
        return activities.mark(Caller.current(), activityId, request);
    }

    @PostMapping("/api/training/activities/{activityId}/validation")
    @Operation(operationId = "validateActivity", summary = "The federation validates an activity within its window (7 days): the "
            + "attendance submitted and every mandatory module marked; every participant's credits are then registered (federation staff)")
    TrainingValidations.Validated validate(@PathVariable long activityId) {
        return validations.validate(Caller.current(), activityId);
    }
}
