package org.vigie.training;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.Bodies;
import org.vigie.web.Caller;
import org.vigie.web.Languages;

@RestController
@Tag(name = "Allowances", description = "The training-fund allowance (annex XIX) and designated-region resourcing (annex XII): "
        + "eligibility, the leaders' requests and the federation's decisions")
class AllowanceController {
    private final AllowanceService allowances;
    private final AllowanceEligibility eligibility;

    AllowanceController(AllowanceService allowances, AllowanceEligibility eligibility) {
        this.allowances = allowances;
        this.eligibility = eligibility;
    }

    @PostMapping("/api/regulators/{regulator}/training/allowance-eligibility")
    @Operation(operationId = "checkAllowanceEligibility", summary = "Is an activity eligible to the training-fund allowance (annex XIX) "
            + "and designated-region resourcing (annex XII)? Blocks as \"09:00-10:30\"; the request must come before the activity; "
            + "optionally one program and the region where the physicians practise")
    AllowanceEligibility.AllowanceAnswer eligibility(@PathVariable String regulator, @RequestBody AllowanceEligibility.AllowanceQuestion body) {
        Caller.current(); // anyone signed in
        AllowanceEligibility.AllowanceQuestion question = Bodies.required(body);
        return eligibility.answer(regulator, question, Languages.current());
    }

    @PostMapping("/api/training/activities/{activityId}/allowance-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "requestAllowance", summary = "The leader requests an allowance for an activity (annexXIX: training fund; "
            + "annexXII: designated-region resourcing, with the region where the physicians practise); refused with the rule's reason "
            + "when the activity has fewer consecutive hours than the minimum or the request comes on or after its day; pending until "
            + "the federation decides")
    AllowanceService.AllowanceRequest request(@PathVariable long activityId, @RequestBody AllowanceService.NewRequest body) {
        AllowanceService.NewRequest request = Bodies.required(body);
        return allowances.request(Caller.current(), activityId, request, Languages.current());
    }

    @GetMapping("/api/training/activities/{activityId}/allowance-requests")
    @Operation(operationId = "listActivityAllowanceRequests", summary = "The activity's allowance requests and their decisions (the "
            + "leader, the federation's staff)")
    List<AllowanceService.AllowanceRequest> ofActivity(@PathVariable long activityId) {
        return allowances.ofActivity(Caller.current(), activityId);
    }

    @GetMapping("/api/regulators/{regulator}/training/allowance-requests")
    @Operation(operationId = "listAllowanceRequests", summary = "The requests waiting for the federation's decision, the nearest "
            + "activity first (the federation's staff); status=APPROVED or REFUSED lists the decided ones")
    List<AllowanceService.AllowanceRequest> waiting(@PathVariable String regulator,
                                                    @RequestParam(defaultValue = AllowanceService.PENDING) String status) {
        return allowances.inStatus(Caller.current(), regulator, status);
    }

    @PostMapping("/api/training/allowance-requests/{requestId}/decision")
    @Operation(operationId = "decideAllowance", summary = "The federation approves a pending request, before the activity takes place "
            + "(409 on or after its day, with the rule's reason), or refuses it with a reason; decided once")
    AllowanceService.AllowanceRequest decide(@PathVariable long requestId, @RequestBody AllowanceService.AllowanceDecision body) {
        AllowanceService.AllowanceDecision decision = Bodies.required(body);
        return allowances.decide(Caller.current(), requestId, decision, Languages.current());
    }
}
