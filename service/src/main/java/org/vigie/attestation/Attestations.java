package org.vigie.attestation;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigie.rules.RulePacks;
import org.vigie.web.ConflictException;
import org.vigie.web.Languages;
import org.vigie.web.NotFoundException;
import org.vigie.web.Paged;
import org.vigie.web.PublicAddress;
import org.vigie.web.Sha256;
import org.vigie.web.Texts;

/**
 * Issues attestations and keeps their registry. An attestation is a PDF from the kind's template
 * with a QR code holding the verification address and, after {@code #} (never sent to a server), a
 * compact payload signed with the regulator's Ed25519 key: number, regulator, holder, what is
 * attested, dates, key. One attestation per subject, ever: asking again gives the same one, with the
 * same PDF bytes.
 */
@Component
public class Attestations {
    private static final String COLUMNS = "number, kind, regulator, subject_key, member_id, holder_name, attested, valid_from,"
            + " valid_until, rule_set_version, rule_set_hash, issued_at, issued_by, key_id, signed_code, pdf_sha256, revoked_at,"
            + " revoked_by, revocation_reason";
    private static final String NUMBER_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcClient jdbc;
    private final AttestationTemplates templates;
    private final SigningKeys keys;
    private final RulePacks packs;
    private final Clock clock;
    private final MeterRegistry meters;
    private final PublicAddress address;

    Attestations(JdbcClient jdbc, AttestationTemplates templates, SigningKeys keys, RulePacks packs,
                 Clock clock, MeterRegistry meters, PublicAddress address) {
        this.meters = meters;
        this.address = address;
        this.jdbc = jdbc;
        this.templates = templates;
        this.keys = keys;
        this.packs = packs;
        this.clock = clock;
    }

    /** The attestation issued, and whether this call issued it (false: it existed already). */
    public record Issued(Attestation attestation, boolean created) {
    }

    public Issued issue(AttestationRequest request) {
        Optional<Attestation> existing = bySubject(request.kind(), request.subjectKey());
        if (existing.isPresent()) {
            return new Issued(existing.get(), false);
        }
        Instant now = clock.instant();
        String number = newNumber(request.regulator());
        SigningKeys.SigningKey key = keys.active(request.regulator());
        LocalDate issuedOn = LocalDate.ofInstant(now, clock.getZone());
        byte[] payload = SignedCodes.payload(key.fingerprint(), number, request.kind(), request.holderName(), issuedOn,
                request.validFrom(), request.validUntil());
        String code = SignedCodes.encode(payload, SigningKeys.sign(key, payload));
        String verifyUrl = address.at("/verify/" + number);
        byte[] pdf = render(request, number, verifyUrl, verifyUrl + "#" + code, now);
        try {
            jdbc.sql("INSERT INTO attestation (number, kind, regulator, subject_key, member_id, holder_name, attested, valid_from,"
                            + " valid_until, rule_set_version, rule_set_hash, issued_at, issued_by, key_id, signed_code, pdf, pdf_sha256)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(number, request.kind(), request.regulator(), request.subjectKey(), request.memberId(), request.holderName(),
                            request.attested(), request.validFrom(), request.validUntil(), request.ruleSetVersion(), request.ruleSetHash(),
                            Timestamp.from(now), request.issuedBy(), key.keyId(), code, pdf, Sha256.hex(pdf))
                    .update();
        } catch (DuplicateKeyException issuedMeanwhile) {
            return new Issued(bySubject(request.kind(), request.subjectKey()).orElseThrow(), false);
        }
        Counter.builder("vigie.attestations.issued").description("Attestations issued, by regulator and kind")
                .tags("regulator", request.regulator(), "kind", request.kind()).register(meters).increment();
        return new Issued(get(number), true);
    }

    private byte[] render(AttestationRequest request, String number, String verifyUrl, String qrContent, Instant now) {
        Map<String, Object> values = new HashMap<>(request.values());
        values.put("numero", number);
        values.put("emis_le", DAY.format(now.atZone(clock.getZone())));
        values.put("emetteur", request.issuedBy());
        String organisme = regulatorName(request.regulator());
        values.put("organisme", organisme);
        AttestationTemplates.Signatory signatory = templates.signatory(request.regulator())
                .orElse(new AttestationTemplates.Signatory(organisme, ""));
        values.put("signataire", signatory.name());
        values.put("signataire_titre", signatory.title());
        values.put("version_regles", request.ruleSetVersion() == null ? "—" : request.ruleSetVersion());
        values.put("url_verification", verifyUrl);
        values.put("qr", QrCodes.forRendering(qrContent));
        values.put("logo", templates.image(request.regulator(), "logo.png").toUri().toString());
        values.put("signature", templates.image(request.regulator(), "signature.png").toUri().toString());
        String file = request.kind() + ".html";
        return PdfRendering.render(file, templates.fill(request.kind(), values), templates.directory());
    }

    /** The regulator's name as its pack gives it; its code when it has no pack. */
    private String regulatorName(String regulator) {
        return packs.status(regulator).isPresent() ? packs.require(regulator).manifest().name() : regulator;
    }

    public Attestation get(String number) {
        return find(number).orElseThrow(() -> new NotFoundException(Texts.of("attestation.unknown", "number", number)));
    }

