package org.vigie.scheduling.lcga;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.scheduling.lcga.LcgaSignIn.LcgaSessionView;
import org.vigie.web.Bodies;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** A connected agenda software's sessions, through {@link LcgaSignIn}. */
@RestController
@Tag(name = "Connected agenda software", description = "Linking a location to its LCGA (R21, R255) and the LCGA's sessions")
class LcgaSessionController {
    private static final String SESSIONS = "/api/clinic/lcga-sessions";
    private static final String CURRENT = SESSIONS + "/current";

    private final LcgaSignIn signIn;

    LcgaSessionController(LcgaSignIn signIn) {
        this.signIn = signIn;
    }

    @Schema(example = "{\"locationUid\": \"0f8fad5b-d9cb-469f-a165-70867728950e\", \"machineId\": \"DLO-4411-A\","
            + " \"secret\": \"3q2-7wAAAAB7Cc6nQm5a0y5Pq9X0u1l8bKc3vW2x4Zs\"}")
    record Credentials(@Schema(requiredMode = REQUIRED, description = "The location's unique identifier (R21)") String locationUid,
                       @Schema(requiredMode = REQUIRED, description = "The vendor's machine identifier, as RAMQ recorded it on the location")
                       String machineId,
                       @Schema(requiredMode = REQUIRED, description = "The location's connection secret, issued by its local administrator")
                       String secret) {
    }

    @PostMapping(SESSIONS)
    @ResponseStatus(HttpStatus.CREATED)
    @SecurityRequirements
    @Operation(operationId = "openLcgaSession", summary = "An LCGA signs in with its location's unique identifier, the machine "
            + "identifier RAMQ recorded on it and the location's secret (R255): the token (shown once) signs every later request in as "
            + "Authorization: Bearer, acting for that location only; any of the three wrong is one 401 that says not which")
    LcgaSessionView open(@RequestBody(required = false) Credentials body) {
        Credentials credentials = Bodies.required(body);
        return signIn.open(credentials.locationUid(), credentials.machineId(), credentials.secret());
    }

    @GetMapping(CURRENT)
    @Operation(operationId = "getCurrentLcgaSession", summary = "The LCGA's session of this request: its enterprise and location (the ids "
            + "of the clinic paths), the machine identifier, the idle minutes after which it ends")
    LcgaSessionView current() {
        return signIn.current();
    }

    @DeleteMapping(CURRENT)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "closeLcgaSession", summary = "The LCGA signs out: the token no longer signs anything in")
    void close() {
        signIn.signOut();
    }
}
