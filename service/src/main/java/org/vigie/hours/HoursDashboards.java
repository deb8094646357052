package org.vigie.hours;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.math.BigDecimal;
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
import org.vigie.rules.PackVersions;
import org.vigie.rules.RulePacks;
import org.vigie.rules.facts.DeclaredActivity;
import org.vigie.rules.facts.Figure;
import org.vigie.exemptions.GrantedExemptions;
import org.vigie.rules.facts.MemberCycle;
import org.vigie.rules.facts.RuleFunctions;
import org.vigie.training.TrainingCredits;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.NotFoundException;
import org.vigie.web.Texts;
import org.vigie.web.Validation;

/**
 * Computes a member's {@link CycleDashboard}: loads the facts (declarations that count, validated
 * exemptions, admission date, credits earned with other regulators), runs the regulator's rule set, maps the figures. Java decides nothing here.
 */
@Component
class HoursDashboards {
    /** Bounds of a simulation request (input sanity, not a regulator's requirement). */
    private static final int MAX_WHAT_IF = 50;
    private static final BigDecimal MAX_WHAT_IF_HOURS = BigDecimal.valueOf(1000);

    private final RulePacks packs;
    private final PackVersions versions;
    private final JdbcClient jdbc;
    private final GrantedExemptions grantedExemptions;
    private final TrainingCredits credits;
    private final Clock clock;

    HoursDashboards(RulePacks packs, PackVersions versions, JdbcClient jdbc, GrantedExemptions grantedExemptions, TrainingCredits credits,
                    Clock clock) {
        this.packs = packs;
        this.versions = versions;
        this.jdbc = jdbc;
        this.grantedExemptions = grantedExemptions;
        this.credits = credits;
        this.clock = clock;
    }

    /** The cycle of a regulator's rule set, or 404 naming the cycles that exist. */
    static PackManifest.Cycle cycle(RulePack pack, String cycleId) {
        return pack.cycle(cycleId).orElseThrow(() -> new NotFoundException(Texts.of("hours.dashboard.unknownCycle", Map.of(
                "cycle", cycleId, "regulator", pack.regulator(),
                "cycles", pack.manifest().cycles().stream().map(PackManifest.Cycle::id).toList()))));
    }

    static Membership membership(Member member, String regulator) {
        return member.membership(regulator).orElseThrow(() -> new NotFoundException(
                Texts.of("members.notRegistered", "regulator", regulator)));
    }

    /** The first day that counts for this member: the cycle's start, or the (re)admission date within it. */
    static LocalDate memberStart(PackManifest.Cycle cycle, Membership membership) {
        return memberCycle(cycle, membership).getMemberStart();
    }

    private static MemberCycle memberCycle(PackManifest.Cycle cycle, Membership membership) {
        return new MemberCycle(cycle.id(), cycle.start(), cycle.end(), membership.admissionDate());
    }

    CycleDashboard evaluate(Member member, String regulator, String cycleId, String language) {
        return evaluate(member, regulator, cycleId, List.of(), language);
    }

