package org.vigie.rules;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;

/**
 * The rule packs' metrics: evaluations by pack with their latency ({@code vigie.evaluations}), and the packs' loads
 * ({@code vigie.rules.reloads}: activated, refused — a folder that does not compile or fails its author cases —,
 * followed from another instance, or not recorded when the database failed). Registered in Micrometer's global registry,
 * which Spring Boot binds to the one it exports (Prometheus), so that the command line and unit tests, which have no
 * Spring context, count into a registry nobody reads.
 */
final class RuleMetrics {
    static final String EVALUATIONS = "vigie.evaluations";
    static final String RELOADS = "vigie.rules.reloads";

    private static final java.util.Map<String, Timer> TIMERS = new java.util.concurrent.ConcurrentHashMap<>();

    private RuleMetrics() {
    }

    static Timer.Sample start() {
        return Timer.start(Metrics.globalRegistry);
    }

    static void evaluated(Timer.Sample sample, String pack, boolean ok) {
        // every request that evaluates ends here: the timer is built once per pack and outcome, not looked up each time
        sample.stop(TIMERS.computeIfAbsent(pack + (ok ? "|done" : "|failed"), key -> Timer.builder(EVALUATIONS)
                .description("Rule evaluations of a member's facts, by pack").tags("pack", pack, "outcome", ok ? "done" : "failed")
                .register(Metrics.globalRegistry)));
    }

    /** One load of a pack: activated, refused, followed or unrecorded. */
    static void reloaded(String pack, String outcome) {
        Counter.builder(RELOADS).description("Rule pack loads by outcome (refused: a compilation or author case failed)")
                .tags("pack", pack, "outcome", outcome).register(Metrics.globalRegistry).increment();
    }
}
