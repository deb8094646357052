package org.vigie;

import java.util.Map;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Connector/J parses every statement's SQL text each time it is prepared, unless told to keep what it parsed: a booking
 * prepares some thirty statements, several of them long, and that parsing was a tenth of its CPU (docs/benchmarks.md).
 * Every MySQL/MariaDB pool keeps, per connection, the parse of up to 250 statements of up to 4,096 characters; nothing else
 * changes (the statements are still prepared on the client and sent whole). A URL that sets these properties keeps its own.
 */
@Component
public final class StatementCache implements BeanPostProcessor {
    static final Map<String, String> CONNECTOR_J = Map.of("cachePrepStmts", "true", "prepStmtCacheSize", "250",
            "prepStmtCacheSqlLimit", "4096");

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null && pool.getJdbcUrl().startsWith("jdbc:mysql:")) {
            CONNECTOR_J.forEach((key, value) -> {
                if (!pool.getJdbcUrl().contains(key + "=")) {
                    pool.addDataSourceProperty(key, value);
                }
            });
        }
        return bean;
    }
}
