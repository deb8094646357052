package org.vigie.scheduling.notices;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.scheduling.notices.NoticeBacklogs.NoticeBacklog;
import org.vigie.scheduling.notices.SmsKeywords.InboundSms;
import org.vigie.scheduling.notices.SmsKeywords.SmsReply;
import org.vigie.web.Bodies;

/** The short code's inbound SMS and the outbox's backlog: what only RAMQ, the provincial operator, and its SMS provider call. */
@RestController
@Tag(name = "Notices", description = "The messages patients receive about their appointments: the SMS keywords (R202, R203) and the "
        + "backlog of waiting messages (administrators of the service only)")
class NoticesController {
    private final SmsKeywords keywords;
    private final NoticeBacklogs backlogs;

    NoticesController(SmsKeywords keywords, NoticeBacklogs backlogs) {
        this.keywords = keywords;
        this.backlogs = backlogs;
    }

    @PostMapping("/api/clinic/sms/inbound")
    @Operation(operationId = "receiveSms", summary = "The SMS provider hands over a text a patient sent to RAMQ's short code (R201, the "
            + "setting vigie.notices.short-code): it is recorded and answered from it; ARRÊT/STOP stops the SMS to the number until "
            + "REPRISE/START (R202, R203; administrators: RAMQ's SMS provider)")
    SmsReply receive(@RequestBody InboundSms body) {
        return keywords.receive(Bodies.required(body));
    }

    @GetMapping("/api/clinic/notices/backlog")
    @Operation(operationId = "showNoticeBacklog", summary = "The appointment messages waiting, per channel, and the age of the oldest "
            + "due one: a growing age means a gateway fails or no relay runs (administrators)")
    NoticeBacklog backlog() {
        return backlogs.backlog();
    }
}
