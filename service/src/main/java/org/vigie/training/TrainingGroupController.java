package org.vigie.training;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.Bodies;
import org.vigie.web.Caller;
import org.vigie.web.Languages;

@RestController
@Tag(name = "Training groups", description = "Groups that follow the federation's online training together (FMOQ), created by their leader")
class TrainingGroupController {
    private final TrainingGroupService groups;

    TrainingGroupController(TrainingGroupService groups) {
        this.groups = groups;
    }

    @PostMapping("/api/regulators/{regulator}/training/groups")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createTrainingGroup", summary = "A leader creates a group (the caller leads it): size option, profession of "
            + "the leader and of the regular participants, purchase formula and receipt, the terms accepted; refused with the rule's reason "
            + "on its field")
    TrainingGroups.Group create(@PathVariable String regulator, @RequestBody NewGroup body) {
        NewGroup request = Bodies.required(body);
        return groups.create(Caller.current(), regulator, request, Languages.current());
    }

    @GetMapping("/api/regulators/{regulator}/training/groups")
    @Operation(operationId = "listTrainingGroups", summary = "The groups the caller leads (a leader sees only their own groups)")
    List<TrainingGroups.Group> mine(@PathVariable String regulator) {
        return groups.ledBy(Caller.current(), regulator);
    }
}
