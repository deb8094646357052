package org.vigie.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.Caller;
import org.vigie.web.ForbiddenException;
import org.vigie.web.Texts;

/** An administrator lets a person who was locked out by failed sign-ins try again at once (after checking who is asking). */
@RestController
@Tag(name = "Sign-in locks", description = "Locks set by repeated failed sign-ins, and their lifting by an administrator")
class SignInLockController {
    private final CachingAuthenticationProvider logins;

    SignInLockController(CachingAuthenticationProvider logins) {
        this.logins = logins;
    }

    @DeleteMapping("/api/sign-in-locks/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "liftSignInLock", summary = "Lift an account's sign-in lock and forget its failed sign-ins "
            + "(administrators only); the username, or a clinic user's pseudonym; nothing to lift is not an error")
    void lift(@PathVariable String username) {
        if (!Caller.current().isAdmin()) {
            throw new ForbiddenException(Texts.of("accounts.signInLock.adminOnly"));
        }
        logins.unlock(username);
    }
}
