package org.vigie.training;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.Caller;

@RestController
@Tag(name = "Training credits", description = "The credits a participant earned in validated group activities (PADPC)")
class TrainingCreditController {
    private final TrainingStatementService statements;

    TrainingCreditController(TrainingStatementService statements) {
        this.statements = statements;
    }

    @GetMapping("/api/members/{memberId}/training/credits")
    @Operation(operationId = "listTrainingCredits", summary = "A member's credited group training activities (their statement of activities)")
    List<TrainingCredits.Credit> credits(@PathVariable long memberId) {
        return statements.credits(Caller.current(), memberId);
    }
}
