package org.vigie.scheduling.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.Bodies;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Permitted;
import org.vigie.scheduling.people.WorkGroupRecords.WorkGroupForm;
import org.vigie.scheduling.people.WorkGroupRecords.WorkGroupView;
import org.vigie.scheduling.people.WorkGroupRecords.WorkGroupsView;

@RestController
@Tag(name = "Work groups", description = "A GMF's work groups and their relay teams, which the citizens' search offers when a "
        + "patient's own professional has no suitable slot (RVSQ, clinic side)")
class WorkGroupsController {
    private static final String GROUPS = "/api/clinic/enterprises/{enterpriseId}/work-groups";

    private final WorkGroupRecords groups;

    WorkGroupsController(WorkGroupRecords groups) {
        this.groups = groups;
    }

    @GetMapping(GROUPS)
    @Operation(operationId = "listWorkGroups", summary = "The GMF's work groups with their relay teams, and the professionals in no group "
            + "(R246); every employee reads them (R242)")
    WorkGroupsView list(@PathVariable long enterpriseId, Actor actor) {
        return groups.list(actor.enterpriseId());
    }

    @PostMapping(GROUPS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createWorkGroup", summary = "A local administrator or super user creates a work group: members (at least "
            + "one), relayTeam1 and relayTeam2 (each optional), professionals of the enterprise who may be in a work group (R243, R245); "
            + "409 when another group has the same members (R244)")
    WorkGroupView create(@PathVariable long enterpriseId, @RequestBody WorkGroupForm body, @Permitted("workGroup.manage") Actor actor) {
        return groups.save(actor, null, Bodies.required(body));
    }

    @PutMapping(GROUPS + "/{groupId}")
    @Operation(operationId = "replaceWorkGroup", summary = "Saves a work group's members and relay teams, each list replacing the "
            + "previous one whole (R247)")
    WorkGroupView replace(@PathVariable long enterpriseId, @PathVariable long groupId, @RequestBody WorkGroupForm body,
                          @Permitted("workGroup.manage") Actor actor) {
        return groups.save(actor, groupId, Bodies.required(body));
    }

    @DeleteMapping(GROUPS + "/{groupId}")
    @Operation(operationId = "deleteWorkGroup", summary = "A local administrator or super user deletes a work group")
    WorkGroupView delete(@PathVariable long enterpriseId, @PathVariable long groupId, @Permitted("workGroup.manage") Actor actor) {
        return groups.delete(actor, groupId);
    }
}
