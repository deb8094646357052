package org.vigie.rules;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.ForbiddenException;
import org.vigie.web.Caller;
import org.vigie.web.Role;
import org.vigie.web.Texts;

@RestController
@Tag(name = "Rule packs", description = "Each regulator's rule set: the version serving and its problems, a folder's validation, "
        + "uploaded versions, their activation (or a rollback) and who activated what")
class RulesController {
    private final RulePacks packs;
    private final PackVersions versions;
    private final RulesSettings settings;

    RulesController(RulePacks packs, PackVersions versions, RulesSettings settings) {
        this.packs = packs;
        this.versions = versions;
        this.settings = settings;
    }

    @PostMapping("/api/regulators/{regulator}/rules/validation")
    @Operation(operationId = "validateRuleFolder", summary = "Compile the regulator's rule folder as it is now and run its author cases, activating nothing "
            + "(staff: own regulator): every problem with file, line and column")
    PackValidation validate(@PathVariable String regulator) {
        Caller caller = Caller.current();
        caller.requireStaffOrAdmin();
        caller.requireActsFor(regulator);
        return packs.validate(regulator);
    }

    /** A stored version of a regulator's rule set: where it came from, what compiling and testing it gave, whether it serves. */
    record VersionView(long id, String regulator, String version, String hash, String source, String createdBy,
                       Instant createdAt, boolean valid, int cases, List<PackProblem> problems, boolean active) {
    }

    private VersionView view(PackLedger.StoredVersion v) {
        boolean serving = packs.status(v.regulator()).map(s -> v.hash().equals(s.activeHash())).orElse(false);
        return new VersionView(v.id(), v.regulator(), v.version(), v.hash(), v.source(), v.createdBy(), v.createdAt(),
                v.valid(), v.cases(), v.problems(), serving);
    }

    @PostMapping(path = "/api/regulators/{regulator}/rules/versions", consumes = {"application/zip", "application/octet-stream"})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "uploadRulePack", summary = "Upload a rule pack (a ZIP of the pack folder) as a candidate version, activating nothing "
            + "(staff: own regulator)",
            description = "The pack is compiled and its author cases run; the answer lists every problem with file, line and "
                    + "column. A valid version can then be checked with its impact report and activated. Uploading the same "
                    + "files again gives the same version. Archives over vigie.rules.max-upload are refused with 413; entries "
                    + "that would be written outside the pack's folder with 400.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content =
                    @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary"))))
    VersionView upload(@PathVariable String regulator, HttpServletRequest request) throws IOException {
        Caller caller = Caller.current().requireStaffOf(regulator);
        byte[] archive = readBounded(request.getInputStream(), settings.maxUpload().toBytes());
        return view(versions.upload(regulator, archive, caller.username()));
    }

    @GetMapping("/api/regulators/{regulator}/rules/versions")
    @Operation(operationId = "listRuleVersions", summary = "Every version of the regulator's rule set seen (saved in the folder or uploaded), newest first "
            + "(staff: own regulator)")
    List<VersionView> versions(@PathVariable String regulator) {
        Caller.current().requireStaffOf(regulator);
        return versions.versions(regulator).stream().map(this::view).toList();
    }

    @GetMapping("/api/regulators/{regulator}/rules/versions/{versionId}")
    @Operation(operationId = "readRuleVersion", summary = "One version of the regulator's rule set, with its problems (staff: own regulator)")
    VersionView version(@PathVariable String regulator, @PathVariable long versionId) {
        Caller.current().requireStaffOf(regulator);
        return view(versions.version(regulator, versionId));
    }

    @PostMapping("/api/regulators/{regulator}/rules/versions/{versionId}/activation")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "activateRuleSet", summary = "Make a valid version the one serving, on every instance (staff: own regulator)",
            description = "An uploaded candidate, or an older version to roll back. Recorded with who and when; the "
                    + "regulator's members are then re-evaluated in the background (see rules/reevaluations). 409 when the "
                    + "version has problems or already serves.")
    PackLedger.Activation activate(@PathVariable String regulator, @PathVariable long versionId) {
        Caller caller = Caller.current().requireStaffOf(regulator);
        return versions.activate(regulator, versionId, caller.username());
    }

    @GetMapping("/api/regulators/{regulator}/rules/activations")
    @Operation(operationId = "listActivations",
            summary = "Who activated which version of the regulator's rule set, and when; newest first (staff: own regulator)")
    List<PackLedger.Activation> activations(@PathVariable String regulator) {
        Caller.current().requireStaffOf(regulator);
        return versions.activations(regulator);
    }


    private static byte[] readBounded(InputStream in, long max) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (bytes.length > max) {
            throw new PackArchiveRefusedException(Texts.of("rules.archive.tooLarge", "max", max / 1024), List.of(), true);
        }
        if (bytes.length == 0) {
            throw new PackArchiveRefusedException(Texts.of("rules.archive.empty"), List.of(), false);
        }
        return bytes;
    }

    @GetMapping("/api/rules/packs")
    @Operation(operationId = "listRulePacks", summary = "Each rule pack: the version serving and the problems of the last compilation (staff: own regulator)")
    List<PackStatus> statuses() {
        Caller caller = Caller.current();
        caller.requireStaffOrAdmin();
        return packs.statuses().stream().filter(s -> caller.isAdmin() || caller.isStaffOf(s.regulator())).toList();
    }
}
