package org.vigie.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.attestation.Attestation;
import org.vigie.attestation.AttestationRequest;
import org.vigie.attestation.Attestations;
import org.vigie.members.Member;
import org.vigie.members.MemberDirectory;
import org.vigie.rules.PackManifest;
import org.vigie.rules.RulePack;
import org.vigie.rules.RulePacks;
import org.vigie.web.Bodies;
import org.vigie.web.Caller;
import org.vigie.web.ConflictException;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.Sha256;

/**
 * A participant's statement of credited activities (PADPC), printed by the attestation capability
 * with the federation's template (pdf-templates/fmoq-statement.html), signed and verifiable like
 * any attestation. A statement is about its content: asking again with the same credits gives the
 * same statement; a new credit makes a new one.
 */
@RestController
@Tag(name = "Training", description = "Group online training (FMOQ): groups, activities, attendance, allowances, credits")
class TrainingStatements {
    static final String KIND = "fmoq-statement";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcClient jdbc;
    private final RulePacks packs;
    private final MemberDirectory directory;
    private final Attestations attestations;
    private final TrainingCredits credits;

    TrainingStatements(JdbcClient jdbc, RulePacks packs, MemberDirectory directory, Attestations attestations, TrainingCredits credits) {
        this.jdbc = jdbc;
        this.credits = credits;
        this.packs = packs;
        this.directory = directory;
        this.attestations = attestations;
    }

    record StatementRequest(String regulator, String periodId) {
    }

    private record Line(LocalDate date, String course, String title, BigDecimal hours) {
    }

    @PostMapping("/api/members/{memberId}/training/statement")
    @Operation(summary = "The member's statement of credited group activities for a period of the federation's rules, as a signed PDF "
            + "attestation (the member, the federation's staff); the same credits give the same statement; 409 without credits")
    ResponseEntity<Attestation> statement(@PathVariable long memberId, @RequestBody StatementRequest body) {
        StatementRequest request = Bodies.required(body);
        Caller caller = Caller.current();
        String regulator = request.regulator() == null ? "fmoq" : request.regulator();
        caller.requireMaySeeMember(memberId, List.of(regulator));
        Member member = directory.get(memberId);
        RulePack pack = packs.require(regulator, PackManifest.TRAINING);
        PackManifest.Cycle period = pack.cycle(String.valueOf(request.periodId())).orElseThrow(() -> new InvalidRequestException("periodId",
                "Période inconnue pour " + regulator + " : « " + request.periodId() + " » (" + pack.manifest().cycles().stream()
                        .map(PackManifest.Cycle::id).toList() + ")."));
        List<Line> lines = credits.earnedBy(memberId, period.start(), period.end(), null).stream()
                .filter(c -> c.getRegulator().equals(regulator))
                .map(c -> new Line(c.getDate(), c.getCourse(), c.getTitle(), BigDecimal.valueOf(c.getHours()).stripTrailingZeros())).toList();
        if (lines.isEmpty()) {
            throw new ConflictException("Aucune activité créditée pour la période " + period.id() + " : il n'y a pas de relevé à produire.");
        }
        BigDecimal total = lines.stream().map(Line::hours).reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros();
        String content = lines.stream().map(l -> l.date() + "/" + l.course() + "/" + l.hours()).collect(Collectors.joining(";"));
        String holder = member.getFirstName() + " " + member.getLastName();
        Map<String, Object> values = new HashMap<>();
        values.put("titulaire", holder);
        values.put("numero_membre", member.membership(regulator).map(m -> m.number()).orElseGet(() -> enteredNumber(memberId)));
        values.put("debut", DAY.format(period.start()));
        values.put("fin", DAY.format(period.end()));
        values.put("activites", lines.stream().map(l -> Map.of("date", DAY.format(l.date()), "titre", l.title() + " (" + l.course() + ")",
                "heures", l.hours().stripTrailingZeros().toPlainString())).toList());
        values.put("total_heures", total.toPlainString());
        var issued = attestations.issue(new AttestationRequest(KIND, regulator, "statement:" + memberId + ":" + period.id() + ":"
                + Sha256.hex(content).substring(0, 16), memberId, holder,
                pack.parameters().message("attestation.attested", "fr", Map.of("period", period.id(), "hours", total)),
                period.start(), period.end(), pack.version(), pack.hash(), caller.username(), values));
        return ResponseEntity.status(issued.created() ? HttpStatus.CREATED : HttpStatus.OK).body(issued.attestation());
    }

    /** The number a participant without an FMOQ account gave at their last activity (their licence number). */
    private String enteredNumber(long memberId) {
        return jdbc.sql("SELECT fmoq_number FROM training_attendance WHERE member_id = ? ORDER BY added_at DESC LIMIT 1").param(memberId)
                .query(String.class).optional().orElse("—");
    }
}
