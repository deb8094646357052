package org.vigie.scheduling.notices;

/** Sends the due messages now, as the scheduled relay does; safe on several instances at once. */
public interface NoticeDrain {
    /** @return how many messages this call sent */
    int drainDue();
}
