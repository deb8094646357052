package org.vigie.hours;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.members.Member;
import org.vigie.members.MemberDirectory;
import org.vigie.web.Bodies;
import org.vigie.web.Caller;
import org.vigie.web.Languages;
import org.vigie.web.Paged;

@RestController
@Tag(name = "Declarations", description = "Training activities members declare; cancelled or corrected only by regulator staff")
class DeclarationController {
    private final DeclarationService service;
    private final Declarations declarations;
    private final MemberDirectory directory;

    DeclarationController(DeclarationService service, Declarations declarations, MemberDirectory directory) {
        this.service = service;
        this.declarations = declarations;
        this.directory = directory;
    }

    record SubmittedDeclaration(DeclarationView declaration, CycleDashboard dashboard) {
    }

    record Reason(@Schema(requiredMode = REQUIRED, description = "Kept in the declaration's history",
            example = "Activité déclarée deux fois.") String reason) {
    }

    @PostMapping("/api/members/{memberId}/declarations")
    @Operation(operationId = "declareActivity", summary = "Declare a training activity; the answer holds the recorded declaration and the updated dashboard",
            description = "201 when recorded; 200 with the declaration already recorded when the same submission "
                    + "(same Idempotency-Key, or same content without one) arrives again.")
    ResponseEntity<SubmittedDeclaration> declare(@PathVariable long memberId, @RequestBody DeclarationRequest request,
                                                 @Parameter(description = "Makes a retried submission safe")
                                                 @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Caller caller = Caller.current();
        Member member = directory.visibleTo(caller, memberId);
        var submitted = service.submit(caller, member, Bodies.required(request), idempotencyKey, Languages.current());
        return ResponseEntity.status(submitted.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(new SubmittedDeclaration(submitted.declaration(), submitted.dashboard()));
    }

    @GetMapping("/api/members/{memberId}/declarations")
    @Operation(operationId = "listDeclarations", summary = "A member's declarations, newest first, cancelled ones included; paged")
    Paged<DeclarationView> list(@PathVariable long memberId, @RequestParam(required = false) Integer page,
                                @RequestParam(required = false) Integer size) {
        directory.visibleTo(Caller.current(), memberId);
        return Paged.of(declarations.findByMemberId(memberId, Paged.request(page, size,
                Sort.by(Sort.Order.desc("submittedAt"), Sort.Order.desc("id")))), DeclarationView::of);
    }

    @GetMapping("/api/declarations/{declarationId}")
    @Operation(operationId = "readDeclaration", summary = "One declaration with its history of cancellations and corrections")
    DeclarationView get(@PathVariable long declarationId) {
        Declaration declaration = service.find(declarationId);
        directory.visibleTo(Caller.current(), declaration.getMemberId());
        return DeclarationView.of(declaration);
    }

    @PostMapping("/api/declarations/{declarationId}/cancellation")
    @Operation(operationId = "cancelDeclaration", summary = "Cancel a declaration (regulator staff), with the reason; kept in its history")
    DeclarationView cancel(@PathVariable long declarationId, @RequestBody Reason reason) {
        return service.cancel(Caller.current(), declarationId, Bodies.required(reason).reason());
    }

    @PostMapping("/api/declarations/{declarationId}/correction")
    @Operation(operationId = "correctDeclaration",
            summary = "Correct a declaration (regulator staff), with the reason; the previous values are kept in its history")
    DeclarationView correct(@PathVariable long declarationId, @RequestBody CorrectionRequest correction) {
        return service.correct(Caller.current(), declarationId, Bodies.required(correction));
    }
}
