package org.vigie.training;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.members.MemberDirectory;
import org.vigie.rules.Evaluation;
import org.vigie.rules.PackManifest;
import org.vigie.rules.RulePack;
import org.vigie.rules.RulePacks;
import org.vigie.rules.facts.Finding;
import org.vigie.rules.facts.TrainingGroup;
import org.vigie.web.Caller;
import org.vigie.web.ForbiddenException;
import org.vigie.web.Languages;
import org.vigie.web.Texts;
import org.vigie.web.Validation;

/**
 * A leader creates a group, checked by the federation's rules (size, option tiers, physicians' majority, who may lead); each
 * refusal is the rule's own sentence on the field it concerns.
 */
@Service
class TrainingGroupService {
    /** Which request field each group finding concerns. */
    private static final Map<String, String> FIELDS = Map.of("group.tooLarge", "participants", "group.overSizeOption", "participants",
            "group.unknownSizeOption", "sizeOption", "group.physiciansNotMajority", "participants",
            "group.leaderNotEligible", "leaderProfession", "group.leaderWithoutAccount", "leader", "group.overEveryOption", "participants");

    private final RulePacks packs;
    private final TrainingGroups groups;
    private final MemberDirectory directory;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TrainingGroupService(RulePacks packs, TrainingGroups groups, MemberDirectory directory, TransactionTemplate transactions, Clock clock) {
        this.packs = packs;
        this.groups = groups;
        this.directory = directory;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The group the caller creates and leads, as saved; the rules' refusals in the language asked for (fr or en). */
    TrainingGroups.Group create(Caller caller, String regulator, NewGroup request, String language) {
        RulePack pack = packs.require(regulator, PackManifest.TRAINING);
        List<String> participants = checked(pack, request);
        boolean hasAccount = caller.memberId() != null && directory.get(caller.memberId()).membership(regulator).isPresent();
        Evaluation evaluation = pack.evaluate(current(pack), List.of(new TrainingGroup(request.sizeOption(), request.leaderProfession(),
                hasAccount, participants)));
        List<Finding> violations = evaluation.findings("violation");
        violations.stream().filter(v -> v.getCode().equals("group.leaderWithoutAccount")).findFirst().ifPresent(v -> {
            // who may create a group at all: a refusal of access, in the rule's words
            throw new ForbiddenException(evaluation.message(v, language));
        });
        if (!violations.isEmpty()) {
            Validation refused = new Validation();
            violations.forEach(v -> refused.refuse(FIELDS.getOrDefault(v.getCode(), "group"), evaluation.message(v, language)));
            refused.throwIfAny();
        }
        Timestamp now = Timestamp.from(clock.instant());
        long id = transactions.execute(tx -> groups.add(regulator, caller.memberId(), request, evaluation.version(), now));
        return groups.ledBy(regulator, caller.memberId()).stream().filter(g -> g.id() == id).findFirst().orElseThrow();
    }

    /** The groups the caller leads; a caller who is no member leads none and is refused. */
    List<TrainingGroups.Group> ledBy(Caller caller, String regulator) {
        if (caller.memberId() == null) {
            throw new ForbiddenException(Texts.of("training.groups.noMember"));
        }
        return groups.ledBy(regulator, caller.memberId());
    }

    /** What the form must hold before the rules judge it: the participants, one profession per person. */
    private static List<String> checked(RulePack pack, NewGroup request) {
        Validation validation = new Validation()
                .require(request.name() != null && !request.name().isBlank(), "name", Texts.of("training.group.name.required"))
                .maxLength("name", request.name(), 200).maxLength("frequency", request.frequency(), 200)
                .maxLength("nextActivities", request.nextActivities(), 1000).maxLength("receiptReference", request.receiptReference(), 100)
                .require(Boolean.TRUE.equals(request.termsAccepted()), "termsAccepted",
                        pack.parameters().message("refusal.group.termsRequired", Languages.current()))
                .require(request.purchaseFormula() != null && pack.parameters().item("purchaseFormulas", request.purchaseFormula()).isPresent(),
                        "purchaseFormula", Texts.of("training.group.purchaseFormula.unknown", "formula", String.valueOf(request.purchaseFormula())))
                .require(request.sizeOption() != null && !request.sizeOption().isBlank(), "sizeOption",
                        Texts.of("training.group.sizeOption.required"))
                .require(request.leaderProfession() != null && pack.parameters().item("professions", request.leaderProfession()).isPresent(),
                        "leaderProfession", Texts.of("training.group.profession.unknown", "profession", String.valueOf(request.leaderProfession())));
        List<String> participants = new ArrayList<>();
        List<NewGroup.Participants> given = request.participants() == null ? List.of() : request.participants();
        validation.require(!given.isEmpty(), "participants", Texts.of("training.group.participants.required"));
        for (int i = 0; i < given.size(); i++) {
            NewGroup.Participants p = given.get(i);
            boolean known = p != null && p.profession() != null && pack.parameters().item("professions", p.profession()).isPresent();
            validation.require(known, "participants[" + i + "].profession", Texts.of("training.group.profession.unknown", "profession",
                    String.valueOf(p == null ? null : p.profession())));
            validation.require(p != null && p.count() != null && p.count() > 0 && p.count() <= 1000, "participants[" + i + "].count",
                    Texts.of("training.group.participants.count"));
            if (known && p.count() != null && p.count() > 0 && p.count() <= 1000) {
                for (int n = 0; n < p.count(); n++) {
                    participants.add(p.profession());
                }
            }
        }
        validation.throwIfAny();
        return participants;
    }

    /** The period of the federation's rules in force today (the latest, before the first period starts). */
    private PackManifest.Cycle current(RulePack pack) {
        LocalDate today = LocalDate.now(clock);
        return pack.manifest().cycleOn(today).orElse(pack.manifest().cycles().get(pack.manifest().cycles().size() - 1));
    }
}
