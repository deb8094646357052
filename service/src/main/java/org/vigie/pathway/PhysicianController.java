package org.vigie.pathway;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.accounts.AccountRegistry;
import org.vigie.members.Member;
import org.vigie.members.MemberDirectory;
import org.vigie.members.MemberRegistrations;
import org.vigie.rules.PackManifest;
import org.vigie.rules.RulePack;
import org.vigie.rules.RulePacks;
import org.vigie.web.Bodies;
import org.vigie.web.Caller;
import org.vigie.web.ConflictException;
import org.vigie.web.ForbiddenException;
import org.vigie.web.Languages;
import org.vigie.web.Texts;
import org.vigie.web.Validation;

@RestController
@Tag(name = "Physicians", description = "Physicians' own accounts and profiles (a physician registers without a login), and the "
        + "CNPs they follow")
class PhysicianController {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final MemberRegistrations registrations;
    private final MemberDirectory directory;
    private final AccountRegistry accounts;
    private final PhysicianProfiles profiles;
    private final RulePacks packs;

    PhysicianController(MemberRegistrations registrations, MemberDirectory directory, AccountRegistry accounts,
                        PhysicianProfiles profiles, RulePacks packs) {
        this.registrations = registrations;
        this.directory = directory;
        this.accounts = accounts;
        this.profiles = profiles;
        this.packs = packs;
    }

    record NewPhysician(@Schema(requiredMode = REQUIRED, example = "Martin") String lastName,
                        @Schema(requiredMode = REQUIRED, example = "Claire") String firstName,
                        @Schema(requiredMode = REQUIRED, description = "Also the login", example = "claire.martin@example.fr") String email,
                        @Schema(requiredMode = REQUIRED, description = "At least 8 characters", example = "motdepasse-789") String password,
                        @Schema(requiredMode = REQUIRED, description = "11 digits", example = "12345678912") String rpps,
                        @Schema(example = "Hôpital Saint-Louis") String mainStructure,
                        @Schema(example = "Hospitalier") String practiceMode,
                        @Schema(example = "06 12 34 56 78") String mobilePhone,
                        @Schema(requiredMode = REQUIRED, description = "The first CNP followed", example = "cnp-cardiologie") String cnp) {
    }

    record ProfileUpdate(@Schema(requiredMode = REQUIRED, example = "Martin") String lastName,
                         @Schema(requiredMode = REQUIRED, example = "Claire") String firstName,
                         @Schema(requiredMode = REQUIRED, description = "11 digits", example = "12345678912") String rpps,
                         @Schema(example = "Hôpital Lariboisière") String mainStructure,
                         @Schema(example = "Mixte") String practiceMode,
                         @Schema(example = "06 12 34 56 78") String mobilePhone) {
    }

    record NewCnp(@Schema(requiredMode = REQUIRED, example = "cnp-pneumologie") String cnp) {
    }

    record Document(String label, String url) {
    }

    /** A CNP the physician follows: its periods and the documents it publishes. */
    record CnpView(String cnp, String name, List<String> periods, List<Document> documents) {
    }

    record PhysicianView(long id, String lastName, String firstName, String email, String rpps, String mainStructure,
                         String practiceMode, String mobilePhone, List<CnpView> cnps) {
        /** What a CNP's staff need to judge a pathway and issue its attestation (names, RPPS, structure), not how to reach the physician. */
        PhysicianView withoutContact() {
            return new PhysicianView(id, lastName, firstName, null, rpps, mainStructure, practiceMode, null, cnps);
        }
    }

    @PostMapping("/api/physicians")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    @SecurityRequirements
    @Operation(operationId = "registerPhysician", summary = "A physician registers themself (no login needed): profile, password, and a first CNP; "
            + "the e-mail is the login")
    PhysicianView register(@RequestBody NewPhysician body) {
        NewPhysician request = Bodies.required(body);
        Validation validation = names(request.lastName(), request.firstName());
        validation.require(request.email() != null && EMAIL.matcher(request.email().trim()).matches(), "email",
                Texts.of("members.email.invalid")).maxLength("email", request.email(), 254);
        AccountRegistry.checkPassword(validation, "password", request.password());
        PhysicianProfiles.check(validation, request.rpps(), request.mainStructure(), request.practiceMode(), request.mobilePhone());
        checkCnp(validation, "cnp", request.cnp());
        validation.throwIfAny();
        String rpps = request.rpps().trim();
        if (profiles.rppsTakenByAnother(rpps, -1)) {
            throw new ConflictException(Texts.of("pathway.physician.rppsTaken", "rpps", rpps));
        }
        String email = request.email().trim().toLowerCase();
        Member member = registrations.register(request.firstName().trim(), request.lastName().trim(), email, request.cnp(), rpps);
        profiles.save(new PhysicianProfiles.Profile(member.getId(), rpps, PhysicianProfiles.blankToNull(request.mainStructure()),
                PhysicianProfiles.blankToNull(request.practiceMode()), PhysicianProfiles.blankToNull(request.mobilePhone())));
        accounts.openForMember(email, request.password(), member.getId(), Languages.current()); // they register in their language
        return view(member);
    }

