package com.salaryatlas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salaryatlas.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseTest {

    private final TestDatabases databases = new TestDatabases();

    @AfterAll
    void stopDatabases() {
        databases.close();
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void migrations_leave_only_what_visitors_submit(String vendor) throws SQLException {
        try (var dataSource = Database.open(databases.freshUrl(vendor));
             Connection c = dataSource.getConnection();
             ResultSet tables = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            List<String> names = new ArrayList<>();
            while (tables.next()) {
                String schema = String.valueOf(tables.getString("TABLE_SCHEM")).toLowerCase();
                if (schema.equals("public")) {
                    names.add(tables.getString("TABLE_NAME").toLowerCase());
                }
            }
            names.remove("flyway_schema_history");
            assertEquals(List.of("estimate_log", "report"), names.stream().sorted().toList());
        }
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void reports_are_stored_and_read_back_newest_first(String vendor) {
        try (var dataSource = Database.open(databases.freshUrl(vendor))) {
            var at = java.time.Instant.parse("2026-05-01T12:00:00Z");
            new Reports(dataSource, java.time.Clock.fixed(at, java.time.ZoneOffset.UTC)).add("/salaries/a", "First report, ünïcode.");
            new Reports(dataSource, java.time.Clock.fixed(at.plusSeconds(60), java.time.ZoneOffset.UTC)).add("/salaries/b", "x".repeat(2_000));
            Reports reports = new Reports(dataSource, java.time.Clock.systemUTC());
            assertEquals(2, reports.count());
            List<Reports.Report> newest = reports.newest(10);
            assertEquals(List.of("/salaries/b", "/salaries/a"), newest.stream().map(Reports.Report::page).toList());
            assertEquals(at, newest.get(1).createdAt());
            assertEquals("First report, ünïcode.", newest.get(1).message());
            assertEquals(1, reports.newest(1).size());
        }
    }

    @Test
    void a_postgres_url_with_credentials_opens_the_database() throws SQLException {
        String jdbc = databases.freshUrl("postgresql");
        String database = jdbc.substring(jdbc.lastIndexOf('/') + 1, jdbc.indexOf('?'));
        String url = "postgres://postgres:any-password@127.0.0.1:" + databases.postgres().port() + "/" + database;
        try (var dataSource = Database.open(url); Connection c = dataSource.getConnection()) {
            assertEquals("postgres", c.getMetaData().getUserName());
            assertTrue(Database.answers(dataSource));
        }
    }

    /** Deployed H2 files hold these checksums: a changed one would stop every such site at its next start. */
    @Test
    void the_h2_migrations_keep_the_checksums_deployed_databases_recorded() throws SQLException {
        try (var dataSource = Database.open(databases.freshUrl("h2"));
             Connection c = dataSource.getConnection();
             ResultSet r = c.createStatement().executeQuery("SELECT \"version\", \"checksum\" FROM \"flyway_schema_history\" "
                     + "WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            List<String> applied = new ArrayList<>();
            while (r.next()) {
                applied.add(r.getString(1) + ":" + r.getInt(2));
            }
            assertEquals(List.of("1:961242351", "2:4378944", "3:1438276640", "4:-948471235"), applied.subList(0, 4));
        }
    }

    @Test
    void a_database_without_a_driver_names_both_databases_the_site_runs_on() {
        DatabaseUnavailable e = assertThrows(DatabaseUnavailable.class,
                () -> Database.open("jdbc:mysql://127.0.0.1:1/x?password=s3cret"));
        assertTrue(e.getMessage().contains("H2") && e.getMessage().contains("PostgreSQL"), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
    }

    @Test
    void unreachable_database_names_database_url_in_one_line() {
        DatabaseUnavailable e = assertThrows(DatabaseUnavailable.class,
                () -> Database.open("jdbc:h2:tcp://127.0.0.1:1/nowhere"));
        assertTrue(e.getMessage().startsWith("DATABASE_URL jdbc:h2:tcp://127.0.0.1:1/nowhere cannot be reached"),
                e.getMessage());
        assertEquals(-1, e.getMessage().indexOf('\n'), "one line");
    }

    @Test
    void an_unreachable_postgres_is_reported_without_its_password() {
        DatabaseUnavailable e = assertThrows(DatabaseUnavailable.class,
                () -> Database.open("postgres://site:s3cret@127.0.0.1:1/atlas"));
        assertTrue(e.getMessage().startsWith("DATABASE_URL jdbc:postgresql://127.0.0.1:1/atlas"), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
        assertEquals(-1, e.getMessage().indexOf('\n'), "one line");
    }

    @Test
    void reports_past_the_cap_are_refused_and_not_stored() {
        try (var dataSource = Database.open(databases.freshUrl("h2"))) {
            Reports reports = new Reports(dataSource, java.time.Clock.systemUTC(), 2);
            reports.add("/salaries/a", "one");
            reports.add("/salaries/a", "two");
            assertThrows(Reports.Full.class, () -> reports.add("/salaries/a", "three"));
            assertEquals(2, reports.count());
        }
    }

    @Test
    void the_daily_housekeeping_deletes_reports_and_estimates_past_their_retention() {
        try (var dataSource = Database.open(databases.freshUrl("h2"))) {
            var then = java.time.Instant.parse("2026-01-01T12:00:00Z");
            var now = then.plus(Reports.RETENTION).plusSeconds(3_600);
            new Reports(dataSource, java.time.Clock.fixed(then, java.time.ZoneOffset.UTC)).add("/salaries/a", "old");
            Reports today = new Reports(dataSource, java.time.Clock.fixed(now, java.time.ZoneOffset.UTC));
            today.add("/salaries/a", "new");
            try (EstimateLog log = new EstimateLog(dataSource, java.time.Clock.fixed(now, java.time.ZoneOffset.UTC));
                 Housekeeping housekeeping = new Housekeeping(log, today)) {
                assertEquals(1, housekeeping.prune());
            }
            assertEquals(List.of("new"), today.newest(10).stream().map(Reports.Report::message).toList());
        }
    }
}
