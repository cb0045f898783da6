package com.salaryatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts the real main() in its own JVM, as an operator would, to see exit codes and what is printed. */
class StartupTest {

    @TempDir
    Path workDir;

    @Test
    void bad_port_stops_the_start_with_exit_code_2_and_one_line() throws Exception {
        Process process = launch(Map.of("PORT", "abc"));
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(2, process.exitValue());
        assertTrue(stderr.startsWith("salary-atlas: PORT 'abc'"), stderr);
        assertFalse(stderr.contains("\tat "), "no stack trace: " + stderr);
    }

    @Test
    void database_file_locked_by_a_running_copy_stops_the_second_copy_with_exit_code_2() throws Exception {
        int port = freePort();
        Process first = launch(Map.of("PORT", String.valueOf(port)));
        try {
            awaitHealthy(port);
            Process second = launch(Map.of("PORT", String.valueOf(freePort())));
            assertTrue(second.waitFor(30, TimeUnit.SECONDS));
            String lines = stderrWithoutLogs(second);
            assertEquals(2, second.exitValue(), lines);
            assertTrue(lines.contains("DATABASE_URL") && lines.contains("locked by another running copy"), lines);
            assertFalse(lines.contains("\tat "), "no stack trace: " + lines);
        } finally {
            first.destroy();
            first.waitFor(15, TimeUnit.SECONDS);
        }
    }

    @Test
    void sigterm_closes_the_site_cleanly() throws Exception {
        int port = freePort();
        Process site = launch(Map.of("PORT", String.valueOf(port)));
        awaitHealthy(port);
        site.destroy(); // SIGTERM
        assertTrue(site.waitFor(15, TimeUnit.SECONDS), "stopped within the grace period");
        assertEquals(143, site.exitValue());
        // The pool closed: a new copy can open the same database file straight away.
        Process next = launch(Map.of("PORT", String.valueOf(port)));
        try {
            awaitHealthy(port);
        } finally {
            next.destroy();
            next.waitFor(15, TimeUnit.SECONDS);
        }
    }

    @Test
    void sigterm_lets_a_request_in_progress_finish() throws Exception {
        int port = freePort();
        Process site = launch(Map.of("PORT", String.valueOf(port)));
        awaitHealthy(port);
        // The real content: any role will do, so take the first one the calculator offers rather than name one.
        String body = "role=" + firstRole(port) + "&level=entry&location=us";
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15_000);
            var out = socket.getOutputStream();
            out.write(("POST /calculator HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
                    + "\r\n\r\n" + body.substring(0, 10)).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(500); // the server is now waiting for the rest of the form
            site.destroy(); // SIGTERM mid-request
            Thread.sleep(500);
            out.write(body.substring(10).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 200"), response.lines().findFirst().orElse("no response"));
            assertTrue(response.contains("<h2 id=\"result-heading\">Your estimate:"), "the result, not the form alone");
            assertTrue(response.stripTrailing().endsWith("</html>"), "the whole page arrived");
        }
        assertTrue(site.waitFor(15, TimeUnit.SECONDS));
    }

    private static String firstRole(int port) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String roles = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/roles")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher slug = java.util.regex.Pattern.compile("\"slug\":\"([a-z0-9-]+)\"").matcher(roles);
        assertTrue(slug.find(), roles);
        return slug.group(1);
    }

    private Process launch(Map<String, String> env) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "com.salaryatlas.App");
        builder.directory(workDir.toFile());
        builder.environment().keySet().removeIf(k -> k.matches("PORT|DATABASE_URL|SITE_URL|DEV|RATE_LIMIT|TRUSTED_PROXIES"));
        builder.environment().putAll(env);
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        return builder.start();
    }

    private static String stderrWithoutLogs(Process process) throws IOException {
        String all = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return all.lines().filter(l -> l.startsWith("salary-atlas:") || l.startsWith("\tat ") || l.contains("Exception"))
                .reduce("", (a, b) -> a + b + "\n");
    }

    private static void awaitHealthy(int port) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try {
                var response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        throw new AssertionError("site on port " + port + " never became healthy");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
