package org.vigie.pathway;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.attestation.Attestation;
import org.vigie.web.Caller;

@RestController
@Tag(name = "Attestations")
class PathwayAttestationController {
    private final PathwayRecords records;
    private final PathwayAttestations pathwayAttestations;

    PathwayAttestationController(PathwayRecords records, PathwayAttestations pathwayAttestations) {
        this.records = records;
        this.pathwayAttestations = pathwayAttestations;
    }

    @PostMapping("/api/pathways/{pathwayId}/attestation")
    @Operation(operationId = "issuePathwayAttestation", summary = "Issue the attestation of a validated pathway (CNP staff, own CNP): "
            + "name, structure, RPPS, validation date, actions, QR code; 201 the first time, 200 with the same attestation afterwards; "
            + "409 while not validated")
    ResponseEntity<Attestation> attest(@PathVariable long pathwayId) {
        var pathway = records.get(pathwayId);
        Caller caller = Caller.current().requireStaffOf(pathway.regulator());
        var issued = pathwayAttestations.issue(pathway, caller.username());
        return ResponseEntity.status(issued.created() ? HttpStatus.CREATED : HttpStatus.OK).body(issued.attestation());
    }
}
