package org.vigie.hours;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigie.members.Member;
import org.vigie.members.Membership;
import org.vigie.rules.Evaluation;
import org.vigie.rules.PackManifest;
import org.vigie.rules.RulePack;
import org.vigie.rules.RulePacks;
import org.vigie.rules.facts.DeclaredActivity;
import org.vigie.rules.facts.Figure;
import org.vigie.exemptions.GrantedExemptions;
import org.vigie.rules.facts.MemberCycle;
import org.vigie.rules.facts.RuleFunctions;
import org.vigie.web.NotFoundException;

/**
 * Computes a member's {@link CycleDashboard}: loads the facts (declarations that count, validated
 * exemptions, admission date), runs the regulator's rule set, maps the figures. Java decides nothing here.
 */
@Component
class HoursDashboards {
    private final RulePacks packs;
    private final JdbcClient jdbc;
    private final GrantedExemptions grantedExemptions;
    private final Clock clock;

    HoursDashboards(RulePacks packs, JdbcClient jdbc, GrantedExemptions grantedExemptions, Clock clock) {
        this.packs = packs;
        this.jdbc = jdbc;
        this.grantedExemptions = grantedExemptions;
        this.clock = clock;
    }

    /** The cycle of a regulator's rule set, or 404 naming the cycles that exist. */
    static PackManifest.Cycle cycle(RulePack pack, String cycleId) {
        return pack.cycle(cycleId).orElseThrow(() -> new NotFoundException("Le cycle « " + cycleId + "» n'existe pas pour "
                + pack.regulator() + " (cycles : " + pack.manifest().cycles().stream().map(PackManifest.Cycle::id).toList() + ")."));
    }

    static Membership membership(Member member, String regulator) {
        return member.membership(regulator).orElseThrow(() -> new NotFoundException(
                "Ce membre n'est pas inscrit à l'ordre « " + regulator + " »."));
    }

    /** The first day that counts for this member: the cycle's start, or the (re)admission date within it. */
    static LocalDate memberStart(PackManifest.Cycle cycle, Membership membership) {
        return memberCycle(cycle, membership).getMemberStart();
    }

    private static MemberCycle memberCycle(PackManifest.Cycle cycle, Membership membership) {
        return new MemberCycle(cycle.id(), cycle.start(), cycle.end(), membership.admissionDate());
    }

    CycleDashboard evaluate(Member member, String regulator, String cycleId, String language) {
        RulePack pack = packs.require(regulator);
        PackManifest.Cycle cycle = cycle(pack, cycleId);
        Membership membership = membership(member, regulator);
        List<DeclaredActivity> activities = jdbc.sql("SELECT id, category, activity_type, hours FROM declaration"
                        + " WHERE member_id = ? AND regulator = ? AND cycle_id = ? AND status = 'SUBMITTED'")
                .params(member.getId(), regulator, cycleId)
                .query((rs, n) -> new DeclaredActivity(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4)))
                .list();
        MemberCycle memberCycle = new MemberCycle(cycle.id(), cycle.start(), cycle.end(), membership.admissionDate(),
                activities, grantedExemptions.of(member.getId(), regulator, cycleId));
        Evaluation evaluation = pack.evaluate(cycle, List.of(memberCycle));
        return map(member.getId(), memberCycle, evaluation, language);
    }

    private CycleDashboard map(long memberId, MemberCycle cycle, Evaluation evaluation, String language) {
        var status = evaluation.status();
        return new CycleDashboard(memberId, evaluation.regulator(), cycle.getCycleId(), cycle.getMemberStart(), cycle.getCycleEnd(),
                new CycleDashboard.StatusView(status == null ? null : status.getCode(), evaluation.statusLabel(language),
                        status == null ? null : status.getRule()),
                figure(evaluation.required("required.total")),
                figure(evaluation.required("exemption.granted")),
                figure(evaluation.required("total.declared")),
                group(evaluation, "credited"), group(evaluation, "remaining"),
                evaluation.gaps().stream().map(g -> new CycleDashboard.GapView(g.getRequirement(),
                        RuleFunctions.round2(g.getMissing()), RuleFunctions.round2(g.getRequired()), g.getRule(),
                        evaluation.message(g, language))).toList(),
                new CycleDashboard.RuleSetView(evaluation.regulator(), evaluation.version(), evaluation.hash()),
                clock.instant());
    }

    private static Map<String, CycleDashboard.HoursFigure> group(Evaluation evaluation, String group) {
        Map<String, CycleDashboard.HoursFigure> figures = new TreeMap<>();
        evaluation.figures().values().stream().filter(f -> f.inGroup(group))
                .forEach(f -> figures.put(f.getKey().substring(group.length() + 1), figure(f)));
        return figures;
    }

    private static CycleDashboard.HoursFigure figure(Figure figure) {
        return new CycleDashboard.HoursFigure(RuleFunctions.round2(figure.getValue()), figure.getRule(), figure.getInputs());
    }
}
