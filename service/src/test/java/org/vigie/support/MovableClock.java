package org.vigie.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** The system clock, moved forward by what a test asks: locks and sessions that last minutes, tested in milliseconds. */
public final class MovableClock extends Clock {
    private final ZoneId zone;
    private final AtomicReference<Duration> ahead;

    public MovableClock(ZoneId zone) {
        this(zone, new AtomicReference<>(Duration.ZERO));
    }

    private MovableClock(ZoneId zone, AtomicReference<Duration> ahead) {
        this.zone = zone;
        this.ahead = ahead;
    }

    public void move(Duration by) {
        ahead.accumulateAndGet(by, Duration::plus);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MovableClock(other, ahead);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead.get());
    }
}