    /**
     * The dashboard as the service would have answered at the end of a past day: the rule set active
     * then (from the activation history), the declarations submitted by then and not yet cancelled,
     * the exemptions validated by then. A declaration corrected since counts with its corrected hours.
     */
    CycleDashboard asOf(Member member, String regulator, String cycleId, LocalDate day, String language) {
        packs.require(regulator, PackManifest.HOURS);
        LocalDate today = LocalDate.now(clock);
        if (day.isAfter(today)) {
            throw new InvalidRequestException("asOf", Texts.of("hours.dashboard.asOfInFuture", "day", day));
        }
        Instant cutoff = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        // the day as YYYY-MM-DD, as the sentence always gave it
        RulePack pack = versions.activeAt(regulator, cutoff).orElseThrow(() -> new InvalidRequestException("asOf",
                Texts.of("hours.dashboard.noRulesActive", Map.of("regulator", regulator, "day", day.toString()))));
        PackManifest.Cycle cycle = cycle(pack, cycleId);
        Membership membership = membership(member, regulator);
        List<DeclaredActivity> activities = jdbc.sql("SELECT d.id, d.category, d.activity_type, d.hours FROM declaration d"
                        + " WHERE d.member_id = ? AND d.regulator = ? AND d.cycle_id = ? AND d.submitted_at < ?"
                        + " AND NOT EXISTS (SELECT 1 FROM declaration_change c WHERE c.declaration_id = d.id AND c.kind = ?"
                        + " AND c.changed_at < ?)")
                .params(member.getId(), regulator, cycleId, Timestamp.from(cutoff), DeclarationChange.CANCELLED, Timestamp.from(cutoff))
                .query((rs, n) -> new DeclaredActivity(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4)))
                .list();
        MemberCycle memberCycle = new MemberCycle(cycle.id(), cycle.start(), cycle.end(), membership.admissionDate(),
                activities, grantedExemptions.of(member.getId(), regulator, cycleId, cutoff),
                credits.earnedBy(member.getId(), cycle.start(), cycle.end(), cutoff)).on(day);
        return map(member.getId(), memberCycle, pack.evaluate(cycle, List.of(memberCycle)), language).withAsOf(day);
    }

    /** The dashboard with hypothetical activities added to the declared ones; nothing is written. */
    CycleDashboard whatIf(Member member, String regulator, String cycleId,
                          List<DashboardController.HypotheticalActivity> hypothetical, String language) {
        RulePack pack = packs.require(regulator, PackManifest.HOURS);
        cycle(pack, cycleId);
        Validation validation = new Validation();
        validation.require(hypothetical != null && !hypothetical.isEmpty(), "activities",
                Texts.of("hours.whatIf.activitiesRequired"));
        validation.require(hypothetical == null || hypothetical.size() <= MAX_WHAT_IF, "activities",
                Texts.of("hours.whatIf.tooManyActivities", "max", MAX_WHAT_IF));
        validation.throwIfAny();
        List<DeclaredActivity> activities = new ArrayList<>();
        for (int i = 0; i < hypothetical.size(); i++) {
            var activity = hypothetical.get(i);
            String field = "activities[" + i + "]";
            if (activity == null) {
                validation.refuse(field, Texts.of("hours.whatIf.emptyActivity"));
                continue;
            }
            ActivityChecks.categoryAndType(pack.parameters(), activity.category(), activity.type(), field + ".", validation);
            validation.require(activity.hours() != null && activity.hours().signum() > 0
                    && activity.hours().compareTo(MAX_WHAT_IF_HOURS) <= 0, field + ".hours",
                    Texts.of("hours.whatIf.hoursRange", "max", MAX_WHAT_IF_HOURS.toPlainString()));
            activities.add(new DeclaredActivity("what-if-" + i, activity.category(), activity.type(),
                    activity.hours() == null ? 0 : activity.hours().doubleValue()));
        }
        validation.throwIfAny();
        return evaluate(member, regulator, cycleId, activities, language);
    }

    private CycleDashboard evaluate(Member member, String regulator, String cycleId, List<DeclaredActivity> hypothetical,
                                    String language) {
        RulePack pack = packs.require(regulator, PackManifest.HOURS);
        PackManifest.Cycle cycle = cycle(pack, cycleId);
        Membership membership = membership(member, regulator);
        List<DeclaredActivity> activities = jdbc.sql("SELECT id, category, activity_type, hours FROM declaration"
                        + " WHERE member_id = ? AND regulator = ? AND cycle_id = ? AND status = 'SUBMITTED'")
                .params(member.getId(), regulator, cycleId)
                .query((rs, n) -> new DeclaredActivity(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4)))
                .list();
        if (!hypothetical.isEmpty()) {
            activities = new ArrayList<>(activities);
            activities.addAll(hypothetical);
        }
        MemberCycle memberCycle = new MemberCycle(cycle.id(), cycle.start(), cycle.end(), membership.admissionDate(),
                activities, grantedExemptions.of(member.getId(), regulator, cycleId), credits.earnedBy(member.getId(), cycle.start(),
                cycle.end(), null)).on(LocalDate.now(clock));
        Evaluation evaluation = pack.evaluate(cycle, List.of(memberCycle));
        return map(member.getId(), memberCycle, evaluation, language);
    }

    private CycleDashboard map(long memberId, MemberCycle cycle, Evaluation evaluation, String language) {
        var status = evaluation.status();
        return new CycleDashboard(memberId, evaluation.regulator(), cycle.getCycleId(), cycle.getMemberStart(), cycle.getCycleEnd(),
                new CycleDashboard.StatusView(status == null ? null : status.getCode(), evaluation.statusLabel(language),
                        status == null ? null : status.getRule()),
                figure(evaluation, evaluation.required("required.total"), language),
                figure(evaluation, evaluation.required("exemption.granted"), language),
                figure(evaluation, evaluation.required("total.declared"), language),
                group(evaluation, "credited", language), group(evaluation, "remaining", language),
                evaluation.gaps().stream().map(g -> new CycleDashboard.GapView(g.getRequirement(),
                        RuleFunctions.round2(g.getMissing()), RuleFunctions.round2(g.getRequired()), g.getRule(),
                        evaluation.message(g, language))).toList(),
                evaluation.findings("recognised").stream().map(f -> new CycleDashboard.RecognisedCredit(String.valueOf(f.getValues().get("course")),
                        String.valueOf(f.getValues().get("title")), ((Number) f.getValues().get("hours")).doubleValue(),
                        (LocalDate) f.getValues().get("date"), f.getRule(), evaluation.message(f, language))).toList(),
                evaluation.explanation(language).stream().map(r -> new CycleDashboard.RequirementView(r.requirement(), r.label(),
                        r.steps().stream().map(st -> new CycleDashboard.StepView(st.figure(), st.value(), st.rule(), st.values(), st.text()))
                                .toList())).toList(),
                new CycleDashboard.RuleSetView(evaluation.regulator(), evaluation.version(), evaluation.hash()),
                clock.instant(), null);
    }

    private static Map<String, CycleDashboard.HoursFigure> group(Evaluation evaluation, String group, String language) {
        Map<String, CycleDashboard.HoursFigure> figures = new TreeMap<>();
        evaluation.figures().values().stream().filter(f -> f.inGroup(group))
                .forEach(f -> figures.put(f.getKey().substring(group.length() + 1), figure(evaluation, f, language)));
        return figures;
    }

    private static CycleDashboard.HoursFigure figure(Evaluation evaluation, Figure figure, String language) {
        return new CycleDashboard.HoursFigure(RuleFunctions.round2(figure.getValue()), figure.getRule(),
                evaluation.explain(figure, language));
    }
}
