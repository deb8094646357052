package org.vigie.pathway;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.vigie.members.Member;
import org.vigie.members.MemberDirectory;
import org.vigie.rules.PackManifest;
import org.vigie.rules.RulePacks;
import org.vigie.web.Bodies;
import org.vigie.web.Caller;
import org.vigie.web.FileUpload;
import org.vigie.web.ForbiddenException;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.Languages;
import org.vigie.web.Paged;
import org.vigie.web.Role;
import org.vigie.web.Texts;

@RestController
@Tag(name = "Pathways", description = "CNP pathways: the actions recorded and their proofs, what is missing, the validation request, "
        + "the CNP's decision")
class PathwayController {
    private final Pathways pathways;
    private final PathwayRecords records;
    private final PhysicianProfiles profiles;
    private final MemberDirectory directory;
    private final RulePacks packs;

    PathwayController(Pathways pathways, PathwayRecords records, PhysicianProfiles profiles, MemberDirectory directory, RulePacks packs) {
        this.pathways = pathways;
        this.records = records;
        this.profiles = profiles;
        this.directory = directory;
        this.packs = packs;
    }

    @GetMapping("/api/physicians/{physicianId}/pathways/{cnp}/{periodId}")
    @Operation(operationId = "readPathway", summary = "« Mon parcours »: the actions with their categories, what is missing (the CNP's sentence), the CNP's "
            + "requirements and documents, the state of the validation request")
    PathwayView pathway(@PathVariable long physicianId, @PathVariable String cnp, @PathVariable String periodId) {
        return pathways.view(visible(physicianId, cnp), cnp, periodId, Languages.current());
    }

    @PostMapping("/api/physicians/{physicianId}/pathways/{cnp}/{periodId}/actions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "recordPathwayAction",
            summary = "The physician records an action of the CNP's catalogue (code, optional complement, date in the period); "
            + "answers with the updated pathway")
    PathwayView addAction(@PathVariable long physicianId, @PathVariable String cnp, @PathVariable String periodId,
                          @RequestBody ActionForm body) {
        return pathways.addAction(own(physicianId), cnp, periodId, Bodies.required(body), Languages.current());
    }

    @PutMapping("/api/pathway-actions/{actionId}")
    @Operation(operationId = "changePathwayAction", summary = "The physician changes a recorded action, until the validation request is confirmed")
    PathwayView updateAction(@PathVariable long actionId, @RequestBody ActionForm body) {
        var action = records.action(actionId);
        return pathways.updateAction(own(records.get(action.pathwayId()).memberId()), action, Bodies.required(body),
                Languages.current());
    }

    @DeleteMapping("/api/pathway-actions/{actionId}")
    @Operation(operationId = "removePathwayAction",
            summary = "The physician removes a recorded action (and its proof), until the validation request is confirmed")
    PathwayView removeAction(@PathVariable long actionId) {
        var action = records.action(actionId);
        return pathways.removeAction(own(records.get(action.pathwayId()).memberId()), action, Languages.current());
    }

