package org.vigie.hours;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.Caller;

/** A candidate version's impact: here, where members' hours are evaluated, though it belongs to the rule packs' resource. */
@RestController
@Tag(name = "Rule packs")
class RuleImpactController {
    private final ImpactReports impactReports;

    RuleImpactController(ImpactReports impactReports) {
        this.impactReports = impactReports;
    }

    @GetMapping("/api/regulators/{regulator}/rules/versions/{versionId}/impact")
    @Operation(operationId = "readImpactReport", summary = "Before activating a version: every member evaluated with the version "
            + "serving and with this one; how many would change status or gaps, with examples (staff: own regulator)")
    ImpactReports.ImpactReport impact(@PathVariable String regulator, @PathVariable long versionId) {
        Caller.current().requireStaffOf(regulator);
        return impactReports.of(regulator, versionId);
    }
}
