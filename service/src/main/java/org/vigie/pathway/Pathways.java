package org.vigie.pathway;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.accounts.MailLanguages;
import org.vigie.members.Member;
import org.vigie.notifications.Notifications;
import org.vigie.rules.Evaluation;
import org.vigie.rules.PackManifest;
import org.vigie.rules.RulePack;
import org.vigie.rules.RulePacks;
import org.vigie.rules.facts.ListItem;
import org.vigie.rules.facts.PathwayActions;
import org.vigie.web.ConflictException;
import org.vigie.web.DocumentInspector;
import org.vigie.web.DocumentSettings;
import org.vigie.web.Languages;
import org.vigie.web.NotFoundException;
import org.vigie.web.Sha256;
import org.vigie.web.Texts;
import org.vigie.web.Validation;
import org.vigie.web.Wording;

/**
 * A physician's pathway: recording actions, the CNP's rules saying what is missing, the validation
 * request and the CNP's decision. Every change takes the pathway's row lock first, so a change to
 * the actions and a validation request never overlap, and once the request is confirmed the
 * actions stay as they were (also between two instances).
 */
@Component
class Pathways {
    private final RulePacks packs;
    private final PathwayRecords records;
    private final PhysicianProfiles profiles;
    private final Notifications notifications;
    private final MailLanguages mailLanguages;
    private final DocumentSettings documents;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Pathways(RulePacks packs, PathwayRecords records, PhysicianProfiles profiles, Notifications notifications, MailLanguages mailLanguages,
             DocumentSettings documents, TransactionTemplate transactions, Clock clock) {
        this.packs = packs;
        this.records = records;
        this.profiles = profiles;
        this.notifications = notifications;
        this.mailLanguages = mailLanguages;
        this.documents = documents;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The CNP's rules and the period asked for; 404 when either is unknown or the member does not follow that CNP. */
    record Place(RulePack pack, PackManifest.Cycle period) {
    }

    Place place(Member member, String cnp, String periodId) {
        RulePack pack = packs.require(cnp, PackManifest.PATHWAY);
        if (member.membership(cnp).isEmpty()) {
            throw new NotFoundException(Texts.of("pathway.cnp.notFollowed", "cnp", cnp));
        }
        PackManifest.Cycle period = pack.cycle(periodId).orElseThrow(() -> new NotFoundException(Texts.of("pathway.period.unknown",
                Map.of("period", String.valueOf(periodId), "cnp", cnp,
                        "periods", pack.manifest().cycles().stream().map(PackManifest.Cycle::id).toList()))));
        return new Place(pack, period);
    }

    PathwayView view(Member member, String cnp, String periodId, String language) {
        Place place = place(member, cnp, periodId);
        var pathway = records.find(member.getId(), cnp, periodId);
        List<PathwayRecords.Action> actions = pathway.map(p -> records.actions(p.id())).orElse(List.of());
        return PathwayViews.of(member.getId(), place, pathway.orElse(null), actions, evaluate(place, actions), language);
    }

    /** Bound of a simulation (input sanity, not a CNP's requirement). */
    private static final int MAX_WHAT_IF = 50;

    /** The pathway as it would be with these catalogue actions added (dated today, ids negative); nothing is saved. */
    PathwayView whatIf(Member member, String cnp, String periodId, List<String> hypothetical, String language) {
        Place place = place(member, cnp, periodId);
        Validation validation = new Validation()
                .require(hypothetical != null && !hypothetical.isEmpty(), "actions", Texts.in(language, "pathway.whatIf.noAction", Map.of()))
                .require(hypothetical == null || hypothetical.size() <= MAX_WHAT_IF, "actions",
                        Texts.in(language, "pathway.whatIf.tooMany", Map.of("max", MAX_WHAT_IF)));
        validation.throwIfAny();
        for (int i = 0; i < hypothetical.size(); i++) {
            String code = hypothetical.get(i);
            validation.require(code != null && place.pack().parameters().item("actions", code).isPresent(), "actions[" + i + "]",
                    Texts.in(language, "pathway.whatIf.unknownAction", Map.of("cnp", cnp, "action", String.valueOf(code))));
        }
        validation.throwIfAny();
        var pathway = records.find(member.getId(), cnp, periodId);
        List<PathwayRecords.Action> actions = new java.util.ArrayList<>(pathway.map(p -> records.actions(p.id())).orElse(List.of()));
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < hypothetical.size(); i++) {
            actions.add(new PathwayRecords.Action(-(i + 1L), pathway.map(PathwayRecords.Pathway::id).orElse(0L), hypothetical.get(i),
                    null, today, null));
        }
        return PathwayViews.of(member.getId(), place, pathway.orElse(null), actions, evaluate(place, actions), language);
    }

