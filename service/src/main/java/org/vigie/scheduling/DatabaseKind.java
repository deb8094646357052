package org.vigie.scheduling;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Which database the service runs on, read once from the connection: MySQL and MariaDB (the deployments, the test suite)
 * take statements the embedded H2 of the run command does not, and the reverse.
 */
@Component
public class DatabaseKind {
    private final boolean mysql;

    DatabaseKind(DataSource dataSource) throws MetaDataAccessException {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        this.mysql = product.contains("MySQL") || product.contains("MariaDB");
    }

    /** Whether the database is MySQL or MariaDB. */
    public boolean mysql() {
        return mysql;
    }
}
