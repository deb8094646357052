package org.vigie.accounts;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.Bodies;

/** The password-reset link, asked for and used without a login ({@link PasswordResets} does the work). */
@RestController
@Tag(name = "Accounts")
class PasswordResetController {
    private final PasswordResets resets;

    PasswordResetController(PasswordResets resets) {
        this.resets = resets;
    }

    record ResetRequest(@Schema(requiredMode = REQUIRED, description = "The account's login", example = "emma.gelinas@example.org")
                        String email) {
    }

    record NewPassword(@Schema(requiredMode = REQUIRED, description = "At least 8 characters", example = "nouveau-motdepasse-2024")
                       String password) {
    }

    @PostMapping("/api/password-resets")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @SecurityRequirements
    @Operation(operationId = "requestPasswordReset",
            summary = "Ask for a password reset link by e-mail (no login); the same answer whether the account exists or not")
    void request(@RequestBody ResetRequest body) {
        resets.request(Bodies.required(body).email());
    }

    @PostMapping("/api/password-resets/{token}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @SecurityRequirements
    @Operation(operationId = "resetPassword",
            summary = "Choose a new password with the token of the e-mailed link (no login); the link then no longer works")
    void reset(@PathVariable String token, @RequestBody NewPassword body) {
        resets.reset(token, Bodies.required(body).password());
    }
}
