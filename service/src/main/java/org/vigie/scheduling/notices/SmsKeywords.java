package org.vigie.scheduling.notices;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.rules.facts.ListItem;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.web.Caller;
import org.vigie.web.ForbiddenException;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.Words;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * What the short code answers (R202): the keywords of the pack's list smsKeywords (ARRÊT/STOP, AIDE/HELP, INFO, REPRISE/START)
 * in any case, with or without accents, get the guide's replies in the language of the word; anything else the "we do not
 * reply" text. ARRÊT stops the SMS to the number until REPRISE (R203). Only the
 * SMS provider, which RAMQ runs, calls it: as the operator's own writes, the service's administrators only.
 */
@Service
class SmsKeywords {
    private final SmsLog log;
    private final SmsGateway gateway;
    private final NoticeSettings settings;
    private final SchedulingRules rules;
    private final Clock clock;

    SmsKeywords(SmsLog log, SmsGateway gateway, NoticeSettings settings, SchedulingRules rules, Clock clock) {
        this.log = log;
        this.gateway = gateway;
        this.settings = settings;
        this.rules = rules;
        this.clock = clock;
    }

    @Schema(example = "{\"from\": \"+15145550100\", \"text\": \"ARRÊT\"}")
    record InboundSms(@Schema(requiredMode = REQUIRED, example = "+15145550100", description = "The patient's number") String from,
                      @Schema(requiredMode = REQUIRED, example = "ARRÊT") String text) {
        @Override
        public String toString() {
            return "InboundSms[…]";
        }
    }

    @Schema(description = "The keyword recognised and the reply sent back from the short code")
    record SmsReply(@Schema(description = "STOP, HELP, INFO, START or OTHER") String keyword, String reply) {
    }

    @Transactional
    SmsReply receive(InboundSms sms) {
        if (!Caller.current().isAdmin()) {
            throw new ForbiddenException(rules.text("notices.inbound.providerOnly"));
        }
        String phone = Phones.e164(sms.from()).orElseThrow(() -> new InvalidRequestException("from", rules.text("notices.inbound.phone.invalid")));
        if (sms.text() == null) {
            throw new InvalidRequestException("text", rules.text("notices.inbound.text.required"));
        }
        log.record("IN", phone, settings.shortCode(), sms.text(), null, clock.instant());
        Keyword keyword = keyword(sms.text());
        if ("STOP".equals(keyword.code())) {
            log.optOut(phone, clock.instant());
        } else if ("START".equals(keyword.code())) {
            log.optIn(phone);
        }
        String reply = rules.pack().parameters().message("notice.sms.reply." + keyword.code(), keyword.language());
        gateway.send(phone, List.of(reply), null);
        return new SmsReply(keyword.code(), reply);
    }

    /** A keyword of the pack's list smsKeywords, and the language of the word typed; OTHER in French when none. */
    private record Keyword(String code, String language) {
    }

    private Keyword keyword(String text) {
        String typed = Words.fold(text);
        for (ListItem keyword : rules.pack().parameters().list("smsKeywords")) {
            for (String language : List.of("fr", "en")) { // a word of both languages (INFO) answers in French, the guide's
                if (words(keyword.attribute(language)).contains(typed)) {
                    return new Keyword(keyword.getCode(), language);
                }
            }
        }
        return new Keyword("OTHER", "fr");
    }

    /** The words of one language, folded: « ARRÊT » or « ARRÊT, ARRET ». */
    private static List<String> words(String listed) {
        return listed == null ? List.of() : Arrays.stream(listed.split(",")).map(Words::fold).filter(w -> !w.isEmpty()).toList();
    }
}
