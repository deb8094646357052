package org.vigie.training;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.rules.Evaluation;
import org.vigie.rules.PackManifest;
import org.vigie.rules.RulePack;
import org.vigie.rules.RulePacks;
import org.vigie.rules.facts.TrainingActivity;
import org.vigie.web.Caller;
import org.vigie.web.ConflictException;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.Languages;
import org.vigie.web.NotFoundException;
import org.vigie.web.Texts;
import org.vigie.web.Validation;

/**
 * Allowance requests for an activity: the training fund (annex XIX) and designated-region resourcing (annex XII). The leader asks
 * before the activity; the federation validates before it takes place, never after. The rules of the pack decide at both moments,
 * with the day of each: a refusal is the rule's own sentence.
 */
@Service
class AllowanceService {
    static final String PENDING = "PENDING";
    static final String APPROVED = "APPROVED";
    static final String REFUSED = "REFUSED";

    private final TrainingActivities activities;
    private final AllowanceRequests requests;
    private final RulePacks packs;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AllowanceService(TrainingActivities activities, AllowanceRequests requests, RulePacks packs, TransactionTemplate transactions,
                     Clock clock) {
        this.activities = activities;
        this.requests = requests;
        this.packs = packs;
        this.transactions = transactions;
        this.clock = clock;
    }

    record NewRequest(
            @Schema(requiredMode = REQUIRED, example = "annexXII", description = "annexXIX (training fund) or annexXII (resourcing)") String program,
            @Schema(example = "09", description = "Required for annexXII: the administrative region where the physicians practise") String region) {
    }

    record AllowanceRequest(long id, long activityId, LocalDate activityDate, String program, String programLabel, String region,
                            double consecutiveHours, String status, String requestedBy, Instant requestedAt, String ruleSetVersion,
                            String decidedBy, Instant decidedAt, String decisionReason) {
    }

    record AllowanceDecision(
            @Schema(requiredMode = REQUIRED, example = "false") Boolean approved,
            @Schema(example = "Demande reçue trop tard", description = "Required when refused") String reason) {
    }

    AllowanceRequest request(Caller caller, long activityId, NewRequest request, String language) {
        TrainingActivities.ActivityRow activity = activities.get(activityId);
        GroupAccess.requireLeader(caller, activity.leaderId());
        RulePack pack = packs.require(activity.regulator(), PackManifest.TRAINING);
        AllowanceRules.checkProgram(pack, request.program(), request.region(), true);
        if (activity.blockList().isEmpty()) {
            throw new ConflictException(pack.parameters().message("refusal.allowance.noSchedule", language,
                    Map.of("activity", String.valueOf(activityId))));
        }
        Evaluation evaluation = evaluate(pack, activity, request.program(), request.region(), LocalDate.now(clock), null, language);
        AllowanceRules.refuseIfIneligible(evaluation, language);
        BigDecimal hours = BigDecimal.valueOf(evaluation.required("training.consecutive").getValue());
        long id;
        try {
            id = transactions.execute(tx -> requests.add(activityId, request.program(), request.region(), hours, PENDING, caller.username(),
                    Timestamp.from(clock.instant()), evaluation.version()));
        } catch (DuplicateKeyException already) {
            throw new ConflictException(Texts.of("training.allowance.exists", Map.of("program", request.program(),
                    "activity", String.valueOf(activityId))));
        }
        return get(id);
    }

    /** The activity's requests and their decisions (the leader, the federation's staff). */
    List<AllowanceRequest> ofActivity(Caller caller, long activityId) {
        GroupAccess.requireLeaderOrStaff(caller, activities.get(activityId));
        return requests.ofActivity(activityId).stream().map(this::view).toList();
    }

    /** The regulator's requests in a status, the nearest activity first (the federation's staff). */
    List<AllowanceRequest> inStatus(Caller caller, String regulator, String status) {
        caller.requireStaffOf(regulator);
        if (!List.of(PENDING, APPROVED, REFUSED).contains(status)) {
            throw new InvalidRequestException("status", Texts.of("training.allowance.status.unknown", "status", status));
        }
        return requests.of(regulator, status).stream().map(this::view).toList();
    }

    AllowanceRequest decide(Caller caller, long requestId, AllowanceDecision decision, String language) {
        AllowanceRequests.StoredRequest request = find(requestId);
        TrainingActivities.ActivityRow activity = activities.get(request.activityId());
        caller.requireStaffOf(activity.regulator());
        new Validation().require(decision.approved() != null, "approved", Texts.of("training.allowance.approved.required"))
                .require(Boolean.TRUE.equals(decision.approved()) || decision.reason() != null && !decision.reason().isBlank(), "reason",
                        Texts.of("training.allowance.reason.required"))
                .maxLength("reason", decision.reason(), 1000).throwIfAny();
        if (decision.approved()) {
            RulePack pack = packs.require(activity.regulator(), PackManifest.TRAINING);
            // the rules judge the approval's day, with the request's own day as it was made
            AllowanceRules.refuseIfIneligible(evaluate(pack, activity, request.program(), request.region(),
                    LocalDate.ofInstant(request.requestedAt(), clock.getZone()), LocalDate.now(clock), language), language);
        }
        String reason = decision.reason() == null || decision.reason().isBlank() ? null : decision.reason().trim();
        transactions.executeWithoutResult(tx -> {
            String status = requests.lockStatus(requestId);
            if (!PENDING.equals(status)) {
                throw new ConflictException(Texts.of("training.allowance.decided", Map.of("request", String.valueOf(requestId),
                        "status", status)));
            }
            requests.decide(requestId, decision.approved() ? APPROVED : REFUSED, caller.username(), Timestamp.from(clock.instant()), reason);
        });
        return get(requestId);
    }

    private static Evaluation evaluate(RulePack pack, TrainingActivities.ActivityRow activity, String program, String region,
                                       LocalDate requestedOn, LocalDate validatedOn, String language) {
        PackManifest.Cycle period = pack.manifest().cycleOn(activity.date())
                .orElseThrow(() -> new ConflictException(pack.parameters().message("refusal.period.none", language,
                        Map.of("date", activity.date()))));
        return pack.evaluate(period, List.of(new TrainingActivity(activity.date(), activity.blockList(), requestedOn, program, region,
                validatedOn)));
    }

    private AllowanceRequests.StoredRequest find(long id) {
        return requests.find(id).orElseThrow(() -> new NotFoundException(Texts.of("training.allowance.notFound", "id", String.valueOf(id))));
    }

    private AllowanceRequest get(long id) {
        return view(find(id));
    }

    /** A request with its programme's label in the caller's language, from the pack of the request's regulator. */
    private AllowanceRequest view(AllowanceRequests.StoredRequest r) {
        String language = Languages.current();
        String label = packs.require(r.regulator()).parameters().item("allowancePrograms", r.program())
                .map(i -> ActivityViews.label(i, language)).orElse(r.program());
        return new AllowanceRequest(r.id(), r.activityId(), r.activityDate(), r.program(), label, r.region(), r.consecutiveHours(),
                r.status(), r.requestedBy(), r.requestedAt(), r.ruleSetVersion(), r.decidedBy(), r.decidedAt(), r.decisionReason());
    }
}
