package org.vigie.scheduling.people;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.Bodies;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Permitted;
import org.vigie.scheduling.people.EnterpriseRecords.ContactChange;
import org.vigie.scheduling.people.EnterpriseRecords.EnterpriseSummary;
import org.vigie.scheduling.people.EnterpriseRecords.EnterpriseView;

@RestController
@Tag(name = "Enterprises", description = "The clinics' enterprises: the ones a user works in, their local administrators and "
        + "locations, the e-mail and phone a clinic keeps up to date (RVSQ, clinic side)")
class EnterprisesController {
    private final EnterpriseRecords enterprises;

    EnterprisesController(EnterpriseRecords enterprises) {
        this.enterprises = enterprises;
    }

    @GetMapping("/api/clinic/enterprises")
    @Operation(operationId = "listMyEnterprises", summary = "The enterprises where the signed-in user is an active employee, to choose "
            + "the one every later request names (R7); someone active in none gets message M2 (R4)")
    List<EnterpriseSummary> mine() {
        return enterprises.mine();
    }

    @GetMapping("/api/clinic/enterprises/{enterpriseId}")
    @Operation(operationId = "getEnterprise", summary = "The enterprise: name, e-mail, phone, GMF and its number, its local "
            + "administrators (kept up to date, R19), its locations (every employee reads it)")
    EnterpriseView get(@PathVariable long enterpriseId, Actor actor) {
        return enterprises.view(actor.enterpriseId());
    }

    @PatchMapping("/api/clinic/enterprises/{enterpriseId}")
    @Operation(operationId = "changeEnterpriseContact", summary = "The local administrator changes the enterprise's e-mail and phone, "
            + "the only fields a clinic edits (R16); name, GMF and GMF number are RAMQ's (R15, R18), which changes them here too")
    EnterpriseView changeContact(@PathVariable long enterpriseId, @RequestBody ContactChange body,
                                 @Permitted("enterprise.contact.edit") Actor actor) {
        return enterprises.changeContact(actor, Bodies.required(body));
    }
}
