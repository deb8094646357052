package org.vigie.training;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.Wording;
import org.vigie.rules.Evaluation;
import org.vigie.rules.PackManifest;
import org.vigie.rules.RulePack;
import org.vigie.rules.RulePacks;
import org.vigie.rules.facts.Finding;
import org.vigie.rules.facts.TrainingActivity;
import org.vigie.web.Bodies;
import org.vigie.web.Caller;
import org.vigie.web.ConflictException;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.NotFoundException;
import org.vigie.web.Validation;

/**
 * Allowance requests for an activity: the training fund (annex XIX) and designated-region
 * resourcing (annex XII). The leader asks before the activity; the federation validates before it
 * takes place, never after. The rules of the pack decide at both moments, with the day of each:
 * a refusal is the rule's own sentence.
 */
@RestController
@Tag(name = "Training", description = "Group online training (FMOQ): groups, activities, attendance, allowances, credits")
class TrainingAllowances {
    static final String PENDING = "PENDING";
    static final String APPROVED = "APPROVED";
    static final String REFUSED = "REFUSED";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final RulePacks packs;
    private final TrainingRecords records;
    private final Clock clock;

    TrainingAllowances(JdbcClient jdbc, TransactionTemplate transactions, RulePacks packs, TrainingRecords records, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.packs = packs;
        this.records = records;
        this.clock = clock;
    }

    record NewRequest(String program, String region) {
    }

    record AllowanceRequest(long id, long activityId, LocalDate activityDate, String program, String programLabel, String region,
                            double consecutiveHours, String status, String requestedBy, Instant requestedAt, String ruleSetVersion,
                            String decidedBy, Instant decidedAt, String decisionReason) {
    }

    @PostMapping("/api/training/activities/{activityId}/allowance-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The leader requests an allowance for an activity (annexXIX: training fund; annexXII: designated-region "
            + "resourcing, with the region where the physicians practise); refused with the rule's reason when the activity has fewer "
            + "consecutive hours than the minimum or the request comes on or after its day; pending until the federation decides")
    AllowanceRequest request(@PathVariable long activityId, @RequestBody NewRequest body) {
        NewRequest request = Bodies.required(body);
        TrainingRecords.ActivityRow activity = records.get(activityId);
        Caller caller = TrainingRecords.requireLeader(activity.leaderId());
        RulePack pack = packs.require(activity.regulator(), PackManifest.TRAINING);
        checkProgram(pack, request.program(), request.region(), true);
        if (activity.blockList().isEmpty()) {
            throw new ConflictException("L'horaire de l'activité n° " + activityId + " n'est pas indiqué : l'admissibilité se juge sur ses "
                    + "blocs de formation consécutifs.");
        }
        Evaluation evaluation = evaluate(pack, activity, request.program(), request.region(), LocalDate.now(clock), null);
        refuseIfIneligible(evaluation);
        long id;
        try {
            id = transactions.execute(tx -> {
                jdbc.sql("INSERT INTO training_allowance_request (activity_id, program, region, consecutive_hours, status, requested_by,"
                                + " requested_at, rule_set_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(activityId, request.program(), request.region(),
                                BigDecimal.valueOf(evaluation.required("training.consecutive").getValue()), PENDING, caller.username(),
                                Timestamp.from(clock.instant()), evaluation.version())
                        .update();
                return jdbc.sql("SELECT id FROM training_allowance_request WHERE activity_id = ? AND program = ?")
                        .params(activityId, request.program()).query(Long.class).single();
            });
        } catch (DuplicateKeyException already) {
            throw new ConflictException("Une demande au programme « " + request.program() + " » existe déjà pour l'activité n° " + activityId + ".");
        }
        return get(id);
    }

    @GetMapping("/api/training/activities/{activityId}/allowance-requests")
    @Operation(summary = "The activity's allowance requests and their decisions (the leader, the federation's staff)")
    List<AllowanceRequest> ofActivity(@PathVariable long activityId) {
        TrainingRecords.requireLeaderOrStaff(records.get(activityId));
        return list("r.activity_id = ?", activityId);
    }

    @GetMapping("/api/regulators/{regulator}/training/allowance-requests")
    @Operation(summary = "The requests waiting for the federation's decision, the nearest activity first (the federation's staff); "
            + "status=APPROVED or REFUSED lists the decided ones")
    List<AllowanceRequest> waiting(@PathVariable String regulator, @RequestParam(defaultValue = PENDING) String status) {
        Caller.current().requireStaffOf(regulator);
        if (!List.of(PENDING, APPROVED, REFUSED).contains(status)) {
            throw new InvalidRequestException("status", "État inconnu : « " + status + " » (PENDING, APPROVED ou REFUSED).");
        }
        return list("g.regulator = ? AND r.status = ?", regulator, status);
    }

    record AllowanceDecision(Boolean approved, String reason) {
    }

