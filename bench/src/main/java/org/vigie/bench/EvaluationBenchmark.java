package org.vigie.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

import org.vigie.rules.Evaluation;
import org.vigie.rules.PackCompiler;
import org.vigie.rules.PackManifest;
import org.vigie.rules.RulePack;
import org.vigie.rules.facts.DeclaredActivity;
import org.vigie.rules.facts.GrantedExemption;
import org.vigie.rules.facts.MemberCycle;

/**
 * Member evaluations per second: the OTPQ pack through Drools (exactly the service's path, every
 * figure with its rule and inputs) against the same rules written by hand, on 1 and 2 threads.
 * Usage: EvaluationBenchmark [rules/otpq] [members] [rounds]
 */
public final class EvaluationBenchmark {
    private static final String[] TYPES = {"course", "congress", "university", "ethics-training", "reading", "self-study"};
    private static final String[] CATEGORIES = {"structured", "structured", "structured", "ethics", "autonomous", "autonomous"};
    private static final int ACTIVITIES = 20;

    record Member(MemberCycle cycle, List<Object> facts) {
    }

    public static void main(String[] args) throws Exception {
        Path packDir = Path.of(args.length > 0 ? args[0] : "rules/otpq");
        int memberCount = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        RulePack pack = PackCompiler.compile(packDir);
        PackManifest.Cycle cycle = pack.cycle("2022-2025").orElseThrow();
        HandWrittenOtpqEvaluator baseline = new HandWrittenOtpqEvaluator(pack.parametersFor(cycle),
                pack.parameters().list("activityTypes"));
        List<Member> members = members(cycle, memberCount);

        int mismatches = 0;
        for (Member m : members) {
            Evaluation e = pack.evaluate(cycle, m.facts());
            var h = baseline.evaluate(m.cycle());
            if (Math.abs(e.required("remaining.structured").getValue() - h.structured()) > 1e-6
                    || Math.abs(e.required("remaining.ethics").getValue() - h.ethics()) > 1e-6
                    || Math.abs(e.required("remaining.total").getValue() - h.total()) > 1e-6) {
                mismatches++;
            }
        }
        if (mismatches > 0) {
            throw new IllegalStateException(mismatches + " members evaluated differently by Drools and by hand");
        }
        System.out.printf("%d members, %d activities each, pack %s %s; Drools and hand-written agree on every member%n",
                memberCount, ACTIVITIES, pack.regulator(), pack.version());
        System.out.println("| evaluator | threads | median evaluations/s | min | max |");
        System.out.println("|---|---|---|---|---|");
        double drools1 = run("Drools", 1, rounds, members, i -> pack.evaluate(cycle, members.get(i).facts()));
        double drools2 = run("Drools", 2, rounds, members, i -> pack.evaluate(cycle, members.get(i).facts()));
        double hand1 = run("hand-written Java", 1, rounds, members,
                i -> baseline.evaluate(members.get(i).cycle()));
        double hand2 = run("hand-written Java", 2, rounds, members,
                i -> baseline.evaluate(members.get(i).cycle()));
        System.out.printf(Locale.ROOT, "ratio hand-written / Drools: %.1fx on 1 thread, %.1fx on 2 threads%n",
                hand1 / drools1, hand2 / drools2);
    }

    private static double run(String name, int threads, int rounds, List<Member> members, IntConsumer evaluate) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            round(pool, threads, members.size(), evaluate); // warm-up
            round(pool, threads, members.size(), evaluate);
            double[] rates = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                long start = System.nanoTime();
                round(pool, threads, members.size(), evaluate);
                rates[r] = members.size() / ((System.nanoTime() - start) / 1e9);
            }
            Arrays.sort(rates);
            double median = rates[rounds / 2];
            System.out.printf(Locale.ROOT, "| %s | %d | %,.0f | %,.0f | %,.0f |%n", name, threads, median, rates[0], rates[rounds - 1]);
            return median;
        } finally {
            pool.shutdown();
        }
    }

    /** Each thread evaluates its own share of the members. */
    private static void round(ExecutorService pool, int threads, int count, IntConsumer evaluate) throws Exception {
        List<Future<?>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int from = count * t / threads;
            int to = count * (t + 1) / threads;
            parts.add(pool.submit(() -> {
                for (int i = from; i < to; i++) {
                    evaluate.accept(i);
                }
            }));
        }
        for (Future<?> part : parts) {
            part.get();
        }
    }

    private static List<Member> members(PackManifest.Cycle cycle, int count) {
        Random random = new Random(42);
        List<Member> members = new ArrayList<>();
        for (int m = 0; m < count; m++) {
            LocalDate admission = random.nextInt(5) == 0 ? cycle.start().plusDays(random.nextInt(1000)) : null;
            List<DeclaredActivity> activities = new ArrayList<>();
            for (int a = 0; a < ACTIVITIES; a++) {
                int t = random.nextInt(TYPES.length);
                activities.add(new DeclaredActivity(m + "-" + a, CATEGORIES[t], TYPES[t], 0.5 * (1 + random.nextInt(8))));
            }
            List<GrantedExemption> exemptions = random.nextInt(10) == 0
                    ? List.of(new GrantedExemption("e" + m, 1 + random.nextInt(10))) : List.of();
            MemberCycle memberCycle = new MemberCycle(cycle.id(), cycle.start(), cycle.end(), admission, activities, exemptions);
            members.add(new Member(memberCycle, List.of(memberCycle)));
        }
        return members;
    }
}
