package org.vigie.scheduling.notices;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.vigie.scheduling.notices.Notices.ClaimedNotice;

/** One message through its channel's gateway; an SMS to a number that texted ARRÊT is not sent (R203). */
@Component
class NoticeSending {
    private final MailGateway mail;
    private final SmsGateway sms;
    private final CallGateway calls;
    private final SmsLog log;

    NoticeSending(MailGateway mail, SmsGateway sms, CallGateway calls, SmsLog log) {
        this.mail = mail;
        this.sms = sms;
        this.calls = calls;
        this.log = log;
    }

    /** The numbers of a batch's SMS that texted ARRÊT: read once a batch. */
    Set<String> optedOut(List<ClaimedNotice> batch) {
        return log.optedOut(batch.stream().filter(n -> n.channel() == Channel.SMS).map(ClaimedNotice::recipient).collect(Collectors.toSet()));
    }

    /** Why the message must not go at all, if it must not. */
    Optional<String> refusal(ClaimedNotice notice, Set<String> optedOut) {
        // French on purpose: ARRÊT is the keyword the patient texts, named in the relay's own record (last_error), which no caller reads
        return notice.channel() == Channel.SMS && optedOut.contains(notice.recipient()) ? Optional.of("the number texted ARRÊT (R203)")
                : Optional.empty();
    }

    void send(ClaimedNotice notice) {
        switch (notice.channel()) {
            case EMAIL -> mail.send(notice.recipient(), notice.subject(), notice.body());
            case SMS -> sms.send(notice.recipient(), Arrays.asList(notice.body().split("\n")), notice.id());
            case VOICE_CALL -> calls.call(notice.recipient(), notice.body(), notice.id());
        }
    }
}
