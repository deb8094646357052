package org.vigie.hours;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigie.rules.PackManifest;
import org.vigie.rules.PackStatus;
import org.vigie.rules.RulePack;
import org.vigie.rules.RulePacks;
import org.vigie.rules.RuleSetActivated;
import org.vigie.rules.RuleSetIncompleteException;
import org.vigie.web.NotFoundException;
import org.vigie.web.Texts;

/**
 * After a rule set is activated, every member of the regulator is evaluated again in the
 * background, cycle by cycle, and the result is kept as a snapshot that names the rule-set version
 * it was computed with. Progress is in table {@code reevaluation}, one row per activation. Only the
 * instance that made the activation runs it.
 */
@Component
class Reevaluations {
    private static final Logger log = LoggerFactory.getLogger(Reevaluations.class);
    /** Members evaluated between two writes (and two progress updates). */
    private static final int CHUNK_MEMBERS = 1000;
    /** Snapshots per INSERT. */
    private static final int ROWS_PER_STATEMENT = 500;

    private final RulePacks packs;
    private final RegulatorEvaluations evaluations;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final MeterRegistry meters;
    /** Per pack, the member cycles the running re-evaluation has still to evaluate (gauge vigie.reevaluation.remaining). */
    private final Map<String, AtomicInteger> remaining = new ConcurrentHashMap<>();
    /** The evaluations run on every core (the rule packs' sessions come from a pool and share nothing). */
    private final int threads = Runtime.getRuntime().availableProcessors();
    private final ForkJoinPool evaluators = new ForkJoinPool(threads);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "reevaluation");
        thread.setDaemon(true);
        return thread;
    });

    Reevaluations(RulePacks packs, RegulatorEvaluations evaluations, JdbcClient jdbc, Clock clock, MeterRegistry meters) {
        this.packs = packs;
        this.evaluations = evaluations;
        this.jdbc = jdbc;
        this.clock = clock;
        this.meters = meters;
        // every serving hours pack's gauge exists from the start, at 0 until an activation gives it work
        packs.statuses().stream().filter(st -> st.activeHash() != null).map(PackStatus::regulator)
                .filter(r -> packs.require(r).manifest().isKind(PackManifest.HOURS)).forEach(this::remaining);
    }

    private AtomicInteger remaining(String regulator) {
        return remaining.computeIfAbsent(regulator, r -> {
            var left = new AtomicInteger();
            Gauge.builder("vigie.reevaluation.remaining", left, AtomicInteger::get)
                    .description("Member cycles the running re-evaluation after an activation has still to evaluate")
                    .tag("pack", r).register(meters);
            return left;
        });
    }

    private Counter evaluated(String regulator, String outcome) {
        return Counter.builder("vigie.reevaluation.evaluations").description("Member cycles re-evaluated after an activation")
                .tags("pack", regulator, "outcome", outcome).register(meters);
    }

    /** How a re-evaluation stands: RUNNING, DONE, SUPERSEDED (a newer activation came first) or FAILED. */
    record Progress(long id, String regulator, long activationId, String ruleSetVersion, String ruleSetHash, String state,
                    int total, int done, int changed, int failed, Instant startedAt, Instant finishedAt, String lastError) {
    }

    /** A member's latest result for a cycle, as the last re-evaluation computed it, with the version behind it. */
    record Snapshot(long memberId, String regulator, String cycleId, String status,
                    List<RegulatorEvaluations.GapSummary> gaps, String ruleSetVersion,
                    String ruleSetHash, Instant evaluatedAt) {
    }

    @EventListener
    void onActivation(RuleSetActivated activation) {
        if (!packs.require(activation.regulator()).manifest().isKind(PackManifest.HOURS)) {
            return; // hours results only; a pathway is evaluated each time it is read
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("INSERT INTO reevaluation (regulator, activation_id, rule_set_version, rule_set_hash, state, total, done, changed,"
                        + " failed, started_at) VALUES (?, ?, ?, ?, 'RUNNING', 0, 0, 0, 0, ?)")
                .params(activation.regulator(), activation.activationId(), activation.version(), activation.hash(), now)
                .update();
        long id = jdbc.sql("SELECT MAX(id) FROM reevaluation WHERE activation_id = ? AND regulator = ?")
                .params(activation.activationId(), activation.regulator()).query(Long.class).single();
        worker.execute(() -> run(id, activation));
    }

    private void run(long id, RuleSetActivated activation) {
        try {
            RulePack pack = packs.require(activation.regulator());
            if (!pack.hash().equals(activation.hash())) {
                finish(id, "SUPERSEDED", "version " + pack.version() + " (" + pack.hash() + ") was activated since");
                return;
            }
            long began = System.nanoTime();
            List<RegulatorEvaluations.MemberFacts> members = evaluations.load(activation.regulator());
            Map<String, String> previous = previousResults(activation.regulator());
            long reading = System.nanoTime() - began;
            List<PackManifest.Cycle> cycles = pack.manifest().cycles();
            LocalDate today = LocalDate.now(clock);
            int total = members.size() * cycles.size();
            jdbc.sql("UPDATE reevaluation SET total = ? WHERE id = ?").params(total, id).update();
            var left = remaining(activation.regulator());
            left.set(total);
            int done = 0;
            int changed = 0;
            int failed = 0;
            long evaluating = 0;
            long writing = 0;
            // chunk by chunk: the chunk's member cycles evaluated on every core, then written in multi-row statements
            for (int from = 0; from < members.size(); from += CHUNK_MEMBERS) {
                List<RegulatorEvaluations.MemberFacts> chunk = members.subList(from, Math.min(from + CHUNK_MEMBERS, members.size()));
                long t = System.nanoTime();
                List<Result> results = evaluate(pack, cycles, chunk, today);
                evaluating += System.nanoTime() - t;
                List<Result> outcomes = results.stream().filter(r -> r.outcome() != null).toList();
                long chunkChanged = outcomes.stream().filter(r -> !(r.outcome().status() + "|" + r.outcome().gapsText())
                        .equals(previous.get(r.memberId() + "/" + r.cycleId()))).count();
                evaluated(activation.regulator(), "changed").increment(chunkChanged);
                evaluated(activation.regulator(), "unchanged").increment(outcomes.size() - chunkChanged);
                evaluated(activation.regulator(), "failed").increment(results.size() - outcomes.size());
                changed += (int) chunkChanged;
                failed += results.size() - outcomes.size();
                t = System.nanoTime();
                saveAll(activation.regulator(), outcomes, pack);
                done += results.size();
                left.addAndGet(-results.size());
                progress(id, done, changed, failed);
                writing += System.nanoTime() - t;
            }
            finish(id, "DONE", null);
            log.info("Re-evaluated {} member cycle(s) of {} with version {}: {} changed, {} failed, in {} ms (reading {} ms, evaluating"
                            + " {} ms on {} threads, writing {} ms)", done, activation.regulator(), activation.version(), changed, failed,
                    (System.nanoTime() - began) / 1_000_000, reading / 1_000_000, evaluating / 1_000_000, threads, writing / 1_000_000);
        } catch (RuntimeException e) {
            remaining(activation.regulator()).set(0);
            log.error("Re-evaluation {} of {} failed", id, activation.regulator(), e);
            finish(id, "FAILED", e.getMessage());
        }
    }

    private Map<String, String> previousResults(String regulator) {
        Map<String, String> results = new HashMap<>();
        jdbc.sql("SELECT member_id, cycle_id, status, gaps FROM evaluation_snapshot WHERE regulator = ?")
                .param(regulator)
                .query(rs -> {
                    results.put(rs.getLong(1) + "/" + rs.getString(2), rs.getString(3) + "|" + rs.getString(4));
                });
        return results;
    }

    /** One member cycle's result: its outcome, or null when the rules could not judge it. */
    private record Result(long memberId, String cycleId, RegulatorEvaluations.Outcome outcome) {
    }

    private List<Result> evaluate(RulePack pack, List<PackManifest.Cycle> cycles, List<RegulatorEvaluations.MemberFacts> chunk,
                                  LocalDate today) {
        Callable<List<Result>> all = () -> chunk.parallelStream().flatMap(member -> cycles.stream().map(cycle -> {
            try {
                return new Result(member.memberId(), cycle.id(), RegulatorEvaluations.outcome(pack, cycle, member, today));
            } catch (RuleSetIncompleteException e) {
                return new Result(member.memberId(), cycle.id(), null);
            }
        })).toList();
        try {
            return evaluators.submit(all).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("re-evaluation interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** The results as snapshots, {@value #ROWS_PER_STATEMENT} rows per statement (one round trip and one log write each). */
    private void saveAll(String regulator, List<Result> results, RulePack pack) {
        Timestamp at = Timestamp.from(clock.instant());
        for (int from = 0; from < results.size(); from += ROWS_PER_STATEMENT) {
            List<Result> rows = results.subList(from, Math.min(from + ROWS_PER_STATEMENT, results.size()));
            List<Object> params = new ArrayList<>(rows.size() * 8);
            for (Result r : rows) {
                params.addAll(Arrays.asList(r.memberId(), regulator, r.cycleId(), r.outcome().status(), r.outcome().gapsText(),
                        pack.version(), pack.hash(), at));
            }
            jdbc.sql("INSERT INTO evaluation_snapshot (member_id, regulator, cycle_id, status, gaps, rule_set_version, rule_set_hash,"
                            + " evaluated_at) VALUES " + String.join(", ", Collections.nCopies(rows.size(), "(?, ?, ?, ?, ?, ?, ?, ?)"))
                            + " ON DUPLICATE KEY UPDATE status = VALUES(status), gaps = VALUES(gaps), rule_set_version = VALUES(rule_set_version),"
                            + " rule_set_hash = VALUES(rule_set_hash), evaluated_at = VALUES(evaluated_at)")
                    .params(params).update();
        }
    }

    private void progress(long id, int done, int changed, int failed) {
        jdbc.sql("UPDATE reevaluation SET done = ?, changed = ?, failed = ? WHERE id = ?").params(done, changed, failed, id).update();
    }

    private void finish(long id, String state, String error) {
        jdbc.sql("UPDATE reevaluation SET state = ?, finished_at = ?, last_error = ? WHERE id = ?")
                .params(state, Timestamp.from(clock.instant()), error == null ? null : error.substring(0, Math.min(error.length(), 1000)), id)
                .update();
    }

    List<Progress> of(String regulator) {
        return jdbc.sql("SELECT id, regulator, activation_id, rule_set_version, rule_set_hash, state, total, done, changed, failed,"
                        + " started_at, finished_at, last_error FROM reevaluation WHERE regulator = ? ORDER BY id DESC LIMIT 50")
                .param(regulator).query(Reevaluations::progress).list();
    }

    Progress one(String regulator, long id) {
        return jdbc.sql("SELECT id, regulator, activation_id, rule_set_version, rule_set_hash, state, total, done, changed, failed,"
                        + " started_at, finished_at, last_error FROM reevaluation WHERE regulator = ? AND id = ?")
                .params(regulator, id).query(Reevaluations::progress).optional()
                .orElseThrow(() -> new NotFoundException(Texts.of("hours.reevaluation.notFound", Map.of("id", String.valueOf(id), "regulator", regulator))));
    }

    List<Snapshot> snapshotsOf(long memberId) {
        return jdbc.sql("SELECT member_id, regulator, cycle_id, status, gaps, rule_set_version, rule_set_hash, evaluated_at"
                        + " FROM evaluation_snapshot WHERE member_id = ? ORDER BY regulator, cycle_id")
                .param(memberId)
                .query((rs, n) -> new Snapshot(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), gaps(rs.getString(5)),
                        rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()))
                .list();
    }

    private static List<RegulatorEvaluations.GapSummary> gaps(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split(";")).map(g -> g.split(":", 2))
                .map(p -> new RegulatorEvaluations.GapSummary(p[0], Double.parseDouble(p[1]))).toList();
    }

    private static Progress progress(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp finished = rs.getTimestamp(12);
        return new Progress(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getTimestamp(11).toInstant(),
                finished == null ? null : finished.toInstant(), rs.getString(13));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
        evaluators.shutdownNow();
    }
}
