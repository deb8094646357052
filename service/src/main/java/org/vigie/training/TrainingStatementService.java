package org.vigie.training;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.stereotype.Service;
import org.vigie.attestation.AttestationRequest;
import org.vigie.attestation.Attestations;
import org.vigie.members.Member;
import org.vigie.members.MemberDirectory;
import org.vigie.rules.PackManifest;
import org.vigie.rules.RulePack;
import org.vigie.rules.RulePacks;
import org.vigie.web.Caller;
import org.vigie.web.ConflictException;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.Languages;
import org.vigie.web.Sha256;
import org.vigie.web.Texts;

/**
 * A participant's record: their credits, and the statement of credited activities (PADPC) printed by the attestation capability
 * with the federation's template (pdf-templates/fmoq-statement.html), signed and verifiable like any attestation. A statement is
 * about its content: asking again with the same credits gives the same statement; a new credit makes a new one.
 */
@Service
class TrainingStatementService {
    static final String KIND = "fmoq-statement";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final RulePacks packs;
    private final MemberDirectory directory;
    private final Attestations attestations;
    private final TrainingCredits credits;
    private final Attendees attendees;

    TrainingStatementService(RulePacks packs, MemberDirectory directory, Attestations attestations, TrainingCredits credits,
                             Attendees attendees) {
        this.packs = packs;
        this.directory = directory;
        this.attestations = attestations;
        this.credits = credits;
        this.attendees = attendees;
    }

    record StatementRequest(
            @Schema(example = "fmoq", description = "The federation; fmoq when absent") String regulator,
            @Schema(requiredMode = REQUIRED, example = "2026", description = "A period of the federation's rules") String periodId) {
    }

    private record Line(LocalDate date, String course, String title, BigDecimal hours) {
    }

    /** The member's credits, by the activities' days (the member, the staff of their regulators, administrators). */
    List<TrainingCredits.Credit> credits(Caller caller, long memberId) {
        directory.visibleTo(caller, memberId);
        return credits.of(memberId);
    }

    /** The statement of the period, issued once for these credits; 409 without any. */
    Attestations.Issued statement(Caller caller, long memberId, StatementRequest request) {
        String regulator = request.regulator() == null ? "fmoq" : request.regulator();
        caller.requireMaySeeMember(memberId, List.of(regulator));
        Member member = directory.get(memberId);
        RulePack pack = packs.require(regulator, PackManifest.TRAINING);
        PackManifest.Cycle period = pack.cycle(String.valueOf(request.periodId())).orElseThrow(() -> new InvalidRequestException("periodId",
                pack.parameters().message("refusal.period.unknown", Languages.current(), Map.of("regulator", regulator,
                        "period", String.valueOf(request.periodId()),
                        "periods", pack.manifest().cycles().stream().map(PackManifest.Cycle::id).toList().toString()))));
        List<Line> lines = credits.earnedBy(memberId, period.start(), period.end(), null).stream()
                .filter(c -> c.getRegulator().equals(regulator))
                .map(c -> new Line(c.getDate(), c.getCourse(), c.getTitle(), BigDecimal.valueOf(c.getHours()).stripTrailingZeros())).toList();
        if (lines.isEmpty()) {
            throw new ConflictException(Texts.of("training.statement.noCredits", "period", period.id()));
        }
        BigDecimal total = lines.stream().map(Line::hours).reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros();
        String content = lines.stream().map(l -> l.date() + "/" + l.course() + "/" + l.hours()).collect(Collectors.joining(";"));
        String holder = member.getFirstName() + " " + member.getLastName();
        Map<String, Object> values = new HashMap<>();
        values.put("titulaire", holder);
        // a participant without an FMOQ account is known by the licence number they were entered with
        values.put("numero_membre", member.membership(regulator).map(m -> m.number())
                .orElseGet(() -> attendees.lastNumberOf(memberId).orElse("—")));
        values.put("debut", DAY.format(period.start()));
        values.put("fin", DAY.format(period.end()));
        values.put("activites", lines.stream().map(l -> Map.of("date", DAY.format(l.date()), "titre", l.title() + " (" + l.course() + ")",
                "heures", l.hours().stripTrailingZeros().toPlainString())).toList());
        values.put("total_heures", total.toPlainString());
        return attestations.issue(new AttestationRequest(KIND, regulator, "statement:" + memberId + ":" + period.id() + ":"
                + Sha256.hex(content).substring(0, 16), memberId, holder,
                pack.parameters().message("attestation.attested", "fr", Map.of("period", period.id(), "hours", total)),
                period.start(), period.end(), pack.version(), pack.hash(), caller.username(), values));
    }
}
