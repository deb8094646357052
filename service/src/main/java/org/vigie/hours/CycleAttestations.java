package org.vigie.hours;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.attestation.Attestation;
import org.vigie.attestation.AttestationCohort;
import org.vigie.attestation.AttestationRequest;
import org.vigie.attestation.Attestations;
import org.vigie.members.Member;
import org.vigie.members.MemberDirectory;
import org.vigie.rules.PackManifest;
import org.vigie.rules.RulePacks;
import org.vigie.web.Caller;
import org.vigie.web.ConflictException;
import org.vigie.web.Languages;
import org.vigie.web.Texts;

/** The attestation of a completed reference cycle: issued only when the rules find no gap, from the dashboard they computed. */
@RestController
@Tag(name = "Attestations")
class CycleAttestations implements AttestationCohort {
    static final String KIND = "otpq-cycle";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final HoursDashboards dashboards;
    private final MemberDirectory directory;
    private final Attestations attestations;
    private final RulePacks packs;

    CycleAttestations(HoursDashboards dashboards, MemberDirectory directory, Attestations attestations, RulePacks packs) {
        this.dashboards = dashboards;
        this.directory = directory;
        this.attestations = attestations;
        this.packs = packs;
    }

    @PostMapping("/api/members/{memberId}/attestations/{regulator}/{cycleId}")
    @Operation(operationId = "issueCycleAttestation",
            summary = "Issue the attestation of a member's completed cycle (staff of the regulator): refused with the gaps while "
            + "a requirement is missing; 201 the first time, 200 with the same attestation afterwards")
    ResponseEntity<Attestation> attest(@PathVariable long memberId, @PathVariable String regulator, @PathVariable String cycleId) {
        Caller caller = Caller.current();
        caller.requireStaffOrAdmin();
        caller.requireActsFor(regulator);
        Member member = directory.visibleTo(caller, memberId);
        var issued = issue(member, regulator, cycleId, caller.username());
        return ResponseEntity.status(issued.created() ? HttpStatus.CREATED : HttpStatus.OK).body(issued.attestation());
    }

    Attestations.Issued issue(Member member, String regulator, String cycleId, String issuedBy) {
        // the attestation's words are French (the document is); a refusal is in the caller's language
        CycleDashboard dashboard = dashboards.evaluate(member, regulator, cycleId, "fr");
        if (!dashboard.gaps().isEmpty()) {
            String language = Languages.current();
            List<CycleDashboard.GapView> gaps = "fr".equals(language) ? dashboard.gaps()
                    : dashboards.evaluate(member, regulator, cycleId, language).gaps();
            throw new ConflictException(Texts.of("hours.attestation.requirementsNotMet", Map.of("cycle", cycleId,
                    "gaps", String.join(" ", gaps.stream().map(CycleDashboard.GapView::message).toList()))));
        }
        String holder = member.getFirstName() + " " + member.getLastName();
        Map<String, Object> values = new HashMap<>();
        values.put("titulaire", holder);
        values.put("numero_membre", HoursDashboards.membership(member, regulator).number());
        values.put("cycle", cycleId);
        values.put("debut", DAY.format(dashboard.start()));
        values.put("fin", DAY.format(dashboard.end()));
        values.put("etat", dashboard.status().label());
        values.put("heures_requises", hours(dashboard.requiredHours().hours()));
        // the exemption hours granted, which reduced the requirement: printed only when there are some
        double exempted = dashboard.exemptionHours() == null ? 0 : dashboard.exemptionHours().hours();
        values.put("exemptions", exempted > 0 ? List.of(Map.of("heures", hours(exempted))) : List.of());
        values.put("heures_declarees", hours(dashboard.declaredHours().hours()));
        List<Map<String, Object>> categories = dashboard.creditedHours().entrySet().stream().filter(e -> !e.getKey().equals("total"))
                .map(e -> Map.<String, Object>of("categorie", label(regulator, e.getKey()), "heures", hours(e.getValue().hours()))).toList();
        values.put("categories", categories);
        return attestations.issue(new AttestationRequest(KIND, regulator, "member:" + member.getId() + ":cycle:" + cycleId, member.getId(),
                holder, packs.require(regulator).parameters().message("attestation.attested", "fr", Map.of("cycle", cycleId)),
                dashboard.start(), dashboard.end(),
                dashboard.ruleSet().version(), dashboard.ruleSet().hash(), issuedBy, values));
    }

    @Override
    public boolean serves(String regulator) {
        return packs.status(regulator).isPresent() && packs.require(regulator).manifest().isKind(PackManifest.HOURS);
    }

    /** Every member of the regulator: each one's cycle is evaluated when its turn comes. */
    @Override
    public List<String> subjects(String regulator, String cycleId) {
        HoursDashboards.cycle(packs.require(regulator, PackManifest.HOURS), cycleId);
        return directory.enrolments(regulator).stream().map(e -> String.valueOf(e.memberId())).toList();
    }

    @Override
    public Optional<Attestations.Issued> issue(String regulator, String cycleId, String memberId, String issuedBy) {
        try {
            return Optional.of(issue(directory.get(Long.parseLong(memberId)), regulator, cycleId, issuedBy));
        } catch (ConflictException requirementsNotMet) {
            return Optional.empty();
        }
    }

    private String label(String regulator, String category) {
        return packs.require(regulator).parameters().item("categories", category)
                .map(c -> c.attribute("fr") == null ? category : c.attribute("fr")).orElse(category);
    }

    private static String hours(double value) {
        return (value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value)).replace('.', ',') + " h";
    }
}
