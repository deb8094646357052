package org.vigie.scheduling.access;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.scheduling.access.ClinicSignIn.SessionView;

/** A clinic user's sessions, through {@link ClinicSignIn}. */
@RestController
@Tag(name = "Clinic sessions", description = "Signing in to one of one's enterprises, the screen one is on, signing out")
class ClinicSessionController {
    private static final String CURRENT = "/api/clinic/sessions/current";

    private final ClinicSignIn signIn;

    ClinicSessionController(ClinicSignIn signIn) {
        this.signIn = signIn;
    }

    @Schema(description = "Every field is optional: the enterprise is needed only when the user works in several (R7)")
    record NewSession(@Schema(example = "12", description = "The enterprise to work in; required when the user works in several (R7)")
                      Long enterpriseId) {
    }

    record ModeChange(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "APPOINTMENT_EDIT",
            description = "The screen the user is on: a mode of the pack's sessionModes") String mode) {
    }

    @PostMapping("/api/clinic/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "openClinicSession",
            summary = "A clinic user opens a session in one of their enterprises (enterpriseId; required when they work in several, "
            + "R7): the token (shown once) signs every later request in as Authorization: Bearer, in that enterprise only")
    SessionView open(@RequestBody(required = false) NewSession body) {
        return signIn.open(body == null ? null : body.enterpriseId());
    }

    @GetMapping(CURRENT)
    @Operation(operationId = "getCurrentClinicSession",
            summary = "The session of this request: its enterprise, the screen (mode) the user is on, the idle minutes after which it "
            + "ends there, and when it was last used")
    SessionView current() {
        return signIn.current();
    }

    @PutMapping(CURRENT)
    @Operation(operationId = "changeClinicSessionMode",
            summary = "The client tells which screen the user is on (a mode of the pack's sessionModes): in the appointment-edit mode an "
            + "idle session does not end (R6); on the Enterprise, Employees or Communications tab or in Horaire mode it ends after "
            + "session.idle.minutes (R5)")
    SessionView mode(@RequestBody(required = false) ModeChange body) {
        return signIn.changeMode(body == null ? null : body.mode());
    }

    @DeleteMapping(CURRENT)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "closeClinicSession", summary = "Signs out: the token no longer signs anything in")
    void close() {
        signIn.signOut();
    }
}
