package org.vigie.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One counter for every RAMQ identifier and practice number the tests register (six digits each):
 * tests that share the database and the JVM never draw the same one. Seeded from the clock, as the
 * test command starts each run on an empty database.
 */
public final class RamqNumbers {
    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 400_000));

    private RamqNumbers() {
    }

    /** A number below 1,000,000, different at each call of the run. */
    public static int next() {
        return NEXT.incrementAndGet() % 1_000_000;
    }
}
