package org.vigie.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.kie.api.KieBase;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.ConsequenceException;
import org.vigie.rules.facts.Figure;
import org.vigie.rules.facts.Finding;
import org.vigie.rules.facts.Gap;
import org.vigie.rules.facts.Parameters;
import org.vigie.rules.facts.Status;

/**
 * A compiled rule set, ready to evaluate: its manifest, parameters and Drools knowledge base.
 * Immutable, so requests in flight keep the pack they started with while a new one is swapped in.
 */
public final class RulePack {
    /** The global through which rule files read the pack's numbers and lists. */
    public static final String PARAMETERS_GLOBAL = "params";

    private final PackManifest manifest;
    private final PackParameters parameters;
    /** Sessions are reused (reset on dispose): creating one per evaluation costs more than the rules. */
    private final KieSessionsPool sessions;
    private final boolean rulesReadParameters;
    private final String hash;
    private final Map<String, Parameters> parametersByCycle = new ConcurrentHashMap<>();

    RulePack(PackManifest manifest, PackParameters parameters, KieBase kieBase, String hash) {
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors() * 2);
        this.rulesReadParameters = kieBase.getKiePackages().stream()
                .anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals(PARAMETERS_GLOBAL)));
        this.manifest = manifest;
        this.parameters = parameters;
        this.hash = hash;
    }

    public PackManifest manifest() { return manifest; }
    public PackParameters parameters() { return parameters; }
    public String regulator() { return manifest.regulator(); }
    public String version() { return manifest.version(); }
    public String hash() { return hash; }

    public Optional<PackManifest.Cycle> cycle(String cycleId) {
        return manifest.cycles().stream().filter(c -> c.id().equals(cycleId)).findFirst();
    }

    /** The parameters the rules read for a cycle: the numbers in force at its start, and the lists. */
    public Parameters parametersFor(PackManifest.Cycle cycle) {
        return parametersByCycle.computeIfAbsent(cycle.id(), id -> parameters.inForce(cycle.start()));
    }

    /**
     * Runs the rules over a member's facts for one cycle (for the hours packs, one
     * {@link org.vigie.rules.facts.MemberCycle}); the rules insert figures, gaps and a status.
     */
    public Evaluation evaluate(PackManifest.Cycle cycle, List<?> memberFacts) {
        var sample = RuleMetrics.start();
        boolean ok = false;
        try {
            Evaluation evaluation = evaluateOnce(cycle, memberFacts);
            ok = true;
            return evaluation;
        } finally {
            RuleMetrics.evaluated(sample, regulator(), ok);
        }
    }

    private Evaluation evaluateOnce(PackManifest.Cycle cycle, List<?> memberFacts) {
        Map<String, Figure> figures = new HashMap<>();
        List<Gap> gaps = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Status status = null;
        KieSession session = sessions.newKieSession();
        // findings keep the order the rules found them in: the first explains a refusal (salience, then the order in the file)
        Map<Finding, Integer> insertionOrder = new IdentityHashMap<>();
        RuleRuntimeEventListener ordering = new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                if (event.getObject() instanceof Finding finding) {
                    insertionOrder.putIfAbsent(finding, insertionOrder.size());
                }
            }
        };
        session.addEventListener(ordering);
        try {
            if (rulesReadParameters) {
                session.setGlobal(PARAMETERS_GLOBAL, parametersFor(cycle));
            }
            for (Object fact : memberFacts) {
                session.insert(fact);
            }
            session.fireAllRules();
            for (Object o : session.getObjects()) {
                if (o instanceof Figure figure) {
                    figures.put(figure.getKey(), figure);
                } else if (o instanceof Gap gap) {
                    gaps.add(gap);
                } else if (o instanceof Finding f) {
                    findings.add(f);
                } else if (o instanceof Status s) {
                    status = s;
                }
            }
            findings.sort(Comparator.comparingInt(f -> insertionOrder.getOrDefault(f, Integer.MAX_VALUE)));
        } catch (ConsequenceException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new RuleSetIncompleteException(regulator(), version(),
                    "rule \"" + e.getMatch().getRule().getName() + "\" failed: " + cause.getMessage());
        } catch (RuntimeException e) {
            throw new RuleSetIncompleteException(regulator(), version(), "the rules failed: " + e.getMessage());
        } finally {
            session.removeEventListener(ordering);
            session.dispose();
        }
        return new Evaluation(regulator(), version(), hash, cycle, figures, gaps, status, parameters, findings);
    }
}