    @PostMapping(path = "/api/pathway-actions/{actionId}/proof", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "attachActionProof", summary = "Attach a proof to an action (never required): PDF, JPEG or PNG, "
            + "size-limited, with a description",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = FileUpload.class))))
    PathwayView attachProof(@PathVariable long actionId, @RequestPart(name = "file", required = false) MultipartFile file,
                            @RequestParam(required = false) String description) throws IOException {
        var action = records.action(actionId);
        Member member = own(records.get(action.pathwayId()).memberId());
        if (file == null) {
            throw new InvalidRequestException("file", Texts.of("pathway.proof.fileRequired"));
        }
        return pathways.attachProof(member, action, description, file.getOriginalFilename(), file.getBytes(), Languages.current());
    }

    @GetMapping("/api/pathway-actions/{actionId}/proof")
    @Operation(operationId = "downloadActionProof", summary = "Download an action's proof")
    ResponseEntity<byte[]> proof(@PathVariable long actionId) {
        var action = records.action(actionId);
        var pathway = records.get(action.pathwayId());
        visible(pathway.memberId(), pathway.regulator());
        if (action.proof() == null) {
            throw new org.vigie.web.NotFoundException(Texts.of("pathway.proof.none"));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(action.proof().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(action.proof().filename(),
                        java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(records.proofContent(actionId));
    }

    record PathwayWhatIf(@Schema(requiredMode = REQUIRED, description = "Codes of the CNP's actions list, at most 50",
            example = "[\"formation\", \"congres\"]") List<String> actions) {
    }

    @PostMapping("/api/physicians/{physicianId}/pathways/{cnp}/{periodId}/what-if")
    @Operation(operationId = "previewPathway", summary = "What « Mon parcours » would say with these catalogue actions added; nothing is saved")
    PathwayView whatIf(@PathVariable long physicianId, @PathVariable String cnp, @PathVariable String periodId,
                       @RequestBody PathwayWhatIf body) {
        return pathways.whatIf(visible(physicianId, cnp), cnp, periodId, Bodies.required(body).actions(), Languages.current());
    }

    record ValidationRequest(@Schema(requiredMode = REQUIRED, description = "The physician certifies on honour: true",
            example = "true") Boolean certified) {
    }

    @PostMapping("/api/physicians/{physicianId}/pathways/{cnp}/{periodId}/validation-request")
    @Operation(operationId = "requestPathwayValidation",
            summary = "The physician certifies on honour and asks the CNP to validate the pathway: only when every minimum "
            + "is reached (409 with what is missing otherwise); the actions can no longer change")
    PathwayView requestValidation(@PathVariable long physicianId, @PathVariable String cnp, @PathVariable String periodId,
                                  @RequestBody ValidationRequest body) {
        return pathways.requestValidation(own(physicianId), cnp, periodId, Bodies.required(body).certified(), Languages.current());
    }

    @GetMapping("/api/physicians/{physicianId}/pathways/{cnp}/{periodId}/export")
    @Operation(operationId = "exportPathway", summary = "The pathway as an xlsx workbook: actions, categories, dates, proofs, state")
    ResponseEntity<byte[]> export(@PathVariable long physicianId, @PathVariable String cnp, @PathVariable String periodId) {
        Member member = visible(physicianId, cnp);
        // the workbook is the physician's: its words in the caller's language (Accept-Language)
        String language = Languages.current();
        PathwayView view = pathways.view(member, cnp, periodId, language);
        String rpps = profiles.find(physicianId).map(PhysicianProfiles.Profile::rpps).orElse("");
        String state = PathwayViews.stateLabel(packs.require(cnp, PackManifest.PATHWAY), view.state(), language);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(PathwayExport.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(Texts.in(language, "pathway.export.filename", Map.of("cnp", cnp, "period", periodId)))
                        .build().toString())
                .body(PathwayExport.xlsx(view, member.getFirstName() + " " + member.getLastName(), rpps, state, language));
    }

    /** A pathway waiting for the CNP's decision. */
    record PendingRequest(long pathwayId, long physicianId, String physician, String rpps, String periodId, Instant requestedAt,
                          int actions) {
    }

    @GetMapping("/api/regulators/{cnp}/validation-requests")
    @Operation(operationId = "listValidationRequests",
            summary = "The pathways waiting for the CNP's decision, oldest request first (CNP staff, own CNP); paged")
    Paged<PendingRequest> pending(@PathVariable String cnp, @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        Caller.current().requireStaffOf(cnp);
        packs.require(cnp, PackManifest.PATHWAY);
        return Paged.of(records.withStatus(cnp, PathwayRecords.REQUESTED), Paged.request(page, size)).map(p -> {
            Member physician = directory.visibleTo(Caller.current(), p.memberId());
            return new PendingRequest(p.id(), p.memberId(), physician.getFirstName() + " " + physician.getLastName(),
                    profiles.find(p.memberId()).map(PhysicianProfiles.Profile::rpps).orElse(null), p.periodId(), p.requestedAt(),
                    records.actions(p.id()).size());
        });
    }

    /** Where a decided pathway stands: the record the attestation is made from when validated. */
    record DecisionView(long pathwayId, String cnp, String periodId, String state, Instant decidedAt, String decidedBy,
                        String reason, String holderName, String holderStructure, String holderRpps) {
    }

    @PostMapping("/api/pathways/{pathwayId}/decision")
    @Operation(operationId = "decidePathway",
            summary = "The CNP validates or refuses (with a reason) a pathway waiting for its decision; the physician is e-mailed "
            + "(CNP staff, own CNP)")
    DecisionView decide(@PathVariable long pathwayId, @RequestBody CnpDecision body) {
        CnpDecision decision = Bodies.required(body);
        var pathway = records.get(pathwayId);
        Caller caller = Caller.current().requireStaffOf(pathway.regulator());
        Member physician = directory.visibleTo(caller, pathway.memberId());
        var decided = pathways.decide(pathwayId, decision, physician, caller.username());
        return new DecisionView(decided.id(), decided.regulator(), decided.periodId(), decided.status(), decided.decidedAt(),
                decided.decidedBy(), decided.decisionReason(), decided.holderName(), decided.holderStructure(), decided.holderRpps());
    }

    /** The physician themself, or the CNP's staff, or an administrator. */
    private Member visible(long physicianId, String cnp) {
        Caller caller = Caller.current();
        Member member = directory.visibleTo(caller, physicianId);
        if (caller.role() == Role.STAFF && !caller.isStaffOf(cnp)) {
            throw new ForbiddenException(Texts.of("pathway.access.cnpStaffOnly"));
        }
        return member;
    }

    /** Only the physician records actions and certifies on honour. */
    private Member own(long physicianId) {
        Caller caller = Caller.current();
        Member member = directory.visibleTo(caller, physicianId);
        if (caller.memberId() == null || caller.memberId() != physicianId) {
            throw new ForbiddenException(Texts.of("pathway.access.physicianOnly"));
        }
        return member;
    }

}
