package org.vigie.attestation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.Caller;
import org.vigie.web.ForbiddenException;
import org.vigie.web.Texts;

@RestController
@Tag(name = "Signing keys", description = "The regulators' keys that sign attestations: rotation by an administrator (the public "
        + "keys are under Verification)")
class SigningKeyController {
    private final SigningKeys keys;

    SigningKeyController(SigningKeys keys) {
        this.keys = keys;
    }

    @PostMapping("/api/regulators/{regulator}/signing-keys")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "rotateSigningKey", summary = "Rotate the regulator's signing key (administrators): new attestations "
            + "are signed with the new key; the old keys stay published and keep verifying")
    SigningKeys.PublishedKey rotate(@PathVariable String regulator) {
        Caller caller = Caller.current();
        if (!caller.isAdmin()) {
            throw new ForbiddenException(Texts.of("attestation.signingKeys.administratorsOnly"));
        }
        String keyId = keys.rotate(regulator).keyId();
        return keys.published().stream().filter(k -> k.keyId().equals(keyId)).findFirst().orElseThrow();
    }
}
