package org.vigie.hours;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Component;
import org.vigie.rules.PackManifest;
import org.vigie.rules.RulePack;
import org.vigie.rules.PackVersions;
import org.vigie.rules.RulePacks;
import org.vigie.rules.RuleSetIncompleteException;

/**
 * Before a version is activated: every member of the regulator evaluated with the version serving
 * and with the candidate, cycle by cycle, and what would change (status, gaps), with examples.
 */
@Component
class ImpactReports {
    /** How many changed members (and failures) a report shows; the counts cover everyone. */
    private static final int EXAMPLES = 10;

    private final RulePacks packs;
    private final PackVersions versions;
    private final RegulatorEvaluations evaluations;
    private final Clock clock;

    ImpactReports(RulePacks packs, PackVersions versions, RegulatorEvaluations evaluations, Clock clock) {
        this.packs = packs;
        this.versions = versions;
        this.evaluations = evaluations;
        this.clock = clock;
    }

    record RuleSetRef(String version, String hash) {
    }

    /** A member's cycle whose status or gaps would differ; {@code before} is absent for a cycle the serving set does not have. */
    record Change(long memberId, String memberNumber, String cycleId, RegulatorEvaluations.Outcome before,
                  RegulatorEvaluations.Outcome after) {
    }

    /** A member's cycle the candidate could not evaluate: the rule at fault, as the 503 would say. */
    record Failure(long memberId, String memberNumber, String cycleId, String message) {
    }

    /**
     * The report: how many members and cycles were evaluated, how many would change status, how many
     * only gaps, the status transitions ({@code in_progress → completed}: 12), and examples.
     */
    record ImpactReport(String regulator, RuleSetRef serving, RuleSetRef candidate, int members, int evaluations,
                        int unchanged, int statusChanges, int gapChanges, int failures,
                        Map<String, Integer> statusTransitions, List<Change> examples, List<Failure> failureExamples,
                        Instant computedAt) {
    }

    ImpactReport of(String regulator, long versionId) {
        RulePack candidate = versions.compiledVersion(regulator, versionId);
        RulePack serving = packs.require(regulator, PackManifest.HOURS);
        List<RegulatorEvaluations.MemberFacts> members = evaluations.load(regulator);
        Set<String> cycleIds = new LinkedHashSet<>();
        serving.manifest().cycles().forEach(c -> cycleIds.add(c.id()));
        candidate.manifest().cycles().forEach(c -> cycleIds.add(c.id()));
        LocalDate today = LocalDate.now(clock);

        int evaluated = 0;
        int unchanged = 0;
        int statusChanges = 0;
        int gapChanges = 0;
        int failures = 0;
        Map<String, Integer> transitions = new TreeMap<>();
        List<Change> examples = new ArrayList<>();
        List<Failure> failureExamples = new ArrayList<>();
        for (RegulatorEvaluations.MemberFacts member : members) {
            for (String cycleId : cycleIds) {
                Optional<PackManifest.Cycle> before = serving.cycle(cycleId);
                Optional<PackManifest.Cycle> after = candidate.cycle(cycleId);
                evaluated++;
                RegulatorEvaluations.Outcome was;
                RegulatorEvaluations.Outcome will;
                try {
                    will = after.map(c -> RegulatorEvaluations.outcome(candidate, c, member, today)).orElse(null);
                } catch (RuleSetIncompleteException e) {
                    failures++;
                    if (failureExamples.size() < EXAMPLES) {
                        failureExamples.add(new Failure(member.memberId(), member.membership().number(), cycleId, e.getMessage()));
                    }
                    continue;
                }
                try {
                    was = before.map(c -> RegulatorEvaluations.outcome(serving, c, member, today)).orElse(null);
                } catch (RuleSetIncompleteException e) {
                    was = null;
                }
                String statusBefore = was == null ? "—" : String.valueOf(was.status());
                String statusAfter = will == null ? "—" : String.valueOf(will.status());
                if (!statusBefore.equals(statusAfter)) {
                    statusChanges++;
                    transitions.merge(statusBefore + " → " + statusAfter, 1, Integer::sum);
                } else if (!Objects.equals(was, will)) {
                    gapChanges++;
                } else {
                    unchanged++;
                    continue;
                }
                if (examples.size() < EXAMPLES) {
                    examples.add(new Change(member.memberId(), member.membership().number(), cycleId, was, will));
                }
            }
        }
        return new ImpactReport(regulator, new RuleSetRef(serving.version(), serving.hash()),
                new RuleSetRef(candidate.version(), candidate.hash()), members.size(), evaluated, unchanged, statusChanges,
                gapChanges, failures, transitions, examples, failureExamples, clock.instant());
    }
}
