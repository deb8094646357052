package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vigie.scheduling.notices.AppointmentMessages;
import org.vigie.scheduling.notices.AppointmentMessages.AppointmentMessage;
import org.vigie.support.Api;

/** What the operator watches (the backlog and its gauge) and what the clinic will read of an appointment's messages. */
class NoticeBacklogApiIntegrationTests extends NoticeTest {
    @Autowired
    MeterRegistry meters;
    @Autowired
    AppointmentMessages messages;

    @BeforeEach
    void monday() {
        clock.today(LocalDate.of(2027, 3, 1));
    }

    private Api.Response backlog() {
        var answer = api.get(Api.admin(), "/api/clinic/notices/backlog");
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        return answer;
    }

    private long pending(Api.Response backlog, String channel, String field) {
        for (var c : backlog.body().get("channels")) {
            if (c.get("channel").asText().equals(channel)) {
                return c.get(field).asLong();
            }
        }
        return 0;
    }

    @Test
    void theBacklogCountsTheWaitingMessagesPerChannelAndHowLongTheOldestDueOneWaited() {
        relay.drainDue();
        var before = backlog();
        Appt a = new Appt().at(LocalDateTime.of(2027, 3, 8, 14, 30)).channels("SMS", "VOICE_CALL");
        book(a);
        clock.move(Duration.ofHours(2)); // no relay ran for two hours
        var waiting = backlog();
        assertThat(pending(waiting, "SMS", "pending") - pending(before, "SMS", "pending")).as("a confirmation and two reminders").isEqualTo(3);
        assertThat(pending(waiting, "SMS", "due") - pending(before, "SMS", "due")).as("the confirmation").isEqualTo(1);
        assertThat(pending(waiting, "VOICE_CALL", "oldestDueAgeSeconds")).isGreaterThanOrEqualTo(7200);
        assertThat(waiting.body().get("oldestDueAgeSeconds").asLong()).isGreaterThanOrEqualTo(7200);
        assertThat(meters.get("vigie.notices.oldest.due.age").gauge().value()).isGreaterThanOrEqualTo(7200);

        relay.drainDue();
        var drained = backlog();
        assertThat(pending(drained, "SMS", "due")).isZero();
        assertThat(drained.body().get("oldestDueAgeSeconds").asLong()).isZero();
        assertThat(meters.get("vigie.notices.oldest.due.age").gauge().value()).isZero();
    }

    @Test
    void onlyTheOperatorSeesTheBacklog() {
        Enterprise enterprise = enterprise(false);
        var refused = api.get(enterprise.admin().login(), "/api/clinic/notices/backlog");
        assertThat(refused.status()).as(refused.raw()).isEqualTo(403);
    }

    @Test
    void anAppointmentsMessagesReadWithTheirRecipientsMasked() {
        Appt a = new Appt().at(LocalDateTime.of(2027, 3, 8, 14, 30)).channels("EMAIL", "SMS");
        book(a);
        relay.drainDue();
        var read = messages.of(a.enterpriseId, a.id);
        assertThat(read).extracting(AppointmentMessage::kind, AppointmentMessage::channel, AppointmentMessage::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CONFIRMATION", "EMAIL", "SENT"),
                        org.assertj.core.groups.Tuple.tuple("CONFIRMATION", "SMS", "SENT"),
                        org.assertj.core.groups.Tuple.tuple("REMINDER_3D", "EMAIL", "PENDING"),
                        org.assertj.core.groups.Tuple.tuple("REMINDER_3D", "SMS", "PENDING"),
                        org.assertj.core.groups.Tuple.tuple("REMINDER_1D", "EMAIL", "PENDING"),
                        org.assertj.core.groups.Tuple.tuple("REMINDER_1D", "SMS", "PENDING"));
        assertThat(read.get(0).recipient()).isEqualTo("p***@example.org");
        assertThat(read.get(1).recipient()).isEqualTo("+1******" + a.mobile.substring(a.mobile.length() - 4));
        assertThat(read.get(0).subject()).isEqualTo("Rendez-vous confirmé le 8 mars 2027 à 14 h 30");
        assertThat(read.get(0).sentAt()).isNotNull();
        assertThat(read.get(1).body()).startsWith("Rendez-vous confirmé pour Julie le 08-03-2027 à 14:30");
        assertThat(read.toString()).doesNotContain("Julie", "example.org");
        assertThat(messages.of(a.enterpriseId + 1, a.id)).as("another enterprise's").isEmpty();
    }
}
