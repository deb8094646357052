package org.vigie.members;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.accounts.AccountRegistry;
import org.vigie.accounts.MailLanguages;
import org.vigie.rules.RulePacks;
import org.vigie.web.Bodies;
import org.vigie.web.Caller;
import org.vigie.web.ConflictException;
import org.vigie.web.NotFoundException;
import org.vigie.web.Paged;
import org.vigie.web.Texts;
import org.vigie.web.Validation;

@RestController
@Tag(name = "Members", description = "Regulated professionals and their memberships")
class MemberController {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final Members members;
    private final MemberDirectory directory;
    private final AccountRegistry accounts;
    private final RulePacks packs;
    private final Clock clock;

    MemberController(Members members, MemberDirectory directory, AccountRegistry accounts, RulePacks packs, Clock clock) {
        this.members = members;
        this.directory = directory;
        this.accounts = accounts;
        this.packs = packs;
        this.clock = clock;
    }

    record MembershipData(@Schema(requiredMode = REQUIRED, example = "otpq") String regulator,
                          @Schema(requiredMode = REQUIRED, example = "12345") String number,
                          @Schema(description = "Where the member's cycle starts instead of the cycle's start", example = "2023-09-01")
                          LocalDate admissionDate) {
    }

    record NewMember(@Schema(requiredMode = REQUIRED, example = "Emma") String firstName,
                     @Schema(requiredMode = REQUIRED, example = "Gélinas") String lastName,
                     @Schema(requiredMode = REQUIRED, description = "Also the login", example = "emma.gelinas@example.org") String email,
                     @Schema(requiredMode = REQUIRED, example = "motdepasse-123") String password,
                     @Schema(requiredMode = REQUIRED) MembershipData membership,
                     @Schema(description = "The language of the member's e-mails, fr (when absent) or en; they may change it themselves",
                             allowableValues = {"fr", "en"}, example = "fr") String language) {
    }

    record Admission(@Schema(requiredMode = REQUIRED, example = "2024-01-15") LocalDate admissionDate) {
    }

    record MemberView(long id, String firstName, String lastName, String email, List<MembershipData> memberships) {
        static MemberView of(Member member) {
            return new MemberView(member.getId(), member.getFirstName(), member.getLastName(), member.getEmail(),
                    member.getMemberships().stream()
                            .sorted(Comparator.comparing(Membership::regulator))
                            .map(m -> new MembershipData(m.regulator(), m.number(), m.admissionDate())).toList());
        }
    }

    @PostMapping("/api/members")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    @Operation(operationId = "registerMember",
            summary = "Register a member with a regulator and open their account (login = e-mail); regulator staff or administrators")
    MemberView register(@RequestBody NewMember body) {
        Caller caller = Caller.current();
        NewMember request = Bodies.required(body);
        caller.requireStaffOrAdmin();
        MembershipData membership = request.membership();
        Validation validation = new Validation()
                .require(present(request.firstName()), "firstName", Texts.of("members.firstName.required"))
                .require(present(request.lastName()), "lastName", Texts.of("members.lastName.required"))
                .require(request.email() != null && EMAIL.matcher(request.email()).matches(), "email",
                        Texts.of("members.email.invalid"));
        validation.maxLength("firstName", request.firstName(), 100).maxLength("lastName", request.lastName(), 100)
                .maxLength("email", request.email(), 254);
        AccountRegistry.checkPassword(validation, "password", request.password());
        validation.require(request.language() == null || MailLanguages.CHOICES.contains(request.language()), "language",
                Texts.of("accounts.language.unknown", "language", String.valueOf(request.language())));
        if (membership == null) {
            validation.refuse("membership", Texts.of("members.membership.required"));
        } else {
            validation.require(membership.regulator() != null && packs.status(membership.regulator()).isPresent(),
                            "membership.regulator", Texts.of("accounts.regulator.unknown", "regulator", String.valueOf(membership.regulator())))
                    .require(present(membership.number()), "membership.number", Texts.of("members.number.required"))
                    .maxLength("membership.number", membership.number(), 40);
        }
        validation.throwIfAny();
        caller.requireActsFor(membership.regulator());
        String email = request.email().trim().toLowerCase();
        if (members.existsByEmail(email)) {
            throw new ConflictException(Texts.of("members.email.taken", "email", email));
        }
        Member member = members.save(Member.register(request.firstName().trim(), request.lastName().trim(), email,
                Membership.of(membership.regulator(), membership.number().trim(), membership.admissionDate()), clock.instant()));
        accounts.openForMember(email, request.password(), member.getId(), request.language() == null ? "fr" : request.language());
        return MemberView.of(member);
    }

    @GetMapping("/api/regulators/{regulator}/members")
    @Operation(operationId = "listMembers", summary = "The regulator's members by last name, first name (its staff, administrators); "
            + "q finds them by first, last or full name or e-mail (any part, case and accents aside) or by their number; paged")
    Paged<MemberView> list(@PathVariable String regulator, @RequestParam(required = false) String q,
                           @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        if (packs.status(regulator).isEmpty()) {
            throw new NotFoundException(Texts.of("rules.regulator.unknown", "regulator", regulator));
        }
        Caller.current().requireStaffOf(regulator);
        return directory.search(regulator, q, Paged.request(page, size)).map(MemberView::of);
    }

    @GetMapping("/api/members/{memberId}")
    @Operation(operationId = "readMember", summary = "A member and their memberships")
    MemberView get(@PathVariable long memberId) {
        return MemberView.of(directory.visibleTo(Caller.current(), memberId));
    }

    @PutMapping("/api/members/{memberId}/memberships/{regulator}/admission")
    @Transactional
    @Operation(operationId = "recordAdmission", summary = "Record an admission or readmission date (regulator staff); the cycle then starts on that date")
    MemberView readmit(@PathVariable long memberId, @PathVariable String regulator, @RequestBody Admission body) {
        Admission admission = Bodies.required(body);
        Caller caller = Caller.current();
        Member member = directory.visibleTo(caller, memberId);
        caller.requireActsFor(regulator);
        if (member.membership(regulator).isEmpty()) {
            throw new NotFoundException(Texts.of("members.membership.notFound", "regulator", regulator));
        }
        member.readmit(regulator, admission.admissionDate());
        return MemberView.of(members.save(member));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
