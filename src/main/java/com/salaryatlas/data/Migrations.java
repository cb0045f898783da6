package com.salaryatlas.data;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import javax.sql.DataSource;

/**
 * Brings the schema up to date from the SQL files in {@code db/migration/common} and {@code db/migration/<vendor>}
 * ({@code V<version>__<description>.sql}), each once, in version order, and refuses to start on a database where an
 * applied file has since been edited.
 *
 * <p>It keeps Flyway's history table, {@code flyway_schema_history}, row for row and with Flyway's checksums, so a
 * database migrated by Flyway (every site deployed before) is current here and the other way round. It replaced
 * Flyway because opening the database right after the start loaded some 1,050 classes (Flyway's and the Jackson 3 it
 * copies its configuration with), about a second of CPU on two cores that the first visitors' pages waited behind.
 *
 * <p>A file holds plain statements, each ending with {@code ;} at the end of a line (no procedural blocks); lines
 * starting with {@code --} are comments. On PostgreSQL an advisory lock makes instances starting at once take turns,
 * and each file runs in its own transaction with its history row.
 */
final class Migrations {

    static final String HISTORY = "flyway_schema_history";
    private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");
    /** Any number will do, as long as every instance uses the same one. */
    private static final long POSTGRES_LOCK = 0x5a1a_7a11_a5L;

    /** One file: its version, Flyway's description (underscores read as spaces) and checksum, its statements. */
    record Migration(int version, String description, String script, int checksum, List<String> statements) {
    }

    private Migrations() {
    }

