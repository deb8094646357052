package org.vigie.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The outboxes' one retry curve: the mail outbox's and the appointment messages' waits between tries. */
class RetryTests {
    private final NotificationSettings.Retry retry = new NotificationSettings.Retry(Duration.ofSeconds(30), Duration.ofHours(1));

    @Test
    void eachFailureDoublesTheWaitUpToTheLast() {
        assertThat(retry.after(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(retry.after(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(retry.after(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(retry.after(8)).isEqualTo(Duration.ofHours(1));
        assertThat(retry.after(40)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void anotherCurveIsASetting() {
        NotificationSettings.Retry quick = new NotificationSettings.Retry(Duration.ofSeconds(5), Duration.ofSeconds(12));
        assertThat(quick.after(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(quick.after(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(quick.after(3)).isEqualTo(Duration.ofSeconds(12));
    }
}
