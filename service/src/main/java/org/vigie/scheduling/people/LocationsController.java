package org.vigie.scheduling.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.Bodies;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Permitted;
import org.vigie.scheduling.people.LocationRecords.LocationChange;
import org.vigie.scheduling.people.LocationRecords.OptionsChange;
import org.vigie.scheduling.people.LocationViews.LocationView;

@RestController
@Tag(name = "Locations", description = "An enterprise's locations: RAMQ's information, the clinic's abbreviation, suite and phone, "
        + "the options patients meet, the time zone (RVSQ, clinic side)")
class LocationsController {
    private static final String LOCATION = "/api/clinic/enterprises/{enterpriseId}/locations/{locationId}";

    private final LocationRecords locations;

    LocationsController(LocationRecords locations) {
        this.locations = locations;
    }

    @GetMapping(LOCATION)
    @Operation(operationId = "getLocation", summary = "A location: its information (unique identifier for a connected LCGA, address, "
            + "phone, time zone) and options")
    LocationView get(@PathVariable long enterpriseId, @PathVariable long locationId, Actor actor) {
        return locations.location(actor.enterpriseId(), locationId);
    }

    @PatchMapping(LOCATION)
    @Operation(operationId = "changeLocation", summary = "The local administrator changes a location's abbreviation, suite and phone, "
            + "the only fields a clinic edits (R20); the address needs RAMQ's form 4066 (R24); the unique identifier never changes (R21); "
            + "RAMQ also changes the name, machine identifier, address and time zone (§9 A23)")
    LocationView change(@PathVariable long enterpriseId, @PathVariable long locationId, @RequestBody LocationChange body,
                        @Permitted("location.information.edit") Actor actor) {
        return locations.change(actor, locationId, Bodies.required(body));
    }

    @PutMapping(LOCATION + "/options")
    @Operation(operationId = "changeLocationOptions", summary = "The local administrator or a super user saves a location's options, "
            + "every one required (R25-R31): display mode, the two name-hiding switches (GMF, GEN), the online-cancellation cutoff "
            + "(0-59 minutes or 0-24 hours), the no-show message")
    LocationView changeOptions(@PathVariable long enterpriseId, @PathVariable long locationId, @RequestBody OptionsChange body,
                               @Permitted("location.options.edit") Actor actor) {
        return locations.changeOptions(actor, locationId, Bodies.required(body));
    }
}
