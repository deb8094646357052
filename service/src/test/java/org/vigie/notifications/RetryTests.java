package org.vigie.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

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

    @Test
    void theCurveIsReadFromTheSettingsAndEachPartHasItsDefault() {
        NotificationSettings set = bind(Map.of("vigie.notifications.retry.first", "10s", "vigie.notifications.retry.last", "2m"));
        assertThat(set.retry().after(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(set.retry().after(4)).isEqualTo(Duration.ofSeconds(80));
        assertThat(set.retry().after(5)).isEqualTo(Duration.ofMinutes(2));

        NotificationSettings onlyFirst = bind(Map.of("vigie.notifications.retry.first", "1m"));
        assertThat(onlyFirst.retry().last()).as("the default last wait").isEqualTo(Duration.ofHours(1));
        assertThat(bind(Map.of("vigie.notifications.from", "x@y.z")).retry().first()).as("the default first wait")
                .isEqualTo(Duration.ofSeconds(30));
    }

    private static NotificationSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("vigie.notifications", NotificationSettings.class);
    }
}
