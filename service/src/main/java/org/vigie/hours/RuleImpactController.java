package org.vigie.hours;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.members.MemberDirectory;
import org.vigie.web.Caller;

@RestController
@Tag(name = "Rules", description = "What each regulator's rule set offers, and how its packs stand")
class RuleImpactController {
    private final ImpactReports impactReports;
    private final Reevaluations reevaluations;
    private final MemberDirectory directory;

    RuleImpactController(ImpactReports impactReports, Reevaluations reevaluations, MemberDirectory directory) {
        this.impactReports = impactReports;
        this.reevaluations = reevaluations;
        this.directory = directory;
    }

    @GetMapping("/api/regulators/{regulator}/rules/versions/{versionId}/impact")
    @Operation(summary = "Before activating a version: every member evaluated with the version serving and with this one; "
            + "how many would change status or gaps, with examples (staff: own regulator)")
    ImpactReports.ImpactReport impact(@PathVariable String regulator, @PathVariable long versionId) {
        Caller.current().requireStaffOf(regulator);
        return impactReports.of(regulator, versionId);
    }

    @GetMapping("/api/regulators/{regulator}/rules/reevaluations")
    @Operation(summary = "The background re-evaluations that follow each activation, newest first, with their progress "
            + "(staff: own regulator)")
    List<Reevaluations.Progress> reevaluations(@PathVariable String regulator) {
        Caller.current().requireStaffOf(regulator);
        return reevaluations.of(regulator);
    }

    @GetMapping("/api/regulators/{regulator}/rules/reevaluations/{reevaluationId}")
    @Operation(summary = "One re-evaluation's progress: total, done, changed, failed (staff: own regulator)")
    Reevaluations.Progress reevaluation(@PathVariable String regulator, @PathVariable long reevaluationId) {
        Caller.current().requireStaffOf(regulator);
        return reevaluations.one(regulator, reevaluationId);
    }

    @GetMapping("/api/members/{memberId}/results")
    @Operation(summary = "A member's results as the last re-evaluation computed them, each with the rule-set version behind it")
    List<Reevaluations.Snapshot> results(@PathVariable long memberId) {
        Caller caller = Caller.current();
        directory.visibleTo(caller, memberId);
        return reevaluations.snapshotsOf(memberId).stream()
                .filter(s -> caller.role() != org.vigie.web.Role.STAFF || caller.isStaffOf(s.regulator())).toList();
    }

}
