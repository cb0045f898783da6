package com.salaryatlas.data;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Opens the connection pool and brings the schema up to date. */
public final class Database {

    private Database() {
    }

    /** {@code url} is DATABASE_URL: a JDBC URL or a {@code postgres://user:password@host:port/db} one. */
    public static HikariDataSource open(String url) {
        DatabaseUrl parsed;
        try {
            parsed = DatabaseUrl.parse(url);
        } catch (DatabaseUrl.Invalid e) {
            throw new DatabaseUnavailable("DATABASE_URL " + e.getMessage() + ".");
        }
        return open(parsed);
    }

    public static HikariDataSource open(DatabaseUrl url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url.jdbcUrl());
        config.setUsername(url.user());
        config.setPassword(url.password());
        config.setPoolName("salary-atlas");
        config.setMaximumPoolSize(8);
        // A health check or a request should not hang for half a minute when the database is gone.
        config.setConnectionTimeout(2_000);
        config.setValidationTimeout(1_000);
        if (url.isPostgres()) {
            // Seconds. A database that stops answering (not just refusing) must not hold a request thread either;
            // parameters written in DATABASE_URL still win over these.
            config.addDataSourceProperty("connectTimeout", "2");
            config.addDataSourceProperty("socketTimeout", "10");
            config.addDataSourceProperty("ApplicationName", "salary-atlas");
        }
        try {
            HikariDataSource dataSource = new HikariDataSource(config);
            try {
                migrate(dataSource);
            } catch (RuntimeException e) {
                dataSource.close();
                throw e;
            }
            return dataSource;
        } catch (RuntimeException e) {
            throw explain(url.toString(), e);
        }
    }

    /**
     * Applies {@code db/migration/common} and the folder named after the database ({@code h2}, {@code postgresql}).
     * Several instances starting at once on one PostgreSQL database are safe: they take turns ({@link Migrations}).
     */
    public static void migrate(DataSource dataSource) {
        Migrations.apply(dataSource, vendor(dataSource));
    }

    static String vendor(DataSource dataSource) {
        String product;
        try (Connection c = dataSource.getConnection()) {
            product = c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not connect to the database: " + e.getMessage(), e);
        }
        return switch (product) {
            case "H2" -> "h2";
            case "PostgreSQL" -> "postgresql";
            default -> throw new IllegalStateException("The site runs on H2 or PostgreSQL, not " + product);
        };
    }

    /** Turns a failed start into one line that names DATABASE_URL (never its password) and what to do. */
    static DatabaseUnavailable explain(String jdbcUrl, Throwable failure) {
        String causes = chain(failure);
        if (causes.contains("Database may be already in use") || causes.contains("file is locked")
                || causes.contains("Locked by another process")) {
            return new DatabaseUnavailable("DATABASE_URL " + jdbcUrl + " is locked by another running copy of the site: "
                    + "stop that copy, or point DATABASE_URL at another file.");
        }
        if (causes.contains("No suitable driver") || causes.contains("Failed to get driver")) {
            return new DatabaseUnavailable("DATABASE_URL " + jdbcUrl + " names a database this build has no driver for: "
                    + "use H2 (jdbc:h2:file:./data/salary-atlas) or PostgreSQL (jdbc:postgresql://host:5432/db or postgres://user:password@host:5432/db).");
        }
        return new DatabaseUnavailable("DATABASE_URL " + jdbcUrl + " cannot be reached (" + DatabaseUrl.redact(firstLine(rootCause(failure)))
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
        if (dataSource instanceof PendingDataSource pending && !pending.ready()) {
            return false;
        }
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(1);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