    /** Applies what this database has not had yet; returns the versions applied. */
    static List<Integer> apply(DataSource dataSource, String vendor) {
        List<Migration> migrations = onClasspath(Migrations.class.getClassLoader(), vendor);
        try (Connection c = dataSource.getConnection()) {
            boolean postgres = vendor.equals("postgresql");
            if (postgres) {
                try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_lock(?)")) {
                    lock.setLong(1, POSTGRES_LOCK);
                    lock.execute();
                }
            }
            try {
                return applyPending(c, migrations, postgres);
            } finally {
                if (postgres) {
                    try (PreparedStatement unlock = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                        unlock.setLong(1, POSTGRES_LOCK);
                        unlock.execute();
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Migrating the database failed: " + e.getMessage(), e);
        }
    }

    private static List<Integer> applyPending(Connection c, List<Migration> migrations, boolean postgres)
            throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS \"" + HISTORY + "\" ("
                    + "\"installed_rank\" INT NOT NULL PRIMARY KEY, \"version\" VARCHAR(50), "
                    + "\"description\" VARCHAR(200) NOT NULL, \"type\" VARCHAR(20) NOT NULL, "
                    + "\"script\" VARCHAR(1000) NOT NULL, \"checksum\" INT, \"installed_by\" VARCHAR(100) NOT NULL, "
                    + "\"installed_on\" TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL, "
                    + "\"execution_time\" INT NOT NULL, \"success\" BOOLEAN NOT NULL)");
        }
        Map<Integer, Integer> applied = new HashMap<>();
        int rank = 0;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT \"installed_rank\", \"version\", "
                + "\"checksum\", \"success\", \"script\" FROM \"" + HISTORY + "\" ORDER BY \"installed_rank\"")) {
            while (r.next()) {
                rank = Math.max(rank, r.getInt(1));
                if (r.getString(2) == null) {
                    continue;
                }
                if (!r.getBoolean(4)) {
                    throw new IllegalStateException("Migration " + r.getString(5) + " failed on an earlier start: "
                            + "repair the database by hand, then delete its row from " + HISTORY);
                }
                applied.put(Integer.parseInt(r.getString(2)), r.getInt(3));
            }
        }
        List<Integer> ran = new ArrayList<>();
        int newest = applied.keySet().stream().max(Integer::compare).orElse(0);
        for (Migration m : migrations) {
            Integer checksum = applied.get(m.version());
            if (checksum != null) {
                if (checksum != m.checksum()) {
                    throw new IllegalStateException("Migration " + m.script() + " was edited after this database "
                            + "applied it (checksum " + checksum + ", now " + m.checksum()
                            + "): put the change in a new file");
                }
                continue;
            }
            if (m.version() < newest) {
                throw new IllegalStateException("Migration " + m.script() + " is older than version " + newest
                        + ", which this database already has: give it a higher version");
            }
            run(c, m, ++rank, postgres);
            ran.add(m.version());
        }
        return ran;
    }

    private static void run(Connection c, Migration m, int rank, boolean postgres) throws SQLException {
        long start = System.nanoTime();
        // PostgreSQL undoes a failed file and its row together; H2 commits each DDL statement as it goes.
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String statement : m.statements()) {
                s.execute(statement);
            }
            try (PreparedStatement row = c.prepareStatement("INSERT INTO \"" + HISTORY + "\" (\"installed_rank\", "
                    + "\"version\", \"description\", \"type\", \"script\", \"checksum\", \"installed_by\", "
                    + "\"execution_time\", \"success\") VALUES (?, ?, ?, 'SQL', ?, ?, ?, ?, ?)")) {
                row.setInt(1, rank);
                row.setString(2, Integer.toString(m.version()));
                row.setString(3, m.description());
                row.setString(4, m.script());
                row.setInt(5, m.checksum());
                row.setString(6, String.valueOf(c.getMetaData().getUserName()));
                row.setInt(7, (int) ((System.nanoTime() - start) / 1_000_000));
                row.setBoolean(8, true);
                row.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw new SQLException(m.script() + ": " + e.getMessage(), e);
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** The migrations of the common folder and the vendor's, by version; two files of one version are refused. */
    static List<Migration> onClasspath(ClassLoader loader, String vendor) {
        List<Migration> migrations = new ArrayList<>();
        for (String folder : List.of("db/migration/common", "db/migration/" + vendor)) {
            URL url = loader.getResource(folder);
            if (url == null) {
                continue;
            }
            for (String name : fileNames(url, folder)) {
                Matcher m = NAME.matcher(name);
                if (!m.matches()) {
                    continue;
                }
                try (InputStream in = loader.getResourceAsStream(folder + "/" + name)) {
                    String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    migrations.add(new Migration(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), name,
                            checksum(sql), statements(sql)));
                } catch (IOException e) {
                    throw new UncheckedIOException(folder + "/" + name + ": cannot be read", e);
                }
            }
        }
        migrations.sort(Comparator.comparingInt(Migration::version));
        for (int i = 1; i < migrations.size(); i++) {
            if (migrations.get(i).version() == migrations.get(i - 1).version()) {
                throw new IllegalStateException("Two migrations have version " + migrations.get(i).version() + ": "
                        + migrations.get(i - 1).script() + " and " + migrations.get(i).script());
            }
        }
        return migrations;
    }

    /** The files directly in a classpath folder, from the build's folder or from the jar (no second index of it). */
    private static List<String> fileNames(URL folder, String path) {
        try {
            if (folder.getProtocol().equals("file")) {
                try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                    return files.map(p -> p.getFileName().toString()).sorted().toList();
                }
            }
            URL jarUrl = ((JarURLConnection) folder.openConnection()).getJarFileURL();
            try (JarFile jar = new JarFile(new File(jarUrl.toURI()))) {
                String prefix = path + "/";
                return jar.stream().map(JarEntry::getName)
                        .filter(n -> n.startsWith(prefix) && n.length() > prefix.length()
                                && n.indexOf('/', prefix.length()) < 0)
                        .map(n -> n.substring(prefix.length())).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Flyway's checksum: CRC-32 of the file's lines in UTF-8, without their line breaks or a leading BOM. */
    static int checksum(String sql) {
        CRC32 crc = new CRC32();
        try (BufferedReader lines = new BufferedReader(new java.io.StringReader(sql))) {
            String line = lines.readLine();
            if (line != null && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            for (; line != null; line = lines.readLine()) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) crc.getValue();
    }

    /** The statements of a file: comment lines dropped, split where a line ends with {@code ;}. */
    static List<String> statements(String sql) {
        List<String> statements = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        for (String line : sql.split("\r?\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            statement.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                statements.add(statement.substring(0, statement.lastIndexOf(";")).strip());
                statement.setLength(0);
            }
        }
        if (!statement.toString().isBlank()) {
            statements.add(statement.toString().strip());
        }
        return statements;
    }
}
