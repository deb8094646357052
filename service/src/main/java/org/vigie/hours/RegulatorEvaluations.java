package org.vigie.hours;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigie.exemptions.GrantedExemptions;
import org.vigie.members.MemberDirectory;
import org.vigie.members.Membership;
import org.vigie.rules.Evaluation;
import org.vigie.rules.PackManifest;
import org.vigie.rules.RulePack;
import org.vigie.rules.facts.DeclaredActivity;
import org.vigie.rules.facts.EarnedCredit;
import org.vigie.rules.facts.GrantedExemption;
import org.vigie.rules.facts.MemberCycle;
import org.vigie.rules.facts.RuleFunctions;
import org.vigie.training.TrainingCredits;

/**
 * Evaluating a regulator's whole membership: the facts of every member loaded in three queries,
 * then each member's cycle run through a rule pack. Used by the impact report (two packs side by
 * side) and by the re-evaluation that follows an activation.
 */
@Component
class RegulatorEvaluations {
    private final MemberDirectory directory;
    private final GrantedExemptions grantedExemptions;
    private final JdbcClient jdbc;
    private final TrainingCredits credits;

    RegulatorEvaluations(MemberDirectory directory, GrantedExemptions grantedExemptions, JdbcClient jdbc, TrainingCredits credits) {
        this.directory = directory;
        this.grantedExemptions = grantedExemptions;
        this.jdbc = jdbc;
        this.credits = credits;
    }

    /** A requirement not met, in short: what the impact report and the snapshots compare. */
    record GapSummary(String requirement, double missingHours) {
    }

    /** What a member's cycle came to: status and gaps. */
    record Outcome(String status, List<GapSummary> gaps) {
        /** A stable text form, kept in the snapshots: {@code structured:14;total:28}. */
        String gapsText() {
            return gaps.stream().map(g -> g.requirement() + ":" + g.missingHours()).collect(Collectors.joining(";"));
        }
    }

    /** One member's facts across the regulator's cycles (declarations that count, validated exemptions, credits earned elsewhere). */
    record MemberFacts(long memberId, Membership membership, Map<String, List<DeclaredActivity>> activities,
                       Map<String, List<GrantedExemption>> exemptions, List<EarnedCredit> credits) {

        MemberCycle in(PackManifest.Cycle cycle, LocalDate day) {
            return new MemberCycle(cycle.id(), cycle.start(), cycle.end(), membership.admissionDate(),
                    activities.getOrDefault(cycle.id(), List.of()), exemptions.getOrDefault(cycle.id(), List.of()),
                    credits.stream().filter(c -> cycle.contains(c.getDate())).toList()).on(day);
        }
    }

    List<MemberFacts> load(String regulator) {
        Map<Long, Map<String, List<DeclaredActivity>>> declarations = new HashMap<>();
        jdbc.sql("SELECT member_id, cycle_id, id, category, activity_type, hours FROM declaration"
                        + " WHERE regulator = ? AND status = 'SUBMITTED'")
                .param(regulator)
                .query(rs -> {
                    declarations.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                            .add(new DeclaredActivity(rs.getString(3), rs.getString(4), rs.getString(5), rs.getDouble(6)));
                });
        Map<Long, Map<String, List<GrantedExemption>>> exemptions = grantedExemptions.ofRegulator(regulator);
        Map<Long, List<EarnedCredit>> earned = credits.earnedByMembersOf(regulator);
        List<MemberFacts> members = new ArrayList<>();
        for (MemberDirectory.Enrolment enrolment : directory.enrolments(regulator)) {
            members.add(new MemberFacts(enrolment.memberId(), enrolment.membership(),
                    declarations.getOrDefault(enrolment.memberId(), Map.of()),
                    exemptions.getOrDefault(enrolment.memberId(), Map.of()), earned.getOrDefault(enrolment.memberId(), List.of())));
        }
        return members;
    }

    /** The member's outcome as the pack judges it on {@code day} (a cycle ended by then reads as ended). */
    static Outcome outcome(RulePack pack, PackManifest.Cycle cycle, MemberFacts member, LocalDate day) {
        Evaluation evaluation = pack.evaluate(cycle, List.of(member.in(cycle, day)));
        return new Outcome(evaluation.status() == null ? null : evaluation.status().getCode(),
                evaluation.gaps().stream().map(g -> new GapSummary(g.getRequirement(), RuleFunctions.round2(g.getMissing()))).toList());
    }
}
