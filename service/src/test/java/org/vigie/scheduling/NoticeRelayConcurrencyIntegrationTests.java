package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.vigie.VigieApplication;
import org.vigie.scheduling.notices.NoticeDrain;

/**
 * Two service instances on one database (this test's and a second one) drain the same 200 due messages at once: each is sent
 * exactly once, whichever relay claimed it.
 */
class NoticeRelayConcurrencyIntegrationTests extends NoticeTest {
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startSecondInstance() {
        second = new SpringApplicationBuilder(VigieApplication.class).properties("server.port=0", "spring.jmx.enabled=false").run();
    }

    @AfterAll
    static void stopSecondInstance() {
        second.close();
    }

    @Test
    void R196_twoRelaysDrainingTwoHundredDueRemindersSendEachExactlyOnce() throws Exception {
        relay.drainDue(); // what earlier tests left due
        long appointment = unique() + 8_000_000L;
        Instant now = Instant.now();
        for (int i = 0; i < 200; i++) {
            jdbc.sql("INSERT INTO appointment_notice (appointment_id, enterprise_id, kind, channel, language, recipient, body, due_at, expires_at,"
                            + " status, attempts, next_attempt_at, created_at) VALUES (?, 1, 'REMINDER_1D', 'SMS', 'FR', ?, ?, ?, ?, 'PENDING', 0, ?, ?)")
                    .params(appointment, String.format("+1438%07d", i), "Rappel " + i, Timestamp.from(now.minusSeconds(60)),
                            Timestamp.from(now.plus(Duration.ofDays(1))), Timestamp.from(now.minusSeconds(60)), Timestamp.from(now)).update();
        }
        List<NoticeDrain> relays = List.of(relay, second.getBean(NoticeDrain.class));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) { // two drains on each instance
                NoticeDrain drain = relays.get(i % 2);
                runs.add(pool.submit(() -> {
                    start.await();
                    return drain.drainDue();
                }));
            }
            start.countDown();
            int sent = 0;
            for (Future<Integer> run : runs) {
                sent += run.get();
            }
            assertThat(sent).as("sent by all drains together").isEqualTo(200);
        } finally {
            pool.shutdown();
        }
        assertThat(count("appointment_notice", "appointment_id = ? AND status = 'SENT'", appointment)).isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sms_message s JOIN appointment_notice n ON n.id = s.notice_id WHERE n.appointment_id = ?")
                .param(appointment).query(Long.class).single()).as("one SMS per message").isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT s.notice_id) FROM sms_message s JOIN appointment_notice n ON n.id = s.notice_id"
                + " WHERE n.appointment_id = ?").param(appointment).query(Long.class).single()).isEqualTo(200);
    }
}
