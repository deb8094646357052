package org.vigie.hours;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.web.Caller;
import org.vigie.members.Member;
import org.vigie.members.Membership;
import org.vigie.rules.Attestations;
import org.vigie.rules.PackManifest;
import org.vigie.rules.RulePack;
import org.vigie.rules.RulePacks;
import org.vigie.web.ConflictException;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.NotFoundException;
import org.vigie.web.Sha256;
import org.vigie.web.Texts;
import org.vigie.web.Validation;

/**
 * Records declarations. A submission is identified by its key (the client's Idempotency-Key, or a
 * fingerprint of what was declared), so submitting twice, even at the same instant from two
 * service instances, records one declaration: the second gets the first back.
 */
@Service
class DeclarationService {
    private final Declarations declarations;
    private final RulePacks packs;
    private final HoursDashboards dashboards;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DeclarationService(Declarations declarations, RulePacks packs, HoursDashboards dashboards,
                       TransactionTemplate transactions, Clock clock) {
        this.declarations = declarations;
        this.packs = packs;
        this.dashboards = dashboards;
        this.transactions = transactions;
        this.clock = clock;
    }

    record Submitted(DeclarationView declaration, CycleDashboard dashboard, boolean replayed) {
    }

    Submitted submit(Caller caller, Member member, DeclarationRequest request, String idempotencyKey, String language) {
        var requested = packs.requireForRequest(request.regulator(), request.cycleId(), PackManifest.HOURS);
        RulePack pack = requested.pack();
        PackManifest.Cycle cycle = requested.cycle();
        Validation validation = new Validation();
        Membership membership = HoursDashboards.membership(member, request.regulator());
        Attestations.check(pack.parameters(), "declarationAttestations", request.attestations(), "attestations", validation);
        ActivityDetails details = ActivityChecks.resolve(request.activity(), pack.parameters(),
                HoursDashboards.memberStart(cycle, membership), cycle.end(), LocalDate.now(clock), validation);
        String key = idempotencyKey != null && !idempotencyKey.isBlank()
                ? "key:" + idempotencyKey.trim() : "content:" + fingerprint(request.regulator(), cycle.id(), details);
        if (key.length() > 100) {
            throw new InvalidRequestException("Idempotency-Key", Texts.of("hours.declaration.idempotencyKeyTooLong"));
        }
        Optional<Submitted> replay = replay(member, key, request.regulator(), cycle.id(), language);
        if (replay.isPresent()) {
            return replay.get();
        }
        try {
            return transactions.execute(tx -> {
                Declaration saved = declarations.save(Declaration.submit(member.getId(), request.regulator(), cycle.id(),
                        details, clock.instant(), caller.username(), key));
                return new Submitted(DeclarationView.of(saved),
                        dashboards.evaluate(member, request.regulator(), cycle.id(), language), false);
            });
        } catch (RuntimeException e) {
            if (!causedByDuplicateKey(e)) {
                throw e;
            }
            // another request with the same key committed first: answer with its declaration
            return replay(member, key, request.regulator(), cycle.id(), language).orElseThrow(() -> e);
        }
    }

    private Optional<Submitted> replay(Member member, String key, String regulator, String cycleId, String language) {
        return declarations.findByMemberIdAndSubmissionKey(member.getId(), key)
                .map(existing -> new Submitted(DeclarationView.of(existing),
                        dashboards.evaluate(member, regulator, cycleId, language), true));
    }

    DeclarationView cancel(Caller caller, long declarationId, String reason) {
        requireReason(reason);
        return transactions.execute(tx -> {
            Declaration declaration = find(declarationId);
            caller.requireActsFor(declaration.getRegulator());
            if (declaration.getStatus() == DeclarationStatus.CANCELLED) {
                throw new ConflictException(Texts.of("hours.declaration.alreadyCancelled"));
            }
            declaration.cancel(caller.username(), clock.instant(), reason.trim());
            return DeclarationView.of(declarations.save(declaration));
        });
    }

    DeclarationView correct(Caller caller, long declarationId, CorrectionRequest correction) {
        return transactions.execute(tx -> {
            Declaration declaration = find(declarationId);
            caller.requireActsFor(declaration.getRegulator());
            requireReason(correction.reason());
            if (declaration.getStatus() == DeclarationStatus.CANCELLED) {
                throw new ConflictException(Texts.of("hours.declaration.cancelledCannotBeCorrected"));
            }
            var requested = packs.requireForRequest(declaration.getRegulator(), declaration.getCycleId(), PackManifest.HOURS);
            RulePack pack = requested.pack();
            PackManifest.Cycle cycle = requested.cycle();
            ActivityDetails corrected = ActivityChecks.resolve(correction.activity(), pack.parameters(), cycle.start(),
                    cycle.end(), LocalDate.now(clock), new Validation());
            declaration.correct(corrected, caller.username(), clock.instant(), correction.reason().trim());
            return DeclarationView.of(declarations.save(declaration));
        });
    }

    Declaration find(long declarationId) {
        return declarations.findById(declarationId)
                .orElseThrow(() -> new NotFoundException(Texts.of("hours.declaration.notFound", "id", String.valueOf(declarationId))));
    }

    private static boolean causedByDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DuplicateKeyException) {
                return true;
            }
        }
        return false;
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", Texts.of("hours.declaration.reasonRequired"));
        }
        new Validation().maxLength("reason", reason.trim(), 1000).throwIfAny();
    }

    private static String fingerprint(String regulator, String cycleId, ActivityDetails details) {
        return Sha256.hex(regulator + "|" + cycleId + "|" + details.summary());
    }
}
