package org.vigie.hours;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.members.MemberDirectory;
import org.vigie.web.Caller;
import org.vigie.web.Role;

@RestController
@Tag(name = "Re-evaluations", description = "The background re-evaluation of a regulator's members after each activation, and "
        + "each member's results as it kept them")
class ReevaluationController {
    private final Reevaluations reevaluations;
    private final MemberDirectory directory;

    ReevaluationController(Reevaluations reevaluations, MemberDirectory directory) {
        this.reevaluations = reevaluations;
        this.directory = directory;
    }

    @GetMapping("/api/regulators/{regulator}/rules/reevaluations")
    @Operation(operationId = "listReevaluations", summary = "The background re-evaluations that follow each activation, newest "
            + "first, with their progress (staff: own regulator)")
    List<Reevaluations.Progress> reevaluations(@PathVariable String regulator) {
        Caller.current().requireStaffOf(regulator);
        return reevaluations.of(regulator);
    }

    @GetMapping("/api/regulators/{regulator}/rules/reevaluations/{reevaluationId}")
    @Operation(operationId = "readReevaluation", summary = "One re-evaluation's progress: total, done, changed, failed "
            + "(staff: own regulator)")
    Reevaluations.Progress reevaluation(@PathVariable String regulator, @PathVariable long reevaluationId) {
        Caller.current().requireStaffOf(regulator);
        return reevaluations.one(regulator, reevaluationId);
    }

    @GetMapping("/api/members/{memberId}/results")
    @Operation(operationId = "listResults", summary = "A member's results as the last re-evaluation computed them, each with the "
            + "rule-set version behind it")
    List<Reevaluations.Snapshot> results(@PathVariable long memberId) {
        Caller caller = Caller.current();
        directory.visibleTo(caller, memberId);
        return reevaluations.snapshotsOf(memberId).stream()
                .filter(s -> caller.role() != Role.STAFF || caller.isStaffOf(s.regulator())).toList();
    }
}
