package org.vigie.scheduling.communications;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.ClinicAudit;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.people.ClinicDirectory;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.NotFoundException;
import org.vigie.web.Validation;

/**
 * What the clinic says to its patients (§3.3): the e-mail texts, one per subject and language for every location of the
 * enterprise (R249, R250), and the availability-screen messages, per type, language and the enterprise or one location,
 * which then overrides the enterprise's text and RAMQ's default (R252, §9 A22). A preview saves nothing (R253); texts
 * carry no logo (R251). Every save is audited.
 */
@Component
class CustomTexts {
    static final String ENTERPRISE = "ENTERPRISE";
    private static final int MAX_HTML = 20_000;

    private final EmailTexts emails;
    private final MessageTexts messages;
    private final SchedulingRules rules;
    private final ClinicAudit audit;
    private final ClinicDirectory people;
    private final Clock clock;

    CustomTexts(EmailTexts emails, MessageTexts messages, SchedulingRules rules, ClinicAudit audit, ClinicDirectory people, Clock clock) {
        this.emails = emails;
        this.messages = messages;
        this.rules = rules;
        this.audit = audit;
        this.people = people;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<EmailText> emails(Actor actor) {
        return emails.of(actor.enterpriseId());
    }

    /** One subject's text in one language (R250); an empty text goes back to RAMQ's. */
    @Transactional
    EmailText saveEmail(Actor actor, String subject, String language, Text text) {
        checkKeys("subject", subject, "emailSubjects", language);
        String html = clean(text.html());
        emails.save(actor.enterpriseId(), subject, language, html, actor.username(), clock.instant());
        audit.record(actor, "communications.email.edit", "email:" + subject + "/" + language, html);
        return emails.of(actor.enterpriseId()).stream().filter(e -> e.subject().equals(subject) && e.language().equals(language))
                .findFirst().orElseThrow();
    }

    /** The text as it would be saved, checked alike; nothing is saved (R253). */
    Preview preview(Text text) {
        return new Preview(clean(text.html()), false);
    }

    /** A message for the enterprise (scope ENTERPRISE) or one of its locations (its id), in one language (R252). */
    @Transactional
    MessageText saveMessage(Actor actor, String messageType, String scope, String language, Text text) {
        checkKeys("messageType", messageType, "messageTypes", language);
        long location = scope(actor.enterpriseId(), scope);
        String html = clean(text.html());
        messages.save(actor.enterpriseId(), messageType, location, language, html, actor.username(), clock.instant());
        audit.record(actor, "communications.message.edit", "message:" + messageType + "/" + scope + "/" + language, html);
        return resolve(actor.enterpriseId(), messageType, location, language);
    }

    /** The message patients see at the scope: the location's own text, else the enterprise's, else RAMQ's default (§9 A22). */
    @Transactional(readOnly = true)
    MessageText message(Actor actor, String messageType, String scope, String language) {
        checkKeys("messageType", messageType, "messageTypes", language);
        return resolve(actor.enterpriseId(), messageType, scope(actor.enterpriseId(), scope), language);
    }

    private MessageText resolve(long enterpriseId, String messageType, long location, String language) {
        String shownScope = location == MessageTexts.ENTERPRISE ? ENTERPRISE : String.valueOf(location);
        for (long scope : location == MessageTexts.ENTERPRISE ? List.of(MessageTexts.ENTERPRISE) : List.of(location, MessageTexts.ENTERPRISE)) {
            Optional<String> html = messages.at(enterpriseId, messageType, scope, language);
            if (html.isPresent()) {
                return new MessageText(messageType, shownScope, language, html.get(), scope == MessageTexts.ENTERPRISE ? ENTERPRISE : "LOCATION");
            }
        }
        // RAMQ's default text in the language asked for, not the caller's
        return new MessageText(messageType, shownScope, language, rules.message(messageType, language.toLowerCase(java.util.Locale.ROOT)), "RAMQ");
    }

    private long scope(long enterpriseId, String scope) {
        if (ENTERPRISE.equals(scope)) {
            return MessageTexts.ENTERPRISE;
        }
        try {
            long location = Long.parseLong(scope);
            people.requireLocation(enterpriseId, location);
            return location;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("scope", rules.text("communications.scope.unknown", Map.of("scope", scope)));
        } catch (NotFoundException e) {
            throw new InvalidRequestException("scope", e.getMessage());
        }
    }

    private void checkKeys(String field, String code, String list, String language) {
        Validation validation = rules.requireInList(new Validation(), field, list, code, "communications.code.unknown");
        rules.requireInList(validation, "language", "languages", language, "communications.language.unknown").throwIfAny();
    }

    /** The text as saved: null when empty; refused with a logo or an image (R251) or a script. */
    private String clean(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String lower = html.toLowerCase(Locale.ROOT);
        new Validation().maxLength("html", html, MAX_HTML)
                .require(!lower.contains("<img") && !lower.contains("<svg") && !lower.contains("data:image"), "html",
                        rules.text("communications.html.image"))
                .require(!lower.contains("<script") && !lower.matches("(?s).*\\son[a-z]+\\s*=.*"), "html",
                        rules.text("communications.html.script"))
                .throwIfAny();
        return html.trim();
    }
}
