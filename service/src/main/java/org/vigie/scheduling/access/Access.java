package org.vigie.scheduling.access;

import java.util.Arrays;
import java.util.Optional;

/** What a permission row gives on a professional's agenda at a location (spec §3.2.7): reading it, or reading and writing it. */
enum Access {
    READ, READ_WRITE;

    /** The access a request names, exactly as written; empty for anything else (left to the caller to refuse on its field). */
    static Optional<Access> named(String text) {
        return Arrays.stream(values()).filter(a -> a.name().equals(text)).findFirst();
    }
}
