package com.salaryatlas;

import java.util.UUID;

/**
 * Fresh, empty databases of either kind the site runs on, for tests parameterized over {@code "h2"} and
 * {@code "postgresql"}. The PostgreSQL server starts on first use and serves every database the owner asks for.
 */
public final class TestDatabases implements AutoCloseable {

    private TestPostgres postgres;

    public String freshUrl(String vendor) {
        return switch (vendor) {
            case "h2" -> "jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
            case "postgresql" -> postgres().newDatabase();
            default -> throw new IllegalArgumentException("no database kind " + vendor);
        };
    }

    public synchronized TestPostgres postgres() {
        if (postgres == null) {
            postgres = TestPostgres.create();
        }
        return postgres;
    }

    @Override
    public synchronized void close() {
        if (postgres != null) {
            postgres.close();
        }
    }
}
