package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vigie.support.Api;
import org.vigie.support.TestGateways;
import org.vigie.support.TestMail;

/**
 * The relay through outages and time: a message waits while its gateway fails and goes once when it is back, with a growing
 * delay between tries; past its expiry it is dropped, never sent; to a number that texted ARRÊT it is not sent (R203).
 */
class NoticeRelayIntegrationTests extends NoticeTest {
    @Autowired
    TestGateways.Sms sms;

    @BeforeEach
    void monday() {
        clock.today(LocalDate.of(2027, 3, 1));
    }

    @Test
    void R187_aConfirmationWaitsThroughAMailServerOutageAndGoesOnceWhenItIsBack() {
        Appt a = new Appt().at(LocalDateTime.of(2027, 3, 8, 14, 30));
        book(a);
        TestMail.server().stop();
        try {
            relay.drainDue();
            assertThat(row(a, "attempts")).isEqualTo("1");
            assertThat(row(a, "status")).isEqualTo("PENDING");
            assertThat(row(a, "last_error")).isNotBlank();
        } finally {
            TestMail.server().start();
        }
        relay.drainDue();
        assertThat(mailsTo(a.email)).as("the retry waits its delay").isEmpty();
        clock.move(Duration.ofSeconds(31));
        relay.drainDue();
        relay.drainDue();
        assertThat(mailsTo(a.email)).hasSize(1);
        assertThat(row(a, "status")).isEqualTo("SENT");
    }

    @Test
    void R187_anSmsWaitsWhileItsGatewayFailsWithAGrowingDelayThenGoesOnce() {
        Appt a = new Appt().at(LocalDateTime.of(2027, 3, 8, 14, 30)).channels("SMS", "EMAIL");
        book(a);
        sms.down(true);
        try {
            Instant first = clock.instant();
            relay.drainDue();
            Instant retry1 = next(a);
            clock.move(Duration.ofSeconds(31));
            Instant second = clock.instant();
            relay.drainDue();
            Instant retry2 = next(a);
            assertThat(Duration.between(first, retry1)).isBetween(Duration.ofSeconds(29), Duration.ofSeconds(31));
            assertThat(Duration.between(second, retry2)).isBetween(Duration.ofSeconds(59), Duration.ofSeconds(61));
            assertThat(jdbc.sql("SELECT attempts FROM appointment_notice WHERE appointment_id = ? AND channel = 'SMS' AND kind = 'CONFIRMATION'")
                    .param(a.id).query(Integer.class).single()).isEqualTo(2);
            assertThat(mailsTo(a.email)).as("another channel is not held back").hasSize(1);
        } finally {
            sms.down(false);
        }
        clock.move(Duration.ofSeconds(61));
        relay.drainDue();
        relay.drainDue();
        assertThat(smsTo(a.mobileE164())).hasSize(2).first().asString().startsWith("Rendez-vous confirmé pour Julie le 08-03-2027 à 14:30");
    }

    @Test
    void aMessageThatOutlivedItsExpiryIsDroppedNeverSent() {
        Appt a = new Appt().at(LocalDateTime.of(2027, 3, 8, 14, 30)).channels("SMS");
        book(a);
        timeIs(LocalDateTime.of(2027, 3, 8, 14, 31).atZone(MONTREAL).toInstant()); // no relay ran in between
        relay.drainDue();
        assertThat(notices(a)).containsExactly("CONFIRMATION/SMS/EXPIRED", "REMINDER_3D/SMS/EXPIRED", "REMINDER_1D/SMS/EXPIRED");
        assertThat(smsTo(a.mobileE164())).isEmpty();
    }

    @Test
    void R203_afterArretNoSmsGoesToTheNumberUntilReprise() {
        Appt a = new Appt().at(LocalDateTime.of(2027, 3, 8, 14, 30)).channels("SMS", "EMAIL");
        inbound(a.mobile, "Arrêt");
        book(a);
        relay.drainDue();
        assertThat(smsTo(a.mobileE164())).as("the reply to ARRÊT only").containsExactly("RVSQ – Réception textos annulée. Répondez REPRISE "
                + "pour réactiver. Annuler rendez-vous : www.rvsq.gouv.qc.ca. Frais msg/données applicables.");
        assertThat(jdbc.sql("SELECT last_error FROM appointment_notice WHERE appointment_id = ? AND kind = 'CONFIRMATION' AND channel = 'SMS'"
                + " AND status = 'CANCELLED'").param(a.id).query(String.class).single()).contains("ARRÊT");
        assertThat(mailsTo(a.email)).as("e-mail is another channel").hasSize(1);

        inbound(a.mobile, "reprise");
        timeIs(LocalDateTime.of(2027, 3, 5, 10, 1).atZone(MONTREAL).toInstant());
        relay.drainDue();
        assertThat(smsTo(a.mobileE164())).hasSize(3).last().asString().startsWith("Rappel RV Julie 2027-03-08 14:30");
    }

    private void inbound(String from, String text) {
        var answer = api.post(Api.admin(), "/api/clinic/sms/inbound", java.util.Map.of("from", from, "text", text));
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
    }

    /** A column of the appointment's confirmation on its first channel. */
    private String row(Appt a, String column) {
        return jdbc.sql("SELECT " + column + " FROM appointment_notice WHERE appointment_id = ? AND kind = 'CONFIRMATION' AND channel = ?")
                .params(a.id, a.channels.stream().sorted().findFirst().orElseThrow())
                .query(String.class).single();
    }

    private Instant next(Appt a) {
        return jdbc.sql("SELECT next_attempt_at FROM appointment_notice WHERE appointment_id = ? AND kind = 'CONFIRMATION' AND channel = 'SMS'")
                .param(a.id).query(Timestamp.class).single().toInstant();
    }
}
