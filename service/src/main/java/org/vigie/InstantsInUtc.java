package org.vigie;

import java.time.ZoneOffset;
import java.util.Map;
import java.util.TimeZone;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Every instant is stored as its UTC wall time, whatever the JVM's default zone. The DATETIME columns hold no zone, so the
 * driver decides which wall time an instant becomes, and both drivers take the JVM's zone unless told otherwise:
 * <ul>
 * <li>Connector/J writes and reads a Timestamp in its connection's zone. Every MySQL/MariaDB pool is told UTC here
 * ({@code connectionTimeZone}; {@code preserveInstants}, without which it converts nothing; and
 * {@code forceConnectionTimeZoneToSession}, so that the server's own clock functions speak UTC too). They are set over
 * whatever the URL says: an operator's URL usually omits them, and one that asks otherwise would split the data in two.</li>
 * <li>H2 converts every {@code java.sql.Timestamp}, {@code Date} and {@code Time} through its session's zone, which starts as
 * the JVM's. Its {@code TIME ZONE=UTC} setting would store UTC but turn a DATE read with {@code getDate()} into the day
 * before, west of Greenwich; so the embedded database is kept right by {@link #pinDefaultZone()}, which {@code main} calls
 * before anything reads the zone.</li>
 * </ul>
 */
@Component
public final class InstantsInUtc implements BeanPostProcessor {
    private static final Logger log = LoggerFactory.getLogger(InstantsInUtc.class);

    static final Map<String, String> CONNECTOR_J = Map.of("connectionTimeZone", "UTC", "preserveInstants", "true",
            "forceConnectionTimeZoneToSession", "true");

    /** The JVM's default zone becomes UTC; what people read is worded in an explicit zone, never the JVM's. */
    public static void pinDefaultZone() {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
            if (pool.getJdbcUrl().startsWith("jdbc:mysql:")) {
                CONNECTOR_J.forEach(pool::addDataSourceProperty);
            } else if (pool.getJdbcUrl().startsWith("jdbc:h2:") && !TimeZone.getDefault().toZoneId().normalized().equals(ZoneOffset.UTC)) {
                log.warn("H2 stores instants in the JVM's zone, {}, here: start the service through VigieApplication.main,"
                        + " which stores them in UTC", TimeZone.getDefault().getID());
            }
        }
        return bean;
    }
}
