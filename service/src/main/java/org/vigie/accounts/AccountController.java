package org.vigie.accounts;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.rules.RulePacks;
import org.vigie.web.Bodies;
import org.vigie.web.Caller;
import org.vigie.web.ForbiddenException;
import org.vigie.web.Role;
import org.vigie.web.Texts;
import org.vigie.web.Validation;

@RestController
@Tag(name = "Accounts", description = "Who is calling; regulator staff accounts; a forgotten password reset by an e-mailed link")
class AccountController {
    private final AccountRegistry registry;
    private final RulePacks packs;
    private final Accounts accounts;

    AccountController(AccountRegistry registry, RulePacks packs, Accounts accounts) {
        this.registry = registry;
        this.packs = packs;
        this.accounts = accounts;
    }

    record CallerView(String username, Role role, String regulator, Long memberId,
                      @Schema(description = "The language of the caller's e-mails: fr or en", example = "fr") String language) {
    }

    record LanguageChoice(@Schema(requiredMode = REQUIRED, description = "fr or en", allowableValues = {"fr", "en"}, example = "en")
                          String language) {
    }

    record NewStaff(@Schema(requiredMode = REQUIRED, example = "formation@otpq") String username,
                    @Schema(requiredMode = REQUIRED, description = "At least 8 characters", example = "motdepasse-456") String password,
                    @Schema(requiredMode = REQUIRED, description = "The regulator whose staff they are", example = "otpq") String regulator) {
    }

    record StaffView(long id, String username, String regulator) {
    }

    @GetMapping("/api/me")
    @Operation(operationId = "readCaller", summary = "The authenticated caller: role, and their member id or regulator")
    CallerView me() {
        Caller caller = Caller.current();
        return view(caller);
    }

    @PutMapping("/api/me/language")
    @Transactional
    @Operation(operationId = "chooseLanguage", summary = "The language the caller's e-mails are written in (fr or en; French until "
            + "chosen): the service's answers follow each request's Accept-Language, e-mails reach people outside any request")
    CallerView chooseLanguage(@RequestBody LanguageChoice body) {
        String language = Bodies.required(body).language();
        new Validation().require(language != null && MailLanguages.CHOICES.contains(language), "language",
                Texts.of("accounts.language.unknown", "language", String.valueOf(language))).throwIfAny();
        Caller caller = Caller.current();
        if (accounts.changeLanguage(caller.accountId(), language) == 0) {
            // a connected agenda software signs in with its location's secret, not an account: no one to write to
            throw new ForbiddenException(Texts.of("accounts.language.noAccount"));
        }
        return view(caller);
    }

    private CallerView view(Caller caller) {
        return new CallerView(caller.username(), caller.role(), caller.regulator(), caller.memberId(), accounts.languageOf(caller.accountId()));
    }

    @PostMapping("/api/staff")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    @Operation(operationId = "openStaffAccount", summary = "Open an account for a regulator's staff (administrators only)")
    StaffView createStaff(@RequestBody NewStaff body) {
        NewStaff request = Bodies.required(body);
        Caller caller = Caller.current();
        if (!caller.isAdmin()) {
            throw new ForbiddenException(Texts.of("accounts.staff.adminOnly"));
        }
        Validation validation = new Validation()
                .require(request.username() != null && !request.username().isBlank(), "username", Texts.of("accounts.username.required"))
                .maxLength("username", request.username(), 254)
                .require(request.regulator() != null && packs.status(request.regulator()).isPresent(), "regulator",
                        Texts.of("accounts.regulator.unknown", "regulator", String.valueOf(request.regulator())));
        AccountRegistry.checkPassword(validation, "password", request.password());
        validation.throwIfAny();
        Account account = registry.openForStaff(request.username().trim(), request.password(), request.regulator());
        return new StaffView(account.getId(), account.getUsername(), account.getRegulator());
    }
}
