package org.vigie;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * What the embedded H2 database lacks of MariaDB's SQL, declared to it by the migration in db/vendor/h2: {@code UTC_TIMESTAMP(n)},
 * the database's clock in UTC that the holds' expiry is compared with. Never called on MariaDB.
 */
public final class H2Functions {
    private H2Functions() {
    }

    /** UTC_TIMESTAMP(precision): now in UTC, to the precision's digits of a second (0 to 6). */
    public static LocalDateTime utcTimestamp(int precision) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        return precision >= 6 ? now.truncatedTo(ChronoUnit.MICROS) : precision >= 3 ? now.truncatedTo(ChronoUnit.MILLIS)
                : now.truncatedTo(ChronoUnit.SECONDS);
    }
}
