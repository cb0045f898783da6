package com.salaryatlas.data;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Opens the connection pool and brings the schema up to date. */
public final class Database {

    private Database() {
    }

    public static HikariDataSource open(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName("salary-atlas");
        config.setMaximumPoolSize(8);
        // A health check or a request should not hang for half a minute when the database is gone.
        config.setConnectionTimeout(2_000);
        config.setValidationTimeout(1_000);
        try {
            HikariDataSource dataSource = new HikariDataSource(config);
            migrate(dataSource);
            return dataSource;
        } catch (RuntimeException e) {
            throw explain(jdbcUrl, e);
        }
    }

    public static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    /** Turns a failed start into one line that names DATABASE_URL and what to do. */
    static DatabaseUnavailable explain(String jdbcUrl, Throwable failure) {
        String causes = chain(failure);
        if (causes.contains("Database may be already in use") || causes.contains("file is locked")
                || causes.contains("Locked by another process")) {
            return new DatabaseUnavailable("DATABASE_URL " + jdbcUrl + " is locked by another running copy of the site: "
                    + "stop that copy, or point DATABASE_URL at another file.");
        }
        if (causes.contains("No suitable driver") || causes.contains("Failed to get driver")) {
            return new DatabaseUnavailable("DATABASE_URL " + jdbcUrl + " names a database this build has no driver for: "
                    + "use an H2 URL such as jdbc:h2:file:./data/salary-atlas.");
        }
        return new DatabaseUnavailable("DATABASE_URL " + jdbcUrl + " cannot be reached (" + firstLine(rootCause(failure))
                + "): check the URL and that the database is running, or unset DATABASE_URL for the embedded one.");
    }

    private static String chain(Throwable t) {
        StringBuilder all = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            all.append(c.getMessage()).append('\n');
        }
        return all.toString();
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    private static String firstLine(Throwable t) {
        String message = String.valueOf(t.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** True when the database answers a trivial query; used by the health check. */
    public static boolean answers(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(1);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
