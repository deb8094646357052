package org.vigie.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.members.MemberDirectory;
import org.vigie.rules.Evaluation;
import org.vigie.rules.PackManifest;
import org.vigie.rules.RulePack;
import org.vigie.rules.RulePacks;
import org.vigie.rules.facts.Finding;
import org.vigie.rules.facts.TrainingActivity;
import org.vigie.rules.facts.TrainingGroup;
import org.vigie.web.Bodies;
import org.vigie.web.Caller;
import org.vigie.web.ForbiddenException;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.Validation;
import org.vigie.web.Words;

/**
 * Group online training (the FMOQ): a leader creates a group, checked by the federation's rules;
 * anyone signed in asks whether an activity is eligible to the allowances. The rules decide; each
 * refusal is the rule's own sentence on the field it concerns.
 */
@RestController
@Tag(name = "Training", description = "Group online training (FMOQ): groups, activities, attendance, allowances, credits")
class TrainingController {
    /** Which request field each group finding concerns. */
    private static final Map<String, String> FIELDS = Map.of("group.tooLarge", "participants", "group.overSizeOption", "participants",
            "group.unknownSizeOption", "sizeOption", "group.physiciansNotMajority", "participants",
            "group.leaderNotEligible", "leaderProfession", "group.leaderWithoutAccount", "leader", "group.overEveryOption", "participants");

    private final RulePacks packs;
    private final TrainingGroups groups;
    private final MemberDirectory directory;
    private final java.time.Clock clock;

    TrainingController(RulePacks packs, TrainingGroups groups, MemberDirectory directory, java.time.Clock clock) {
        this.packs = packs;
        this.groups = groups;
        this.directory = directory;
        this.clock = clock;
    }

    record Participants(String profession, Integer count) {
    }

    record NewGroup(String name, String sizeOption, String leaderProfession, List<Participants> participants, String frequency,
                    String nextActivities, String purchaseFormula, String receiptReference, Boolean termsAccepted) {
    }

