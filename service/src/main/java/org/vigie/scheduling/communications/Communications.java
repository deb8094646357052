package org.vigie.scheduling.communications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.Bodies;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.NotFoundException;
import org.vigie.web.Validation;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Clinic;
import org.vigie.scheduling.ClinicAudit;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.people.ClinicDirectory;

/**
 * What the clinic says to its patients: the e-mail texts (one per subject and language, for every
 * location of the enterprise) and the availability-screen messages (per type, language and the
 * enterprise or one location, which then overrides the enterprise's text and RAMQ's default). A
 * preview saves nothing; texts carry no logo.
 */
@RestController
@Tag(name = "Clinic scheduling", description = "Enterprises, locations, employees, profiles, permissions, services (RVSQ, clinic side)")
public class Communications {
    static final String ENTERPRISE = "ENTERPRISE";
    private static final int MAX_HTML = 20_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clinic clinic;
    private final SchedulingRules rules;
    private final ClinicAudit audit;
    private final ClinicDirectory people;
    private final Clock clock;

    Communications(JdbcClient jdbc, TransactionTemplate transactions, Clinic clinic, SchedulingRules rules, ClinicAudit audit,
                   ClinicDirectory people, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clinic = clinic;
        this.rules = rules;
        this.audit = audit;
        this.people = people;
        this.clock = clock;
    }

    record Text(String html) {
    }

    record EmailText(String subject, String language, String html, String updatedBy, Instant updatedAt) {
    }

    @GetMapping("/api/clinic/enterprises/{enterpriseId}/communications/emails")
    @Operation(summary = "The enterprise's custom e-mail texts, one per subject and language, for all its locations (R249, R250)")
    List<EmailText> emails(@PathVariable long enterpriseId) {
        clinic.actor(enterpriseId);
        return jdbc.sql("SELECT subject, language, html, updated_by, updated_at FROM clinic_email_text WHERE enterprise_id = ? ORDER BY subject, language")
                .param(enterpriseId)
                .query((rs, n) -> new EmailText(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }

    @PutMapping("/api/clinic/enterprises/{enterpriseId}/communications/emails/{subject}/{language}")
    @Operation(summary = "A local administrator or super user saves the custom text of one e-mail subject in one language (R250); no "
            + "logo (R251); an empty text goes back to RAMQ's")
    EmailText saveEmail(@PathVariable long enterpriseId, @PathVariable String subject, @PathVariable String language, @RequestBody Text body) {
        Text text = Bodies.required(body);
        Actor actor = clinic.actor(enterpriseId);
        clinic.require(actor, "communications.edit");
        checkKeys("subject", subject, "emailSubjects", language);
        String html = clean(text.html());
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("DELETE FROM clinic_email_text WHERE enterprise_id = ? AND subject = ? AND language = ?").params(enterpriseId, subject, language).update();
            jdbc.sql("INSERT INTO clinic_email_text (enterprise_id, subject, language, html, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(enterpriseId, subject, language, html, actor.username(), Timestamp.from(clock.instant())).update();
            audit.record(actor, "communications.email.edit", "email:" + subject + "/" + language, html);
        });
        return emails(enterpriseId).stream().filter(e -> e.subject().equals(subject) && e.language().equals(language)).findFirst().orElseThrow();
    }

    record Preview(String html, boolean saved) {
    }

    @PostMapping("/api/clinic/enterprises/{enterpriseId}/communications/preview")
    @Operation(summary = "« Rafraîchir l'aperçu »: the text as patients would get it, checked like a saved one; nothing is saved (R253)")
    Preview preview(@PathVariable long enterpriseId, @RequestBody Text body) {
        Actor actor = clinic.actor(enterpriseId);
        clinic.require(actor, "communications.edit");
        return new Preview(clean(Bodies.required(body).html()), false);
    }

    record MessageText(String messageType, String scope, String language, String html, String source) {
    }

    @PutMapping("/api/clinic/enterprises/{enterpriseId}/communications/messages/{messageType}/{scope}/{language}")
    @Operation(summary = "A local administrator or super user saves an availability-screen message (M-P6, M-P6b, M-P8) for the "
            + "enterprise (scope ENTERPRISE) or one location (its id), in one language (R252); no logo (R251)")
    MessageText saveMessage(@PathVariable long enterpriseId, @PathVariable String messageType, @PathVariable String scope,
                            @PathVariable String language, @RequestBody Text body) {
        Text text = Bodies.required(body);
        Actor actor = clinic.actor(enterpriseId);
        clinic.require(actor, "communications.edit");
        checkKeys("messageType", messageType, "messageTypes", language);
        long location = scope(enterpriseId, scope);
        String html = clean(text.html());
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("DELETE FROM clinic_message_text WHERE enterprise_id = ? AND message_type = ? AND location_id = ? AND language = ?")
                    .params(enterpriseId, messageType, location, language).update();
            jdbc.sql("INSERT INTO clinic_message_text (enterprise_id, message_type, location_id, language, html, updated_by, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(enterpriseId, messageType, location, language, html, actor.username(), Timestamp.from(clock.instant())).update();
            audit.record(actor, "communications.message.edit", "message:" + messageType + "/" + scope + "/" + language, html);
        });
        return resolve(enterpriseId, messageType, location, language);
    }