    PathwayView addAction(Member member, String cnp, String periodId, ActionForm form, String language) {
        Place place = place(member, cnp, periodId);
        check(place, form);
        var pathway = records.findOrCreate(member.getId(), cnp, periodId, clock.instant());
        transactions.executeWithoutResult(tx -> {
            requireOpen(records.lock(pathway.id()));
            records.addAction(pathway.id(), form.action(), blankToNull(form.complement()), form.date(), clock.instant());
        });
        return view(member, cnp, periodId, language);
    }

    PathwayView updateAction(Member member, PathwayRecords.Action action, ActionForm form, String language) {
        var pathway = records.get(action.pathwayId());
        Place place = place(member, pathway.regulator(), pathway.periodId());
        check(place, form);
        transactions.executeWithoutResult(tx -> {
            requireOpen(records.lock(pathway.id()));
            records.updateAction(action.id(), form.action(), blankToNull(form.complement()), form.date());
        });
        return view(member, pathway.regulator(), pathway.periodId(), language);
    }

    PathwayView removeAction(Member member, PathwayRecords.Action action, String language) {
        var pathway = records.get(action.pathwayId());
        transactions.executeWithoutResult(tx -> {
            requireOpen(records.lock(pathway.id()));
            records.removeAction(action.id());
        });
        return view(member, pathway.regulator(), pathway.periodId(), language);
    }

    /** A proof is never required; one per action (a new one replaces it); PDF, JPEG or PNG, size-limited, type read from the content. */
    PathwayView attachProof(Member member, PathwayRecords.Action action, String description, String filename, byte[] content,
                            String language) {
        var pathway = records.get(action.pathwayId());
        Validation validation = new Validation().maxLength("description", description, 500);
        String contentType = DocumentInspector.check(filename, content, documents.maxBytes(), documents.allowedTypes(), validation);
        transactions.executeWithoutResult(tx -> {
            requireOpen(records.lock(pathway.id()));
            records.saveProof(action.id(), blankToNull(description), filename, contentType, content, Sha256.hex(content), clock.instant());
        });
        return view(member, pathway.regulator(), pathway.periodId(), language);
    }

    /**
     * The physician certifies on honour and asks the CNP to validate: refused while a minimum is
     * missing (with the CNP's sentence) or without the certification; the actions are fixed from then on.
     */
    PathwayView requestValidation(Member member, String cnp, String periodId, Boolean certified, String language) {
        Place place = place(member, cnp, periodId);
        // what the CNP's records keep is its own wording, in French, whatever language the physician reads
        String certification = place.pack().parameters().message("certification", "fr");
        if (!Boolean.TRUE.equals(certified)) {
            new Validation().refuse("certified", Texts.in(language, "pathway.validation.certify",
                    Map.of("certification", place.pack().parameters().message("certification", language)))).throwIfAny();
        }
        var existing = records.find(member.getId(), cnp, periodId)
                .orElseThrow(() -> new ConflictException(evaluate(place, List.of()).summary(language)));
        transactions.executeWithoutResult(tx -> {
            var pathway = records.lock(existing.id());
            if (PathwayRecords.REQUESTED.equals(pathway.status())) {
                // the moment in the council's zone, as the caller's language writes it
                String requestedAt = packs.require(pathway.regulator(), PackManifest.PATHWAY).parameters().wording(language)
                        .instant(pathway.requestedAt());
                throw new ConflictException(Texts.in(language, "pathway.validation.alreadyRequested", Map.of("requestedAt", requestedAt)));
            }
            requireOpen(pathway);
            Evaluation evaluation = evaluate(place, records.actions(pathway.id()));
            if (!evaluation.gaps().isEmpty()) {
                throw new ConflictException(evaluation.summary(language));
            }
            records.requested(pathway.id(), certification, evaluation.version(), evaluation.hash(), clock.instant());
        });
        return view(member, cnp, periodId, language);
    }