    @PostMapping("/api/regulators/{regulator}/training/groups")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A leader creates a group (the caller leads it): size option, profession of the leader and of the regular "
            + "participants, purchase formula and receipt, the terms accepted; refused with the rule's reason on its field")
    TrainingGroups.Group create(@PathVariable String regulator, @RequestBody NewGroup body) {
        NewGroup request = Bodies.required(body);
        Caller caller = Caller.current();
        RulePack pack = packs.require(regulator, PackManifest.TRAINING);
        Validation validation = new Validation()
                .require(request.name() != null && !request.name().isBlank(), "name", "Le nom du groupe est obligatoire.")
                .maxLength("name", request.name(), 200).maxLength("frequency", request.frequency(), 200)
                .maxLength("nextActivities", request.nextActivities(), 1000).maxLength("receiptReference", request.receiptReference(), 100)
                .require(Boolean.TRUE.equals(request.termsAccepted()), "termsAccepted",
                        "Le responsable accepte les conditions d'utilisation (aucune présence de l'industrie pharmaceutique, diffusion restreinte).")
                .require(request.purchaseFormula() != null && pack.parameters().item("purchaseFormulas", request.purchaseFormula()).isPresent(),
                        "purchaseFormula", "Formule d'achat inconnue : « " + request.purchaseFormula() + " » (abonnement, forfait ou unite).")
                .require(request.sizeOption() != null && !request.sizeOption().isBlank(), "sizeOption",
                        "Choisissez l'option de taille du groupe.")
                .require(request.leaderProfession() != null && pack.parameters().item("professions", request.leaderProfession()).isPresent(),
                        "leaderProfession", "Profession inconnue : « " + request.leaderProfession() + " ».");
        List<String> participants = new ArrayList<>();
        List<Participants> given = request.participants() == null ? List.of() : request.participants();
        validation.require(!given.isEmpty(), "participants", "Indiquez les participants réguliers par profession.");
        for (int i = 0; i < given.size(); i++) {
            Participants p = given.get(i);
            boolean known = p != null && p.profession() != null && pack.parameters().item("professions", p.profession()).isPresent();
            validation.require(known, "participants[" + i + "].profession", "Profession inconnue : « " + (p == null ? null : p.profession()) + " ».");
            validation.require(p != null && p.count() != null && p.count() > 0 && p.count() <= 1000, "participants[" + i + "].count",
                    "Le nombre de participants doit être un entier positif.");
            if (known && p.count() != null && p.count() > 0 && p.count() <= 1000) {
                for (int n = 0; n < p.count(); n++) {
                    participants.add(p.profession());
                }
            }
        }
        validation.throwIfAny();
        boolean hasAccount = caller.memberId() != null && directory.get(caller.memberId()).membership(regulator).isPresent();
        PackManifest.Cycle period = current(pack);
        Evaluation evaluation = pack.evaluate(period, List.of(new TrainingGroup(request.sizeOption(), request.leaderProfession(),
                hasAccount, participants)));
        List<Finding> violations = evaluation.findings("violation");
        violations.stream().filter(v -> v.getCode().equals("group.leaderWithoutAccount")).findFirst().ifPresent(v -> {
            // who may create a group at all: a refusal of access, in the rule's words
            throw new ForbiddenException(evaluation.message(v, "fr"));
        });
        if (!violations.isEmpty()) {
            Validation refused = new Validation();
            violations.forEach(v -> refused.refuse(FIELDS.getOrDefault(v.getCode(), "group"), evaluation.message(v, "fr")));
            refused.throwIfAny();
        }
        return groups.create(regulator, caller.memberId(), request, evaluation.version());
    }

    @GetMapping("/api/regulators/{regulator}/training/groups")
    @Operation(summary = "The groups the caller leads (a leader sees only their own groups)")
    List<TrainingGroups.Group> mine(@PathVariable String regulator) {
        Caller caller = Caller.current();
        if (caller.memberId() == null) {
            throw new ForbiddenException("Les groupes se consultent depuis le compte de leur responsable.");
        }
        return groups.ledBy(regulator, caller.memberId());
    }

    /** A course of the catalogue, as its card and details show it. */
    record Course(String number, String title, double hours, String type, List<String> competencies, List<String> categories,
                  String preview, String slides) {
    }

    @GetMapping("/api/regulators/{regulator}/training/courses")
    @Operation(summary = "The course catalogue: number, title, recognised hours, competencies, categories, the 2-minute preview, "
            + "the slides (PDF) of its library module; search by keyword (q, any word starting so, accents ignored), category or type")
    List<Course> courses(@PathVariable String regulator, @org.springframework.web.bind.annotation.RequestParam(required = false) String q,
                         @org.springframework.web.bind.annotation.RequestParam(required = false) String category,
                         @org.springframework.web.bind.annotation.RequestParam(required = false) String type) {
        Caller.current();
        RulePack pack = packs.require(regulator, PackManifest.TRAINING);
        String wantedCategory = Words.fold(category);
        return pack.parameters().list("courses").stream().map(c -> new Course(c.getCode(), c.attribute("fr"),
                        Double.parseDouble(c.attribute("hours")), c.attribute("type"),
                        List.copyOf(pack.parameters().codesOf("courses", c.getCode(), "competencies")),
                        List.copyOf(pack.parameters().codesOf("courses", c.getCode(), "categories")), c.attribute("preview"),
                        c.attribute("slides")))
                .filter(c -> Words.anyWordStartsWith(c.title() + " " + c.number(), q))
                .filter(c -> wantedCategory.isEmpty() || c.categories().stream().anyMatch(k -> Words.fold(k).equals(wantedCategory)))
                .filter(c -> type == null || type.isBlank() || type.equals(c.type()))
                .toList();
    }


    record AllowanceQuestion(LocalDate date, List<String> blocks, LocalDate requestedOn, String program, String region) {
    }

    record FindingView(String kind, String code, String rule, String message) {
    }

    record AllowanceAnswer(String status, double consecutiveHours, List<FindingView> findings, String ruleSetVersion) {
    }

    @PostMapping("/api/regulators/{regulator}/training/allowance-eligibility")
    @Operation(summary = "Is an activity eligible to the training-fund allowance (annex XIX) and designated-region resourcing (annex XII)? "
            + "Blocks as \"09:00-10:30\"; the request must come before the activity; optionally one program and the region where "
            + "the physicians practise")
    AllowanceAnswer eligibility(@PathVariable String regulator, @RequestBody AllowanceQuestion body) {
        Caller.current();
        AllowanceQuestion question = Bodies.required(body);
        RulePack pack = packs.require(regulator, PackManifest.TRAINING);
        Validation validation = new Validation().require(question.date() != null, "date", "La date de l'activité est obligatoire.")
                .require(question.requestedOn() != null, "requestedOn", "La date de la demande est obligatoire.")
                .require(question.blocks() != null && !question.blocks().isEmpty() && question.blocks().size() <= 20, "blocks",
                        "Indiquez de 1 à 20 blocs de formation, par exemple « 09:00-10:30 ».");
        validation.throwIfAny();
        TrainingAllowances.checkProgram(pack, question.program(), question.region(), false);
        List<TrainingActivity.Block> blocks = TrainingRecords.blocks(question.blocks(), "blocks");
        PackManifest.Cycle period = pack.manifest().cycleOn(question.date())
                .orElseThrow(() -> new InvalidRequestException("date", "Aucune période des règles de la Fédération ne couvre le "
                        + question.date() + "."));
        Evaluation evaluation = pack.evaluate(period, List.of(new TrainingActivity(question.date(), blocks, question.requestedOn(),
                question.program(), question.region(), null)));
        return new AllowanceAnswer(evaluation.status() == null ? null : evaluation.status().getCode(),
                evaluation.required("training.consecutive").getValue(),
                evaluation.findings().stream().map(f -> new FindingView(f.getKind(), f.getCode(), f.getRule(), evaluation.message(f, "fr")))
                        .toList(), evaluation.version());
    }

    /** The period of the federation's rules in force today (the latest, before the first period starts). */
    private PackManifest.Cycle current(RulePack pack) {
        LocalDate today = LocalDate.now(clock);
        return pack.manifest().cycleOn(today)
                .orElse(pack.manifest().cycles().get(pack.manifest().cycles().size() - 1));
    }
}