    @GetMapping("/api/clinic/enterprises/{enterpriseId}/communications/messages/{messageType}")
    @Operation(summary = "The message patients see at a location (or the enterprise's): the location's own text, else the enterprise's, "
            + "else RAMQ's default (§9 A22)")
    MessageText message(@PathVariable long enterpriseId, @PathVariable String messageType, @RequestParam(defaultValue = ENTERPRISE) String scope,
                        @RequestParam(defaultValue = "FR") String language) {
        clinic.actor(enterpriseId);
        checkKeys("messageType", messageType, "messageTypes", language);
        return resolve(enterpriseId, messageType, scope(enterpriseId, scope), language);
    }

    private MessageText resolve(long enterpriseId, String messageType, long location, String language) {
        for (long scope : location == 0 ? List.of(0L) : List.of(location, 0L)) {
            var html = jdbc.sql("SELECT html FROM clinic_message_text WHERE enterprise_id = ? AND message_type = ? AND location_id = ? AND language = ?")
                    .params(enterpriseId, messageType, scope, language).query(String.class).optional();
            if (html.isPresent() && html.get() != null) {
                return new MessageText(messageType, location == 0 ? ENTERPRISE : String.valueOf(location), language, html.get(),
                        scope == 0 ? ENTERPRISE : "LOCATION");
            }
        }
        return new MessageText(messageType, location == 0 ? ENTERPRISE : String.valueOf(location), language, rules.message(messageType), "RAMQ");
    }

    private long scope(long enterpriseId, String scope) {
        if (ENTERPRISE.equals(scope)) {
            return 0;
        }
        try {
            long location = Long.parseLong(scope);
            people.requireLocation(enterpriseId, location);
            return location;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("scope", "Portée inconnue : « " + scope + " » (ENTERPRISE ou l'identifiant d'un lieu).");
        } catch (NotFoundException e) {
            throw new InvalidRequestException("scope", e.getMessage());
        }
    }

    private void checkKeys(String field, String code, String list, String language) {
        Validation validation = rules.requireKnown(new Validation(), field, list, code, "Inconnu");
        rules.requireKnown(validation, "language", "languages", language, "Langue inconnue").throwIfAny();
    }

    /** The text as saved: null when empty; refused with a logo or an image (R251) or a script. */
    private static String clean(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String lower = html.toLowerCase(Locale.ROOT);
        new Validation().maxLength("html", html, MAX_HTML)
                .require(!lower.contains("<img") && !lower.contains("<svg") && !lower.contains("data:image"), "html",
                        "Le texte ne peut pas contenir de logo ni d'image.")
                .require(!lower.contains("<script") && !lower.matches("(?s).*\\son[a-z]+\\s*=.*"), "html",
                        "Le texte ne peut pas contenir de script.")
                .throwIfAny();
        return html.trim();
    }
}
