package org.vigie.scheduling.lcga;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Permitted;
import org.vigie.scheduling.lcga.LcgaLinking.LinkView;

/** A location's link to its connected agenda software, through {@link LcgaLinking}. */
@RestController
@Tag(name = "Connected agenda software", description = "Linking a location to its LCGA (R21, R255) and the LCGA's sessions")
class LcgaLinkController {
    private static final String LINK = "/api/clinic/enterprises/{enterpriseId}/locations/{locationId}/lcga-link";

    private final LcgaLinking linking;

    LcgaLinkController(LcgaLinking linking) {
        this.linking = linking;
    }

    @PostMapping(LINK)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "issueLcgaSecret", summary = "The local administrator (or RAMQ) issues the location's connection secret for "
            + "its LCGA, shown once: with the location's unique identifier and the machine identifier RAMQ recorded on it, it signs the "
            + "LCGA in (R255). Issuing again revokes the previous secret and ends its sessions; a location without a machine identifier "
            + "cannot be linked")
    LinkView issue(@PathVariable long enterpriseId, @PathVariable long locationId, @Permitted("lcga.link.manage") Actor actor) {
        return linking.issue(actor, locationId);
    }

    @GetMapping(LINK)
    @Operation(operationId = "getLcgaLink", summary = "The location's live LCGA link: the machine identifier it was issued for, when "
            + "and by whom (never the secret); 404 when no LCGA is linked")
    LinkView get(@PathVariable long enterpriseId, @PathVariable long locationId, @Permitted("lcga.link.manage") Actor actor) {
        return linking.current(actor, locationId);
    }

    @DeleteMapping(LINK)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "revokeLcgaLink", summary = "Revokes the location's LCGA secret: it no longer signs in, and its sessions end")
    void revoke(@PathVariable long enterpriseId, @PathVariable long locationId, @Permitted("lcga.link.manage") Actor actor) {
        linking.revoke(actor, locationId);
    }
}
