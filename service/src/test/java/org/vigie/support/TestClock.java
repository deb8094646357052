package org.vigie.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The clock the API tests' service runs on: it ticks like the service's own, and a test that
 * depends on the day moves it ({@link #today}) so that it means the same whatever day the suite
 * runs; {@link ApiTest} puts it back after each test. Its zones share one offset, so the clinic's
 * {@code clock.withZone(...)} moves with it.
 */
public final class TestClock extends Clock {
    private final ZoneId zone;
    private final AtomicReference<Duration> offset;

    private TestClock(ZoneId zone, AtomicReference<Duration> offset) {
        this.zone = zone;
        this.offset = offset;
    }

    /** From now on the service's today is {@code day} (from noon, in the service's zone), and the clock keeps ticking. */
    public void today(LocalDate day) {
        offset.set(Duration.between(Instant.now(), day.atTime(LocalTime.NOON).atZone(zone).toInstant()));
    }

    /** Moves the service's time by this much, on top of where it is. */
    public void move(Duration by) {
        offset.updateAndGet(current -> current.plus(by));
    }

    /** Back to the running day. */
    void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new TestClock(other, offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {
        @Bean
        @Primary
        public TestClock testClock(@Value("${vigie.time-zone:America/Montreal}") String zone) {
            return new TestClock(ZoneId.of(zone), new AtomicReference<>(Duration.ZERO));
        }
    }
}