    /** The CNP validates or refuses (with a reason) a requested pathway; the physician is e-mailed in the same transaction. */
    PathwayRecords.Pathway decide(long pathwayId, CnpDecision decision, Member physician, String decidedBy) {
        boolean validated = PathwayRecords.VALIDATED.equals(decision.outcome());
        new Validation()
                .require(validated || PathwayRecords.REFUSED.equals(decision.outcome()), "outcome", Texts.of("pathway.decision.outcome"))
                .require(validated || (decision.reason() != null && !decision.reason().isBlank()), "reason",
                        Texts.of("pathway.decision.reasonRequired"))
                .maxLength("reason", decision.reason(), 1000)
                .throwIfAny();
        return transactions.execute(tx -> {
            var pathway = records.lock(pathwayId);
            if (!PathwayRecords.REQUESTED.equals(pathway.status())) {
                throw new ConflictException(Texts.of("pathway.decision.notAwaited", "state", pathway.status()));
            }
            var profile = profiles.find(physician.getId());
            String name = physician.getFirstName() + " " + physician.getLastName();
            records.decided(pathwayId, decision.outcome(), decidedBy, blankToNull(decision.reason()), validated ? name : null,
                    validated ? profile.map(PhysicianProfiles.Profile::mainStructure).orElse(null) : null,
                    validated ? profile.map(PhysicianProfiles.Profile::rpps).orElse(null) : null, clock.instant());
            RulePack pack = packs.require(pathway.regulator(), PackManifest.PATHWAY);
            Map<String, String> values = Map.of("firstName", physician.getFirstName(), "lastName", physician.getLastName(),
                    "cnp", pack.manifest().name(), "period", pathway.periodId(),
                    "reason", decision.reason() == null ? "" : decision.reason().trim());
            String language = mailLanguages.of(physician.getEmail()); // the physician's, not the deciding staff's
            notifications.queue(physician.getEmail(),
                    pack.parameters().message("mail.pathway." + decision.outcome() + ".subject", language, values),
                    pack.parameters().message("mail.pathway." + decision.outcome() + ".body", language, values));
            return records.get(pathwayId);
        });
    }

    Evaluation evaluate(Place place, List<PathwayRecords.Action> actions) {
        var recorded = actions.stream().map(a -> new PathwayActions.RecordedAction(String.valueOf(a.id()), a.code(),
                place.pack().parameters().codesOf("actions", a.code(), "categories"))).toList();
        return place.pack().evaluate(place.period(), List.of(
                new PathwayActions(place.period().id(), place.period().start(), place.period().end(), recorded)));
    }

    private void check(Place place, ActionForm form) {
        Validation validation = new Validation();
        String cnp = place.pack().regulator();
        validation.require(form.action() != null && place.pack().parameters().item("actions", form.action()).isPresent(), "action",
                Texts.of("pathway.action.unknown", Map.of("cnp", cnp, "action", String.valueOf(form.action()))));
        validation.maxLength("complement", form.complement(), 500);
        LocalDate today = LocalDate.now(clock);
        PackManifest.Cycle period = place.period();
        validation.require(form.date() != null, "date", Texts.of("pathway.action.dateRequired"));
        if (form.date() != null) {
            // the dates as the CNP's pack writes them, in the caller's language
            Wording wording = place.pack().parameters().wording(Languages.current());
            validation.require(period.contains(form.date()), "date", Texts.of("pathway.action.outsidePeriod", Map.of("period", period.id(),
                    "start", wording.date(period.start()), "end", wording.date(period.end()))));
            validation.require(!form.date().isAfter(today), "date", Texts.of("pathway.action.inTheFuture"));
        }
        validation.throwIfAny();
    }

    private static void requireOpen(PathwayRecords.Pathway pathway) {
        if (PathwayRecords.VALIDATED.equals(pathway.status())) {
            throw new ConflictException(Texts.of("pathway.locked.validated"));
        }
        if (pathway.locked()) {
            throw new ConflictException(Texts.of("pathway.locked.requested"));
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    static List<ListItem> categories(RulePack pack) {
        return pack.parameters().list("categories");
    }
}
