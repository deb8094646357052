package org.vigie.hours;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.Bodies;
import org.vigie.web.Caller;
import org.vigie.web.Languages;
import org.vigie.members.MemberDirectory;

@RestController
@Tag(name = "Dashboards", description = "Training hours per cycle, computed by the regulator's rule set")
class DashboardController {
    private final HoursDashboards dashboards;
    private final MemberDirectory directory;

    DashboardController(HoursDashboards dashboards, MemberDirectory directory) {
        this.dashboards = dashboards;
        this.directory = directory;
    }

    @GetMapping("/api/members/{memberId}/dashboards/{regulator}/{cycleId}")
    @Operation(operationId = "readDashboard", summary = "A member's hours for a cycle: required, exempted, declared, credited per category, remaining, gaps",
            description = "Every figure names the rule that computed it; the rule set's version and hash are included. "
                    + "Messages are in French unless Accept-Language asks for English. With asOf=YYYY-MM-DD, the dashboard as "
                    + "it stood at the end of that day: the rule set active then, the declarations submitted and not "
                    + "cancelled by then, the exemptions validated by then.")
    CycleDashboard dashboard(@PathVariable long memberId, @PathVariable String regulator, @PathVariable String cycleId,
                             @RequestParam(required = false) LocalDate asOf) {
        var member = directory.visibleTo(Caller.current(), memberId);
        if (asOf != null) {
            return dashboards.asOf(member, regulator, cycleId, asOf, Languages.current());
        }
        return dashboards.evaluate(member, regulator, cycleId, Languages.current());
    }

    /** An activity the member is thinking of: what it would change, nothing recorded. */
    record HypotheticalActivity(@Schema(requiredMode = REQUIRED, example = "structured") String category,
                                @Schema(requiredMode = REQUIRED, example = "course") String type,
                                @Schema(requiredMode = REQUIRED, example = "2.5") BigDecimal hours) {
    }

    record WhatIfRequest(@Schema(requiredMode = REQUIRED) List<HypotheticalActivity> activities) {
    }

    record WhatIf(List<HypotheticalActivity> hypotheticalActivities, CycleDashboard dashboard) {
    }

    @PostMapping("/api/members/{memberId}/dashboards/{regulator}/{cycleId}/what-if")
    @Operation(operationId = "previewDashboard", summary = "What the dashboard would be with these activities added; nothing is saved",
            description = "Each activity needs a category and type from the regulator's lists and hours above zero.")
    WhatIf whatIf(@PathVariable long memberId, @PathVariable String regulator, @PathVariable String cycleId,
                  @RequestBody(required = false) WhatIfRequest request) {
        var member = directory.visibleTo(Caller.current(), memberId);
        List<HypotheticalActivity> activities = Bodies.required(request).activities();
        return new WhatIf(activities, dashboards.whatIf(member, regulator, cycleId, activities, Languages.current()));
    }
}
