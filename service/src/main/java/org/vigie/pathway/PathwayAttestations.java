package org.vigie.pathway;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.vigie.attestation.AttestationCohort;
import org.vigie.attestation.AttestationRequest;
import org.vigie.attestation.Attestations;
import org.vigie.rules.PackManifest;
import org.vigie.rules.RulePack;
import org.vigie.rules.RulePacks;
import org.vigie.web.ConflictException;
import org.vigie.web.Texts;

/** The attestation of a validated pathway, from what the validation kept (seed 002: name, structure, RPPS, date, actions). */
@Component
class PathwayAttestations implements AttestationCohort {
    static final String KIND = "cnp-pathway";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Attestations attestations;
    private final PathwayRecords records;
    private final RulePacks packs;
    private final Clock clock;

    PathwayAttestations(Attestations attestations, PathwayRecords records, RulePacks packs, Clock clock) {
        this.attestations = attestations;
        this.records = records;
        this.packs = packs;
        this.clock = clock;
    }

    @Override
    public boolean serves(String regulator) {
        return packs.status(regulator).isPresent() && packs.require(regulator).manifest().isKind(PackManifest.PATHWAY);
    }

    /** The validated pathways of the period. */
    @Override
    public List<String> subjects(String regulator, String periodId) {
        RulePack pack = packs.require(regulator, PackManifest.PATHWAY);
        if (pack.cycle(periodId).isEmpty()) {
            throw new org.vigie.web.InvalidRequestException("periodId", Texts.of("pathway.attestation.unknownPeriod",
                    Map.of("cnp", regulator, "period", String.valueOf(periodId))));
        }
        return records.withStatus(regulator, PathwayRecords.VALIDATED).stream().filter(p -> p.periodId().equals(periodId))
                .map(p -> String.valueOf(p.id())).toList();
    }

    @Override
    public Optional<Attestations.Issued> issue(String regulator, String periodId, String pathwayId, String issuedBy) {
        var pathway = records.get(Long.parseLong(pathwayId));
        return PathwayRecords.VALIDATED.equals(pathway.status()) ? Optional.of(issue(pathway, issuedBy)) : Optional.empty();
    }

    Attestations.Issued issue(PathwayRecords.Pathway pathway, String issuedBy) {
        if (!PathwayRecords.VALIDATED.equals(pathway.status())) {
            throw new ConflictException(Texts.of("pathway.attestation.notValidated", "state", pathway.status()));
        }
        RulePack pack = packs.require(pathway.regulator(), PackManifest.PATHWAY);
        PackManifest.Cycle period = pack.cycle(pathway.periodId()).orElseThrow();
        String validatedOn = DAY.format(pathway.decidedAt().atZone(clock.getZone()));
        List<Map<String, Object>> actions = records.actions(pathway.id()).stream().map(a -> {
            Map<String, Object> action = new HashMap<>();
            action.put("libelle", pack.parameters().item("actions", a.code()).map(PathwayViews::label).orElse(a.code()));
            action.put("complement", a.complement());
            action.put("date", DAY.format(a.date()));
            return action;
        }).toList();
        Map<String, Object> values = new HashMap<>();
        values.put("titulaire", pathway.holderName());
        values.put("structure", pathway.holderStructure());
        values.put("rpps", pathway.holderRpps());
        values.put("periode", period.id());
        values.put("valide_le", validatedOn);
        values.put("actions", actions);
        return attestations.issue(new AttestationRequest(KIND, pathway.regulator(), "pathway:" + pathway.id(), pathway.memberId(),
                pathway.holderName(), pack.parameters().message("attestation.attested", "fr",
                        Map.of("period", period.id(), "validatedOn", validatedOn)), period.start(), period.end(),
                pathway.ruleSetVersion(), pathway.ruleSetHash(), issuedBy, values));
    }

}
