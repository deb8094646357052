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
    /** While set, the instant time stands still at (before the offset); null while the clock ticks. */
    private final AtomicReference<Instant> stoppedAt;

    private TestClock(ZoneId zone, AtomicReference<Duration> offset, AtomicReference<Instant> stoppedAt) {
        this.zone = zone;
        this.offset = offset;
        this.stoppedAt = stoppedAt;
    }

    /** From now on the service's today is {@code day} (from noon, in the service's zone), and the clock keeps ticking. */
    public void today(LocalDate day) {
        offset.set(Duration.between(base(), day.atTime(LocalTime.NOON).atZone(zone).toInstant()));
    }

    /** Moves the service's time by this much, on top of where it is. */
    public void move(Duration by) {
        offset.updateAndGet(current -> current.plus(by));
    }

    /**
     * Time stands still from now on, until {@link #move} moves it or the test ends: for a test whose answer depends on the
     * seconds between two requests (a lock's remaining wait), which a loaded machine would otherwise stretch.
     */
    public void stop() {
        stoppedAt.compareAndSet(null, Instant.now());
    }

    /** Back to the running day, ticking. */
    void reset() {
        offset.set(Duration.ZERO);
        stoppedAt.set(null);
    }

    private Instant base() {
        Instant stopped = stoppedAt.get();
        return stopped != null ? stopped : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new TestClock(other, offset, stoppedAt);
    }

    @Override
    public Instant instant() {
        return base().plus(offset.get());
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {
        @Bean
        @Primary
        public TestClock testClock(@Value("${vigie.time-zone:America/Montreal}") String zone) {
            return new TestClock(ZoneId.of(zone), new AtomicReference<>(Duration.ZERO), new AtomicReference<>());
        }
    }
}
