package org.vigie.exemptions;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.vigie.members.Member;
import org.vigie.members.MemberDirectory;
import org.vigie.web.Bodies;
import org.vigie.web.Caller;
import org.vigie.web.FileUpload;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.Languages;
import org.vigie.web.Paged;
import org.vigie.web.Texts;

@RestController
@Tag(name = "Exemptions", description = "Exemption requests: a draft with its documents, the submission, the decision of the "
        + "regulator's staff")
class ExemptionController {
    private final ExemptionService service;
    private final Exemptions exemptions;
    private final MemberDirectory directory;

    ExemptionController(ExemptionService service, Exemptions exemptions, MemberDirectory directory) {
        this.service = service;
        this.exemptions = exemptions;
        this.directory = directory;
    }

    record Submission(@Schema(requiredMode = REQUIRED, description = "One true per entry of the pack's exemptionCommitments",
            example = "[true, true]") List<Boolean> commitments) {
    }

    @PostMapping("/api/members/{memberId}/exemptions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "requestExemption",
            summary = "Start an exemption request (status Brouillon): cycle, motive, dates of the motive, complement, précision")
    ExemptionView draft(@PathVariable long memberId, @RequestBody NewExemption request) {
        Member member = directory.visibleTo(Caller.current(), memberId);
        return service.draft(member, Bodies.required(request), Languages.current());
    }

    @GetMapping("/api/members/{memberId}/exemptions")
    @Operation(operationId = "listExemptions", summary = "A member's exemption requests, newest first; paged")
    Paged<ExemptionView> list(@PathVariable long memberId, @RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size) {
        directory.visibleTo(Caller.current(), memberId);
        return Paged.of(exemptions.findByMemberId(memberId, Paged.request(page, size,
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")))), service::view);
    }

    @GetMapping("/api/exemptions/{exemptionId}")
    @Operation(operationId = "readExemption", summary = "One exemption request with its documents and decision")
    ExemptionView get(@PathVariable long exemptionId) {
        return service.view(visible(exemptionId));
    }

    @PostMapping(path = "/api/exemptions/{exemptionId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "attachExemptionDocument",
            summary = "Attach a supporting document to a draft (PDF, JPEG or PNG; the content is checked)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = FileUpload.class))))
    ExemptionView addDocument(@PathVariable long exemptionId, @RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        visible(exemptionId);
        if (file == null) {
            throw new InvalidRequestException("file", Texts.of("exemptions.document.fileRequired"));
        }
        return service.addDocument(exemptionId, file.getOriginalFilename(), file.getBytes());
    }

    @DeleteMapping("/api/exemptions/{exemptionId}/documents/{documentId}")
    @Operation(operationId = "removeExemptionDocument", summary = "Remove a document from a draft")
    ExemptionView removeDocument(@PathVariable long exemptionId, @PathVariable long documentId) {
        visible(exemptionId);
        return service.removeDocument(exemptionId, documentId);
    }

    @GetMapping("/api/exemptions/{exemptionId}/documents/{documentId}")
    @Operation(operationId = "downloadExemptionDocument", summary = "Download a document, as an attachment")
    ResponseEntity<byte[]> download(@PathVariable long exemptionId, @PathVariable long documentId) {
        visible(exemptionId);
        ExemptionDocument document = service.document(exemptionId, documentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(document.filename()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(document.content());
    }

    @PostMapping("/api/exemptions/{exemptionId}/submission")
    @Operation(operationId = "submitExemption", summary = "Submit the request with the two commitments attested; afterwards the member cannot change it")
    ExemptionView submit(@PathVariable long exemptionId, @RequestBody Submission submission) {
        visible(exemptionId);
        return service.submit(exemptionId, Bodies.required(submission).commitments());
    }

    @PostMapping("/api/exemptions/{exemptionId}/decision")
    @Operation(operationId = "decideExemption", summary = "Validate with the hours granted, or refuse (regulator staff); the member is notified by e-mail")
    ExemptionView decide(@PathVariable long exemptionId, @RequestBody ExemptionDecision decision) {
        Caller caller = Caller.current();
        Exemption exemption = visible(exemptionId);
        caller.requireActsFor(exemption.getRegulator());
        Member member = directory.visibleTo(caller, exemption.getMemberId());
        return service.decide(caller, exemptionId, Bodies.required(decision), member);
    }

    @GetMapping("/api/regulators/{regulator}/exemptions")
    @Operation(operationId = "listExemptionQueue",
            summary = "A regulator's exemption requests in a status, oldest submitted first (regulator staff); paged")
    Paged<ExemptionView> queue(@PathVariable String regulator, @RequestParam(defaultValue = "SUBMITTED") ExemptionStatus status,
                               @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Caller.current().requireActsFor(regulator);
        return Paged.of(exemptions.findByRegulatorAndStatus(regulator, status, Paged.request(page, size,
                Sort.by(Sort.Order.asc("submittedAt"), Sort.Order.asc("id")))), service::view);
    }

    private Exemption visible(long exemptionId) {
        Exemption exemption = service.find(exemptionId);
        directory.visibleTo(Caller.current(), exemption.getMemberId());
        return exemption;
    }
}