    public Optional<Attestation> find(String number) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM attestation WHERE number = ?").param(number).query(Attestations::attestation).optional();
    }

    public Optional<Attestation> bySubject(String kind, String subjectKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM attestation WHERE kind = ? AND subject_key = ?").params(kind, subjectKey)
                .query(Attestations::attestation).optional();
    }

    /** One page of a regulator's registry: newest first, then by number (unique), so that pages never overlap nor skip. */
    Paged<Attestation> ofRegulator(String regulator, PageRequest page) {
        long total = jdbc.sql("SELECT COUNT(*) FROM attestation WHERE regulator = ?").param(regulator).query(Long.class).single();
        List<Attestation> items = jdbc.sql("SELECT " + COLUMNS + " FROM attestation WHERE regulator = ? ORDER BY issued_at DESC, number"
                + " LIMIT ? OFFSET ?").params(regulator, page.getPageSize(), page.getOffset()).query(Attestations::attestation).list();
        return Paged.of(items, page, total);
    }

    /** A member's own attestations, newest first. */
    List<Attestation> ofMember(long memberId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM attestation WHERE member_id = ? ORDER BY issued_at DESC, number")
                .param(memberId).query(Attestations::attestation).list();
    }

    byte[] pdf(String number) {
        return jdbc.sql("SELECT pdf FROM attestation WHERE number = ?").param(number).query(byte[].class).optional()
                .orElseThrow(() -> new NotFoundException(Texts.of("attestation.unknown", "number", number)));
    }

    Attestation revoke(String number, String by, String reason) {
        int updated = jdbc.sql("UPDATE attestation SET revoked_at = ?, revoked_by = ?, revocation_reason = ? WHERE number = ? AND revoked_at IS NULL")
                .params(Timestamp.from(clock.instant()), by, reason, number).update();
        if (updated == 0) {
            Attestation attestation = get(number);
            String since = packs.require(attestation.regulator()).parameters().wording(Languages.current()).instant(attestation.revokedAt());
            throw new ConflictException(Texts.of("attestation.revocation.already", Map.of("number", number, "since", since)));
        }
        return get(number);
    }

    /**
     * What anyone may learn about an attestation: its state, whose, from whom, what it attests and for which period (a cycle,
     * a pathway's period: not an expiry), when it was issued and revoked; no other personal data.
     */
    public record PublicStatus(String number, String status, String holder, String regulator, String regulatorName, String attested,
                               LocalDate periodStart, LocalDate periodEnd, LocalDate issuedOn, Instant revokedAt) {
        static PublicStatus unknown(String number) {
            return new PublicStatus(number, "UNKNOWN", null, null, null, null, null, null, null, null);
        }
    }

    /** Counts a public check (vigie.attestations.verified) by how it was asked and what it answered. */
    PublicStatus checked(String via, PublicStatus answer) {
        Counter.builder("vigie.attestations.verified").description("Public checks of attestations, by channel and answer")
                .tags("via", via, "status", answer.status()).register(meters).increment();
        return answer;
    }

    PublicStatus status(String number) {
        return find(number).map(a -> new PublicStatus(a.number(), a.revoked() ? "REVOKED" : "VALID", a.holderName(), a.regulator(),
                        regulatorName(a.regulator()),
                        a.attested(), a.validFrom(), a.validUntil(), LocalDate.ofInstant(a.issuedAt(), clock.getZone()), a.revokedAt()))
                .orElse(PublicStatus.unknown(number));
    }

    /**
     * Checks a QR code's content (the whole address, or what follows {@code #}): the signature with
     * the regulator's public key, then the registry. A changed byte anywhere is FORGED.
     */
    PublicStatus verify(String scanned) {
        Optional<SignedCodes.Decoded> read = SignedCodes.read(scanned);
        if (read.isEmpty()) {
            return forged(null);
        }
        SignedCodes.Decoded code = read.get();
        Optional<SigningKeys.FoundKey> key = code.version() == 1 ? Optional.of(new SigningKeys.FoundKey(code.regulator(), code.keyId()))
                : keys.byFingerprint(code.fingerprint());
        if (key.isEmpty() || !keys.verify(key.get().regulator(), key.get().keyId(), code.signed(), code.signature())) {
            return forged(code.number());
        }
        PublicStatus registered = status(code.number());
        if (!"UNKNOWN".equals(registered.status()) && !key.get().regulator().equals(registered.regulator())) {
            return forged(code.number());
        }
        return registered;
    }

    private static PublicStatus forged(String number) {
        return new PublicStatus(number, "FORGED", null, null, null, null, null, null, null, null);
    }

    private static String newNumber(String regulator) {
        String prefix = regulator.toUpperCase().replaceAll("[^A-Z0-9]", "");
        StringBuilder number = new StringBuilder(prefix.substring(0, Math.min(prefix.length(), 12))).append('-');
        for (int i = 0; i < 10; i++) {
            number.append(NUMBER_ALPHABET.charAt(RANDOM.nextInt(NUMBER_ALPHABET.length())));
        }
        return number.toString();
    }

    private static Attestation attestation(ResultSet rs, int n) throws SQLException {
        Timestamp revoked = rs.getTimestamp(17);
        return new Attestation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), (Long) rs.getObject(5, Long.class),
                rs.getString(6), rs.getString(7), date(rs, 8), date(rs, 9), rs.getString(10), rs.getString(11),
                rs.getTimestamp(12).toInstant(), rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16),
                revoked == null ? null : revoked.toInstant(), rs.getString(18), rs.getString(19));
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