    @GetMapping("/api/physicians/{physicianId}")
    @Operation(operationId = "readPhysician",
            summary = "A physician's profile and CNPs, with each CNP's periods and documents; a CNP's staff see it without the "
            + "e-mail and mobile phone")
    PhysicianView get(@PathVariable long physicianId) {
        Caller caller = Caller.current();
        PhysicianView view = view(directory.visibleTo(caller, physicianId));
        return caller.isAdmin() || Long.valueOf(physicianId).equals(caller.memberId()) ? view : view.withoutContact();
    }

    @PutMapping("/api/physicians/{physicianId}/profile")
    @Transactional
    @Operation(operationId = "updatePhysicianProfile", summary = "The physician changes their personal data (the e-mail, their login, stays)")
    PhysicianView update(@PathVariable long physicianId, @RequestBody ProfileUpdate body) {
        ProfileUpdate request = Bodies.required(body);
        Member member = ownOrAdmin(physicianId);
        Validation validation = names(request.lastName(), request.firstName());
        PhysicianProfiles.check(validation, request.rpps(), request.mainStructure(), request.practiceMode(), request.mobilePhone());
        validation.throwIfAny();
        String rpps = request.rpps().trim();
        if (profiles.rppsTakenByAnother(rpps, physicianId)) {
            throw new ConflictException(Texts.of("pathway.physician.rppsTakenByAnother", "rpps", rpps));
        }
        profiles.save(new PhysicianProfiles.Profile(physicianId, rpps, PhysicianProfiles.blankToNull(request.mainStructure()),
                PhysicianProfiles.blankToNull(request.practiceMode()), PhysicianProfiles.blankToNull(request.mobilePhone())));
        return view(registrations.rename(member.getId(), request.firstName().trim(), request.lastName().trim()));
    }

    @PostMapping("/api/physicians/{physicianId}/cnps")
    @Transactional
    @Operation(operationId = "addCnp", summary = "The physician adds a CNP; they then have one pathway per period of that CNP")
    PhysicianView addCnp(@PathVariable long physicianId, @RequestBody NewCnp body) {
        NewCnp request = Bodies.required(body);
        ownOrAdmin(physicianId);
        Validation validation = new Validation();
        checkCnp(validation, "cnp", request.cnp());
        validation.throwIfAny();
        String rpps = profiles.find(physicianId).map(PhysicianProfiles.Profile::rpps).orElseThrow(() ->
                new ConflictException(Texts.of("pathway.physician.profileFirst")));
        return view(registrations.join(physicianId, request.cnp(), rpps));
    }

    private void checkCnp(Validation validation, String field, String cnp) {
        boolean known = cnp != null && packs.status(cnp).isPresent();
        validation.require(known, field, Texts.of("pathway.physician.unknownCnp", "cnp", String.valueOf(cnp)));
        if (known) {
            validation.require(packs.require(cnp).manifest().isKind(PackManifest.PATHWAY), field,
                    Texts.of("pathway.physician.notACnp", "cnp", cnp));
        }
    }

    private static Validation names(String lastName, String firstName) {
        return new Validation()
                .require(lastName != null && !lastName.isBlank(), "lastName", Texts.of("members.lastName.required"))
                .require(firstName != null && !firstName.isBlank(), "firstName", Texts.of("members.firstName.required"))
                .maxLength("lastName", lastName, 100).maxLength("firstName", firstName, 100);
    }

    private Member ownOrAdmin(long physicianId) {
        Caller caller = Caller.current();
        Member member = directory.visibleTo(caller, physicianId);
        if (!caller.isAdmin() && (caller.memberId() == null || caller.memberId() != physicianId)) {
            throw new ForbiddenException(Texts.of("pathway.access.profileOwnerOnly"));
        }
        return member;
    }

    private PhysicianView view(Member member) {
        var profile = profiles.find(member.getId()).orElse(new PhysicianProfiles.Profile(member.getId(), null, null, null, null));
        List<CnpView> cnps = member.getMemberships().stream()
                .filter(m -> packs.status(m.regulator()).isPresent())
                .sorted(Comparator.comparing(org.vigie.members.Membership::regulator))
                .map(m -> cnp(m.regulator()))
                .filter(c -> c != null)
                .toList();
        return new PhysicianView(member.getId(), member.getLastName(), member.getFirstName(), member.getEmail(), profile.rpps(),
                profile.mainStructure(), profile.practiceMode(), profile.mobilePhone(), cnps);
    }

    private CnpView cnp(String regulator) {
        RulePack pack;
        try {
            pack = packs.require(regulator, PackManifest.PATHWAY);
        } catch (RuntimeException notAPathway) {
            return null;
        }
        return new CnpView(regulator, pack.manifest().name(), pack.manifest().cycles().stream().map(PackManifest.Cycle::id).toList(),
                pack.parameters().list("documents").stream()
                        .map(d -> new Document(PathwayViews.label(d, Languages.current()), String.valueOf(d.getAttributes().get("url"))))
                        .toList());
    }

}
