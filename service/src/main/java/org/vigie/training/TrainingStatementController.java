package org.vigie.training;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.attestation.Attestation;
import org.vigie.web.Bodies;
import org.vigie.web.Caller;

@RestController
@Tag(name = "Training statements", description = "A participant's signed statement of credited group activities, for a period")
class TrainingStatementController {
    private final TrainingStatementService statements;

    TrainingStatementController(TrainingStatementService statements) {
        this.statements = statements;
    }

    @PostMapping("/api/members/{memberId}/training/statement")
    @Operation(operationId = "downloadTrainingStatement", summary = "The member's statement of credited group activities for a period of "
            + "the federation's rules, as a signed PDF attestation (the member, the federation's staff); the same credits give the same "
            + "statement; 409 without credits")
    ResponseEntity<Attestation> statement(@PathVariable long memberId, @RequestBody TrainingStatementService.StatementRequest body) {
        TrainingStatementService.StatementRequest request = Bodies.required(body);
        var issued = statements.statement(Caller.current(), memberId, request);
        return ResponseEntity.status(issued.created() ? HttpStatus.CREATED : HttpStatus.OK).body(issued.attestation());
    }
}
