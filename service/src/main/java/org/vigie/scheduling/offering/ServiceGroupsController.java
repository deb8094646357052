package org.vigie.scheduling.offering;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Permitted;
import org.vigie.web.Bodies;

/** A health professional's service groups over HTTP; the rules are {@link ServiceGrouping}'s. */
@RestController
@Tag(name = "Service groups", description = "Named groups of a professional's services of one type and duration, picked together "
        + "on a slot (RVSQ §3.2.3)")
class ServiceGroupsController {
    private static final String GROUPS = "/api/clinic/enterprises/{enterpriseId}/professionals/{professionalId}/service-groups";

    private final ServiceGrouping grouping;

    ServiceGroupsController(ServiceGrouping grouping) {
        this.grouping = grouping;
    }

    @GetMapping(GROUPS)
    @Operation(operationId = "listServiceGroups", summary = "The professional's service groups, by name")
    List<GroupView> groups(@PathVariable long enterpriseId, @PathVariable long professionalId, Actor actor) {
        return grouping.groups(actor, professionalId);
    }

    @PostMapping(GROUPS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createServiceGroup", summary = "A local administrator or super user groups some of the professional's own "
            + "services (R82): same type and duration (R83), no « Toutes les raisons » service (R84), a name unique for the professional (R85)")
    GroupView createGroup(@PathVariable long enterpriseId, @PathVariable long professionalId, @RequestBody GroupForm body,
                          @Permitted("professional.services.manage") Actor actor) {
        return grouping.create(actor, professionalId, Bodies.required(body));
    }

    @PutMapping(GROUPS + "/{groupId}")
    @Operation(operationId = "changeServiceGroup", summary = "A local administrator or super user renames a group or changes its services, "
            + "under the same rules (R86)")
    GroupView changeGroup(@PathVariable long enterpriseId, @PathVariable long professionalId, @PathVariable long groupId,
                          @RequestBody GroupForm body, @Permitted("professional.services.manage") Actor actor) {
        return grouping.change(actor, professionalId, groupId, Bodies.required(body));
    }

    @DeleteMapping(GROUPS + "/{groupId}")
    @Operation(operationId = "deleteServiceGroup", summary = "A local administrator or super user deletes a group after confirming "
            + "« Supprimer »; its services stay (R87); answers the groups left")
    List<GroupView> deleteGroup(@PathVariable long enterpriseId, @PathVariable long professionalId, @PathVariable long groupId,
                                @RequestParam(required = false) Boolean confirmed, @Permitted("professional.services.manage") Actor actor) {
        return grouping.delete(actor, professionalId, groupId, confirmed);
    }
}
