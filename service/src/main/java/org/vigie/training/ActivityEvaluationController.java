package org.vigie.training;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.Bodies;
import org.vigie.web.Caller;

@RestController
@Tag(name = "Activity evaluations", description = "The participants' own evaluations of the activities they attended")
class ActivityEvaluationController {
    private final ActivityEvaluationService evaluations;

    ActivityEvaluationController(ActivityEvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @PostMapping("/api/training/activities/{activityId}/evaluations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "evaluateActivity", summary = "A participant evaluates the activity, individually, once, within the "
            + "federation's window after it (7 days); later evaluations are refused (409)")
    ActivityEvaluationService.EvaluationReceipt evaluate(@PathVariable long activityId,
                                                         @RequestBody ActivityEvaluationService.ParticipantEvaluation body) {
        ActivityEvaluationService.ParticipantEvaluation evaluation = Bodies.required(body);
        return evaluations.evaluate(Caller.current(), activityId, evaluation);
    }
}
