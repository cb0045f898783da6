package com.salaryatlas;

import com.salaryatlas.data.Database;
import com.salaryatlas.data.EstimateLog;
import com.salaryatlas.web.ServerLimits;
import com.salaryatlas.web.SiteFiles;
import com.zaxxer.hikari.HikariDataSource;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * A fresh site on its own in-memory database (or the database {@link #on} names), built exactly as production
 * builds it: templates and static files as packaged, content (data, articles, pages) from the small fixture in
 * src/test/resources/fixture-content, so route tests do not change with each data refresh. The browser and audit
 * tests use {@link #startOnRealContent()} / {@link #servingRealContent()} to check the real pages. Either hand
 * {@link #app} to JavalinTest, or {@link #serve()} it once for a whole test class and use {@link #get}/{@link #post}.
 * The rate limit is off unless the config given says otherwise.
 */
public final class TestSite implements AutoCloseable {

    public static final AppConfig CONFIG = new AppConfig(0, "unused", "https://salaryatlas.test", false, 0, List.of());

    public final HikariDataSource dataSource;
    public final Javalin app;
    public final EstimateLog estimateLog;
    private final SalaryAtlas.Site site;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private String base;

    private static final SiteFiles FIXTURE = SiteFiles.packagedWith(Fixtures.FIXTURE_CONTENT);

    private TestSite(String jdbcUrl, AppConfig config, SiteFiles files) {
        this(jdbcUrl, config, files, ServerLimits.DEFAULT);
    }

    private TestSite(String jdbcUrl, AppConfig config, SiteFiles files, ServerLimits limits) {
        dataSource = Database.open(jdbcUrl);
        site = SalaryAtlas.create(config, java.util.concurrent.CompletableFuture.completedFuture(dataSource), files, limits);
        app = site.app();
        estimateLog = site.estimateLog();
    }

    private static String freshH2() {
        return "jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    /** The site on the fixture content, not yet listening (for JavalinTest). */
    public static TestSite start() {
        return new TestSite(freshH2(), CONFIG, FIXTURE);
    }

    /** The site on the fixture content, listening on a free port. */
    public static TestSite serving() {
        return start().serve();
    }

    /** The site on the fixture content with other limits on concurrency, not yet listening. */
    public static TestSite withLimits(ServerLimits limits) {
        return new TestSite(freshH2(), CONFIG, FIXTURE, limits);
    }

    public static TestSite with(AppConfig config) {
        return new TestSite(freshH2(), config, FIXTURE);
    }

    /** A site on the database at {@code jdbcUrl}, migrating it as a starting instance would. */
    public static TestSite on(String jdbcUrl) {
        return new TestSite(jdbcUrl, CONFIG, FIXTURE);
    }

    /**
     * Waits until the estimates recorded so far are in the database, then counts the home page's "most estimated"
     * again, as the site's schedule does every few minutes.
     */
    public void flushEstimates() {
        try {
            if (!estimateLog.flush(Duration.ofSeconds(10))) {
                throw new IllegalStateException("estimates were not written within 10 s");
            }
            estimateLog.refreshPopular();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The site on the real, packaged content: for browser and audit tests only; its figures change with each data refresh. */
    public static TestSite startOnRealContent() {
        return new TestSite(freshH2(), CONFIG, SiteFiles.packaged());
    }

    public static TestSite servingRealContent() {
        return startOnRealContent().serve();
    }

    public TestSite serve() {
        app.start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
        return this;
    }

    public String base() {
        return base;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    public HttpResponse<String> post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET sent byte for byte, for addresses java.net.URI refuses to build (a malformed escape). Returns the status. */
    public int rawGetStatus(String pathAndQuery) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", app.port())) {
            socket.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (base != null) {
            try {
                app.stop();
            } catch (io.javalin.util.JavalinException e) {
                // Jetty's graceful stop gives in-flight requests 10 s; on a starved CI machine a test's last request
                // can outlast it. The server is down either way; StartupTest holds the graceful stop to its promise.
                if (!(e.getCause() instanceof java.util.concurrent.TimeoutException)) {
                    throw e;
                }
            }
        }
        site.close();
        dataSource.close();
    }
}
