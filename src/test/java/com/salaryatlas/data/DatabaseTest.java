package com.salaryatlas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DatabaseTest {

    @Test
    void migrations_leave_only_what_visitors_submit() throws SQLException {
        try (var dataSource = Database.open("jdbc:h2:mem:tables-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
             Connection c = dataSource.getConnection();
             ResultSet tables = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            List<String> names = new ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toLowerCase());
            }
            names.remove("flyway_schema_history");
            assertEquals(List.of("estimate_log"), names.stream().sorted().toList());
        }
    }

    /** Deployed H2 files hold these checksums: a changed one would stop every such site at its next start. */
    @Test
    void the_h2_migrations_keep_the_checksums_deployed_databases_recorded() throws SQLException {
        try (var dataSource = Database.open("jdbc:h2:mem:checksums-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
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
        assertTrue(!e.getMessage().contains("s3cret"), e.getMessage());
    }

    @Test
    void unreachable_database_names_database_url_in_one_line() {
        DatabaseUnavailable e = assertThrows(DatabaseUnavailable.class,
                () -> Database.open("jdbc:h2:tcp://127.0.0.1:1/nowhere"));
        assertTrue(e.getMessage().startsWith("DATABASE_URL jdbc:h2:tcp://127.0.0.1:1/nowhere cannot be reached"),
                e.getMessage());
        assertEquals(-1, e.getMessage().indexOf('\n'), "one line");
    }
}
