package org.vigie.scheduling.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.Bodies;
import org.vigie.scheduling.people.EnterpriseRecords.EnterpriseView;
import org.vigie.scheduling.people.LocationViews.LocationView;
import org.vigie.scheduling.people.RamqRegistry.NewEnterprise;
import org.vigie.scheduling.people.RamqRegistry.NewPerson;
import org.vigie.scheduling.people.RamqRegistry.Nomination;
import org.vigie.scheduling.people.RamqRegistry.Person;

/** What only RAMQ, the provincial operator, does: no {@code Actor} here, every other caller being refused first (403). */
@RestController
@Tag(name = "RAMQ registry", description = "What RAMQ, the provincial operator, registers: people, enterprises, their locations and "
        + "local administrators (administrators of the service only)")
class RamqRegistryController {
    private final RamqRegistry registry;

    RamqRegistryController(RamqRegistry registry) {
        this.registry = registry;
    }

    @PostMapping("/api/clinic/ramq-persons")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "registerRamqPerson", summary = "RAMQ registers a person (identifier IPXXXXXX or CEXXXXXX, pseudonym, "
            + "6-digit practice number for a health professional); with onlineServices and a password, they can sign in (administrators: "
            + "the provincial operator)")
    Person register(@RequestBody NewPerson body) {
        return registry.register(Bodies.required(body));
    }

    @PostMapping("/api/clinic/enterprises")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createEnterprise", summary = "RAMQ creates an enterprise from its registration form: GMF or not (GMF "
            + "number), its locations (each in its zone, §9 A23), and at least one local administrator (RAMQ identifiers of registered "
            + "people), who works at every location (administrators)")
    EnterpriseView create(@RequestBody NewEnterprise body) {
        return registry.createEnterprise(Bodies.required(body));
    }

    @PostMapping("/api/clinic/enterprises/{enterpriseId}/locations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "addLocation", summary = "RAMQ registers a new location of the enterprise, in its zone (America/Montreal "
            + "unless given, §9 A23); it receives its immutable unique identifier (administrators)")
    LocationView addLocation(@PathVariable long enterpriseId, @RequestBody NewLocation body) {
        return registry.addLocation(enterpriseId, Bodies.required(body));
    }

    @PostMapping("/api/clinic/enterprises/{enterpriseId}/local-admins")
    @Operation(operationId = "nameLocalAdmin", summary = "RAMQ names a local administrator (the nomination form; clinics cannot grant "
            + "it, §9 A12): the employee is added to the enterprise's administrators, a deleted employee with a fresh record "
            + "(administrators)")
    EnterpriseView nominate(@PathVariable long enterpriseId, @RequestBody Nomination body) {
        return registry.nameLocalAdmin(enterpriseId, Bodies.required(body));
    }
}
