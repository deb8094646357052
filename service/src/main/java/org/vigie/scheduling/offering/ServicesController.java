package org.vigie.scheduling.offering;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Permitted;
import org.vigie.web.Bodies;

/** A health professional's services over HTTP; the rules are {@link ServiceCatalogue}'s. */
@RestController
@Tag(name = "Services", description = "A health professional's services: appointment type, consultation reason and duration (RVSQ §3.2.2)")
class ServicesController {
    private static final String SERVICES = "/api/clinic/enterprises/{enterpriseId}/professionals/{professionalId}/services";

    private final ServiceCatalogue catalogue;

    ServicesController(ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping(SERVICES)
    @Operation(operationId = "listServices", summary = "The professional's services (their own list, R67); deleted ones with "
            + "includeDeleted=true, shown « inactif » (R78)")
    List<ServiceView> services(@PathVariable long enterpriseId, @PathVariable long professionalId,
                               @RequestParam(defaultValue = "false") boolean includeDeleted, Actor actor) {
        return catalogue.services(actor, professionalId, includeDeleted);
    }

    @PostMapping(SERVICES)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createService", summary = "A local administrator or super user gives a health professional a service: "
            + "type MF, GMF (only in a GMF, R69) or GEN, one consultation reason of the national list or ALL, a duration from the offered "
            + "list (R68); refused with the rule's sentence (rules/scheduling)")
    ServiceView create(@PathVariable long enterpriseId, @PathVariable long professionalId, @RequestBody NewService body,
                       @Permitted("professional.services.manage") Actor actor) {
        return catalogue.create(actor, professionalId, Bodies.required(body));
    }

    @DeleteMapping(SERVICES + "/{serviceId}")
    @Operation(operationId = "deleteService", summary = "A local administrator or super user deletes a service after confirming "
            + "« Supprimer » (R80), refused while a future slot uses it (R77, §9 A3-A4); past slots then show it « inactif » (R78); it "
            + "leaves every group (R79), and a group it was the last service of is deleted with it (groupsDeleted). A service is never "
            + "edited: delete it and create it again (R76)")
    DeletedService delete(@PathVariable long enterpriseId, @PathVariable long professionalId, @PathVariable long serviceId,
                          @RequestParam(required = false) Boolean confirmed, @Permitted("professional.services.manage") Actor actor) {
        return catalogue.delete(actor, professionalId, serviceId, confirmed);
    }
}
