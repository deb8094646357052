package org.vigie.exemptions;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.accounts.MailLanguages;
import org.vigie.web.Caller;
import org.vigie.members.Member;
import org.vigie.notifications.Notifications;
import org.vigie.rules.Attestations;
import org.vigie.rules.PackParameters;
import org.vigie.rules.PackManifest;
import org.vigie.rules.RulePack;
import org.vigie.rules.RulePacks;
import org.vigie.web.ConflictException;
import org.vigie.web.DocumentInspector;
import org.vigie.web.DocumentSettings;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.NotFoundException;
import org.vigie.web.Sha256;
import org.vigie.web.Texts;
import org.vigie.web.Validation;

/** Drafts, documents, submission and decision of exemption requests. */
@Service
class ExemptionService {
    private final Exemptions exemptions;
    private final ExemptionDocuments documents;
    private final RulePacks packs;
    private final Notifications notifications;
    private final MailLanguages mailLanguages;
    private final DocumentSettings documentSettings;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Clock clock;

    ExemptionService(Exemptions exemptions, ExemptionDocuments documents, RulePacks packs, Notifications notifications, MailLanguages mailLanguages,
                     DocumentSettings documentSettings, TransactionTemplate transactions, JdbcClient jdbc, Clock clock) {
        this.exemptions = exemptions;
        this.documents = documents;
        this.packs = packs;
        this.notifications = notifications;
        this.mailLanguages = mailLanguages;
        this.documentSettings = documentSettings;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    ExemptionView draft(Member member, NewExemption request, String language) {
        RulePack pack = packs.requireForRequest(request.regulator(), request.cycleId(), PackManifest.HOURS).pack();
        if (member.membership(request.regulator()).isEmpty()) {
            throw new InvalidRequestException("regulator", Texts.of("members.notRegistered", "regulator", request.regulator()));
        }
        Validation validation = new Validation();
        PackParameters parameters = pack.parameters();
        var motive = request.motive() == null ? java.util.Optional.<org.vigie.rules.facts.ListItem>empty()
                : parameters.item("exemptionMotives", request.motive());
        validation.require(motive.isPresent(), "motive", Texts.of("exemptions.draft.motiveRequired"));
        validation.require(request.motiveStart() != null, "motiveStart", Texts.of("exemptions.draft.motiveStartRequired"))
                .require(request.motiveEnd() != null, "motiveEnd", Texts.of("exemptions.draft.motiveEndRequired"));
        if (request.motiveStart() != null && request.motiveEnd() != null) {
            validation.require(!request.motiveEnd().isBefore(request.motiveStart()), "motiveEnd",
                    Texts.of("exemptions.draft.motiveEndBeforeStart"));
        }
        validation.require(length(request.complement()) <= 2000, "complement", Texts.of("exemptions.draft.complementTooLong", "max", 2000))
                .require(length(request.precision()) <= 2000, "precision", Texts.of("exemptions.draft.precisionTooLong", "max", 2000));
        if (motive.isPresent() && "true".equals(motive.get().attribute("requiresPrecision")) && blank(request.precision())) {
            // the pack's refusal in the caller's language (fr or en), the motive named in it when the pack gives that name
            String motiveName = motive.get().label(language);
            validation.refuse("precision", parameters.message("exemption.precisionRequired", language, Map.of("motive", motiveName)));
        }
        validation.throwIfAny();
        Exemption saved = exemptions.save(Exemption.draft(member.getId(), request.regulator(), request.cycleId(),
                request.motive(), request.motiveStart(), request.motiveEnd(), trimmed(request.complement()),
                trimmed(request.precision()), clock.instant()));
        return view(saved);
    }

    ExemptionView addDocument(long exemptionId, String filename, byte[] content) {
        String contentType = DocumentInspector.check(filename, content, documentSettings.maxBytes(),
                documentSettings.allowedTypes(), new Validation());
        return transactions.execute(tx -> {
            Exemption exemption = find(exemptionId);
            exemption.touch();
            exemptions.save(exemption);
            documents.save(new ExemptionDocument(null, exemptionId, filename.trim(), contentType, content.length,
                    Sha256.hex(content), content, clock.instant()));
            return view(exemption);
        });
    }

    ExemptionView removeDocument(long exemptionId, long documentId) {
        return transactions.execute(tx -> {
            Exemption exemption = find(exemptionId);
            exemption.touch();
            ExemptionDocument document = documents.findById(documentId)
                    .filter(d -> d.exemptionId() == exemptionId)
                    .orElseThrow(() -> new NotFoundException(Texts.of("exemptions.document.unknown", "id", String.valueOf(documentId))));
            documents.delete(document);
            exemptions.save(exemption);
            return view(exemption);
        });
    }

    ExemptionDocument document(long exemptionId, long documentId) {
        return documents.findById(documentId).filter(d -> d.exemptionId() == exemptionId)
                .orElseThrow(() -> new NotFoundException(Texts.of("exemptions.document.unknown", "id", String.valueOf(documentId))));
    }

    ExemptionView submit(long exemptionId, List<Boolean> commitments) {
        try {
            return transactions.execute(tx -> {
                Exemption exemption = find(exemptionId);
                Validation validation = new Validation();
                Attestations.check(packs.require(exemption.getRegulator()).parameters(), "exemptionCommitments", commitments,
                        "commitments", validation);
                validation.throwIfAny();
                if (exemption.getStatus() == ExemptionStatus.SUBMITTED) {
                    return view(exemption);
                }
                if (documentSummaries(exemptionId).isEmpty()) {
                    throw new InvalidRequestException("documents", Texts.of("exemptions.submission.documentRequired"));
                }
                exemption.submit(clock.instant());
                return view(exemptions.save(exemption));
            });
        } catch (OptimisticLockingFailureException concurrent) {
            Exemption now = find(exemptionId);
            if (now.getStatus() == ExemptionStatus.SUBMITTED) {
                return view(now);
            }
            throw concurrent;
        }
    }

    ExemptionView decide(Caller caller, long exemptionId, ExemptionDecision decision, Member member) {
        Validation validation = new Validation();
        boolean validating = "VALIDATED".equals(decision.outcome());
        validation.require(validating || "REFUSED".equals(decision.outcome()), "outcome",
                Texts.of("exemptions.decision.outcome"));
        if (validating) {
            BigDecimal hours = decision.hoursGranted();
            validation.require(hours != null && hours.signum() > 0 && hours.stripTrailingZeros().scale() <= 2,
                    "hoursGranted", Texts.of("exemptions.decision.hoursGranted"));
        }
        validation.require(length(decision.note()) <= 1000, "note", Texts.of("exemptions.decision.noteTooLong", "max", 1000));
        validation.throwIfAny();
        return transactions.execute(tx -> {
            Exemption exemption = find(exemptionId);
            caller.requireActsFor(exemption.getRegulator());
            if (validating) {
                exemption.validate(decision.hoursGranted(), caller.username(), clock.instant(), trimmed(decision.note()));
            } else {
                exemption.refuse(caller.username(), clock.instant(), trimmed(decision.note()));
            }
            Exemption saved = exemptions.save(exemption);
            notifyMember(member, saved);
            return view(saved);
        });
    }

    /**
     * The wording is the regulator's: {@code mail.exemption.<STATUS>.subject} and {@code .body} in the pack's messages, in the
     * member's language (their account's, not the deciding staff's request's).
     */
    private void notifyMember(Member member, Exemption exemption) {
        PackParameters parameters = packs.require(exemption.getRegulator()).parameters();
        String language = mailLanguages.of(member.getEmail());
        String key = "mail.exemption." + exemption.getStatus().name();
        Map<String, Object> values = Map.of("firstName", member.getFirstName(), "lastName", member.getLastName(),
                "cycle", exemption.getCycleId(), "status", exemption.getStatus().label(language),
                "hours", exemption.getHoursGranted() == null ? java.math.BigDecimal.ZERO : exemption.getHoursGranted(),
                "note", exemption.getDecisionNote() == null ? "" : exemption.getDecisionNote());
        notifications.queue(member.getEmail(), parameters.message(key + ".subject", language, values),
                parameters.message(key + ".body", language, values));
    }

    Exemption find(long exemptionId) {
        return exemptions.findById(exemptionId)
                .orElseThrow(() -> new NotFoundException(Texts.of("exemptions.unknown", "id", String.valueOf(exemptionId))));
    }

    ExemptionView view(Exemption exemption) {
        return ExemptionView.of(exemption, documentSummaries(exemption.getId()));
    }

    private List<ExemptionView.DocumentView> documentSummaries(long exemptionId) {
        return jdbc.sql("SELECT id, filename, content_type, size_bytes, sha256, uploaded_at FROM exemption_document"
                        + " WHERE exemption_id = ? ORDER BY id")
                .param(exemptionId)
                .query((rs, n) -> new ExemptionView.DocumentView(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getLong(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list();
    }


    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String trimmed(String text) {
        return blank(text) ? null : text.trim();
    }
}
