package org.vigie.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.vigie.rules.facts.Figure;
import org.vigie.rules.facts.Gap;
import org.vigie.rules.facts.Status;

/**
 * A compiled rule set, ready to evaluate: its manifest, parameters and Drools knowledge base.
 * Immutable, so requests in flight keep the pack they started with while a new one is swapped in.
 */
public final class RulePack {
    private final PackManifest manifest;
    private final PackParameters parameters;
    /** Sessions are reused (reset on dispose): creating one per evaluation costs more than the rules. */
    private final KieSessionsPool sessions;
    private final String hash;
    private final Map<String, List<Object>> standingFactsByCycle = new ConcurrentHashMap<>();

    RulePack(PackManifest manifest, PackParameters parameters, KieBase kieBase, String hash) {
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors() * 2);
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

    /**
     * Runs the rules over a member's facts for one cycle. The pack adds its own parameters (the
     * values in force at the cycle's start) and lists; the rules insert figures, gaps and a status.
     */
    public Evaluation evaluate(PackManifest.Cycle cycle, List<?> memberFacts) {
        Map<String, Figure> figures = new HashMap<>();
        List<Gap> gaps = new ArrayList<>();
        Status status = null;
        KieSession session = sessions.newKieSession();
        try {
            for (Object fact : memberFacts) {
                session.insert(fact);
            }
            for (Object fact : standingFacts(cycle)) {
                session.insert(fact);
            }
            session.fireAllRules();
            for (Object o : session.getObjects()) {
                if (o instanceof Figure figure) {
                    figures.put(figure.getKey(), figure);
                } else if (o instanceof Gap gap) {
                    gaps.add(gap);
                } else if (o instanceof Status s) {
                    status = s;
                }
            }
        } finally {
            session.dispose();
        }
        return new Evaluation(regulator(), version(), hash, cycle, figures, gaps, status, parameters);
    }

    private List<Object> standingFacts(PackManifest.Cycle cycle) {
        return standingFactsByCycle.computeIfAbsent(cycle.id(), id -> {
            List<Object> facts = new ArrayList<>(parameters.numbersInForce(cycle.start()));
            facts.addAll(parameters.allListItems());
            return List.copyOf(facts);
        });
    }
}