    @PostMapping("/api/training/allowance-requests/{requestId}/decision")
    @Operation(summary = "The federation approves a pending request, before the activity takes place (409 on or after its day, with "
            + "the rule's reason), or refuses it with a reason; decided once")
    AllowanceRequest decide(@PathVariable long requestId, @RequestBody AllowanceDecision body) {
        AllowanceDecision decision = Bodies.required(body);
        AllowanceRequest request = get(requestId);
        TrainingRecords.ActivityRow activity = records.get(request.activityId());
        Caller caller = Caller.current().requireStaffOf(activity.regulator());
        new Validation().require(decision.approved() != null, "approved", "Indiquez si la demande est approuvée (true) ou refusée (false).")
                .require(Boolean.TRUE.equals(decision.approved()) || decision.reason() != null && !decision.reason().isBlank(), "reason",
                        "Le motif du refus est obligatoire.")
                .maxLength("reason", decision.reason(), 1000).throwIfAny();
        if (decision.approved()) {
            RulePack pack = packs.require(activity.regulator(), PackManifest.TRAINING);
            // the rules judge the approval's day, with the request's own day as it was made
            refuseIfIneligible(evaluate(pack, activity, request.program(), request.region(),
                    LocalDate.ofInstant(request.requestedAt(), clock.getZone()), LocalDate.now(clock)));
        }
        transactions.executeWithoutResult(tx -> {
            String status = jdbc.sql("SELECT status FROM training_allowance_request WHERE id = ? FOR UPDATE").param(requestId)
                    .query(String.class).single();
            if (!PENDING.equals(status)) {
                throw new ConflictException("La demande n° " + requestId + " est déjà décidée (" + status + ").");
            }
            jdbc.sql("UPDATE training_allowance_request SET status = ?, decided_by = ?, decided_at = ?, decision_reason = ? WHERE id = ?")
                    .params(decision.approved() ? APPROVED : REFUSED, caller.username(), Timestamp.from(clock.instant()),
                            decision.reason() == null || decision.reason().isBlank() ? null : decision.reason().trim(), requestId)
                    .update();
        });
        return get(requestId);
    }

    private static Evaluation evaluate(RulePack pack, TrainingRecords.ActivityRow activity, String program, String region,
                                       LocalDate requestedOn, LocalDate validatedOn) {
        PackManifest.Cycle period = pack.manifest().cycleOn(activity.date())
                .orElseThrow(() -> new ConflictException("Aucune période des règles de la Fédération ne couvre le " + pack.parameters().wording("fr").date(activity.date()) + "."));
        return pack.evaluate(period, List.of(new TrainingActivity(activity.date(), activity.blockList(), requestedOn, program, region,
                validatedOn)));
    }

    /**
     * The programme and region of an allowance request or question, against the pack's lists: a known programme (required for a
     * request), a known region, and one where the programme needs it (annex XII).
     */
    static void checkProgram(RulePack pack, String program, String region, boolean programRequired) {
        new Validation().require(program == null && !programRequired || program != null && pack.parameters().item("allowancePrograms", program).isPresent(),
                        "program", "Programme inconnu : « " + program + " » (" + String.join(", ",
                                pack.parameters().list("allowancePrograms").stream().map(i -> i.getCode()).toList()) + ").")
                .require(region == null || pack.parameters().item("regions", region).isPresent(), "region",
                        "Région inconnue : « " + region + " ».")
                .require(region != null || !pack.parameters().item("allowancePrograms", String.valueOf(program))
                        .map(p -> "true".equals(p.attribute("needsRegion"))).orElse(false), "region",
                        "Indiquez la région où pratiquent les médecins (code de région administrative).")
                .throwIfAny();
    }

    /** Refusals about what the leader typed, on the field concerned (400); every other reason concerns the activity (409). */
    private static final Map<String, String> FIELDS = Map.of("allowance.regionNotDesignated", "region");

    private static void refuseIfIneligible(Evaluation evaluation) {
        List<Finding> refusals = evaluation.findings("ineligible");
        if (refusals.isEmpty()) {
            return;
        }
        if (refusals.stream().allMatch(f -> FIELDS.containsKey(f.getCode()))) {
            Validation refused = new Validation();
            refusals.forEach(f -> refused.refuse(FIELDS.get(f.getCode()), evaluation.message(f, "fr")));
            refused.throwIfAny();
        }
        throw new ConflictException(refusals.stream().map(f -> evaluation.message(f, "fr")).collect(Collectors.joining(" ")));
    }

    private AllowanceRequest get(long id) {
        return list("r.id = ?", id).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Aucune demande d'allocation n'a l'identifiant " + id + "."));
    }

    private List<AllowanceRequest> list(String where, Object... params) {
        return jdbc.sql("SELECT r.id, r.activity_id, a.activity_date, r.program, r.region, r.consecutive_hours, r.status, r.requested_by,"
                        + " r.requested_at, r.rule_set_version, r.decided_by, r.decided_at, r.decision_reason, g.regulator"
                        + " FROM training_allowance_request r JOIN training_activity a ON a.id = r.activity_id"
                        + " JOIN training_group g ON g.id = a.group_id WHERE " + where + " ORDER BY a.activity_date, r.id")
                .params(List.of(params))
                .query((rs, n) -> new AllowanceRequest(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(), rs.getString(4),
                        label(rs.getString(14), rs.getString(4)), rs.getString(5), rs.getDouble(6), rs.getString(7), rs.getString(8),
                        rs.getTimestamp(9).toInstant(), rs.getString(10), rs.getString(11),
                        rs.getTimestamp(12) == null ? null : rs.getTimestamp(12).toInstant(), rs.getString(13)))
                .list();
    }

    private String label(String regulator, String program) {
        return packs.require(regulator).parameters().item("allowancePrograms", program).map(i -> i.attribute("fr")).orElse(program);
    }
}
