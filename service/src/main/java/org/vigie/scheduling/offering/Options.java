package org.vigie.scheduling.offering;

/** A professional's options (§3.2.4): the booking horizon, off by default (R88). */
record Options(boolean bookingHorizonEnabled, Integer bookingHorizonMaxWeeks) {
    static final Options DEFAULT = new Options(false, null);
}
