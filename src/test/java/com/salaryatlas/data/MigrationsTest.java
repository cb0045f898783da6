package com.salaryatlas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salaryatlas.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigrationsTest {

    private final TestDatabases databases = new TestDatabases();

    @TempDir
    Path dir;

    @AfterAll
    void stopDatabases() {
        databases.close();
    }

    private HikariDataSource pool(String vendor) {
        HikariDataSource pool = new HikariDataSource();
        DatabaseUrl url = DatabaseUrl.parse(databases.freshUrl(vendor));
        pool.setJdbcUrl(url.jdbcUrl());
        pool.setUsername(url.user());
        pool.setPassword(url.password());
        return pool;
    }

    private static Flyway flyway(HikariDataSource pool, String vendor) {
        return Flyway.configure().dataSource(pool)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor).load();
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void a_fresh_database_gets_every_migration_in_version_order(String vendor) {
        try (HikariDataSource pool = pool(vendor)) {
            assertEquals(List.of(1, 2, 3, 4, 5), Migrations.apply(pool, vendor));
        }
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void a_second_start_applies_nothing(String vendor) {
        try (HikariDataSource pool = pool(vendor)) {
            Migrations.apply(pool, vendor);
            assertEquals(List.of(), Migrations.apply(pool, vendor));
        }
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void a_database_flyway_migrated_is_current_here(String vendor) {
        try (HikariDataSource pool = pool(vendor)) {
            flyway(pool, vendor).migrate();
            assertEquals(List.of(), Migrations.apply(pool, vendor));
        }
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void flyway_finds_a_database_migrated_here_valid(String vendor) {
        try (HikariDataSource pool = pool(vendor)) {
            Migrations.apply(pool, vendor);
            assertTrue(flyway(pool, vendor).validateWithResult().validationSuccessful);
        }
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void flyway_finds_nothing_pending_on_a_database_migrated_here(String vendor) {
        try (HikariDataSource pool = pool(vendor)) {
            Migrations.apply(pool, vendor);
            assertEquals(0, flyway(pool, vendor).info().pending().length);
        }
    }

    @Test
    void a_migration_edited_after_it_was_applied_stops_the_start_naming_its_file() throws SQLException {
        try (HikariDataSource pool = pool("h2")) {
            Migrations.apply(pool, "h2");
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE \"flyway_schema_history\" SET \"checksum\" = 1 WHERE \"version\" = '3'");
            }
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> Migrations.apply(pool, "h2"));
            assertTrue(e.getMessage().contains("V3__role_figure_slug.sql was edited"), e.getMessage());
        }
    }

    @Test
    void the_checksum_is_flyways_whatever_the_line_breaks() {
        assertEquals(Migrations.checksum("a;\nb;\n"), Migrations.checksum("\uFEFFa;\r\nb;"));
    }

    @Test
    void statements_are_split_at_line_ends_with_comment_lines_dropped() {
        assertEquals(List.of("CREATE TABLE t (\n    a INT\n)", "CREATE INDEX i ON t (a)"),
                Migrations.statements("-- a table\nCREATE TABLE t (\n    a INT\n);\n\n-- its index\nCREATE INDEX i ON t (a);\n"));
    }

    @Test
    void migrations_packed_in_a_jar_are_found_with_the_vendors_own() throws IOException {
        Path jar = dir.resolve("site.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // Folders have entries of their own, as in the jar Maven builds.
            for (String folder : List.of("db/", "db/migration/", "db/migration/common/", "db/migration/h2/",
                    "db/migration/postgresql/")) {
                out.putNextEntry(new JarEntry(folder));
                out.closeEntry();
            }
            add(out, "db/migration/common/V1__first_table.sql", "CREATE TABLE a (x INT);\n");
            add(out, "db/migration/h2/V2__second.sql", "CREATE TABLE b (x INT);\n");
            add(out, "db/migration/postgresql/V2__second.sql", "CREATE TABLE c (x INT);\n");
            add(out, "db/migration/common/README.md", "not a migration\n");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertEquals(List.of("V1__first_table.sql first table", "V2__second.sql CREATE TABLE b (x INT)"),
                    Migrations.onClasspath(loader, "h2").stream()
                            .map(m -> m.script() + " " + (m.version() == 1 ? m.description() : m.statements().get(0)))
                            .toList());
        }
    }

    private static void add(JarOutputStream jar, String name, String text) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        jar.write(text.getBytes(StandardCharsets.UTF_8));
        jar.closeEntry();
    }
}
