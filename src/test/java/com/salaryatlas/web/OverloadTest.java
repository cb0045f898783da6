package com.salaryatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salaryatlas.TestSite;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

/** A cold burst within the limits is served; far beyond them the answer is 503 with Retry-After. */
class OverloadTest {

    @Test
    void a_burst_of_256_connections_on_a_cold_site_all_get_200() {
        try (TestSite site = TestSite.serving()) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            String[] pages = {"/", "/guides", "/salaries", "/salaries/reference", "/salaries/fixture-occupation",
                "/salaries/fixture-occupation/california", "/methodology", "/sources"};
            List<CompletableFuture<HttpResponse<Void>>> answers = new ArrayList<>();
            for (int i = 0; i < 256; i++) {
                answers.add(client.sendAsync(HttpRequest.newBuilder(URI.create(site.base() + pages[i % pages.length]))
                        .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.discarding()));
            }
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (CompletableFuture<HttpResponse<Void>> answer : answers) {
                statuses.merge(answer.join().statusCode(), 1, Integer::sum);
            }
            assertEquals(Map.of(200, 256), statuses);
        }
    }

    @Test
    void the_kernel_may_hold_a_thousand_connections_before_the_server_accepts_them() {
        try (TestSite site = TestSite.serving()) {
            Connector[] connectors = site.app.jettyServer().server().getConnectors();
            assertEquals(1, connectors.length);
            assertEquals(ServerLimits.ACCEPT_QUEUE, ((ServerConnector) connectors[0]).getAcceptQueueSize());
        }
    }

    @Test
    void the_connector_listens_where_the_site_was_started() {
        try (TestSite site = TestSite.serving()) {
            ServerConnector connector = (ServerConnector) site.app.jettyServer().server().getConnectors()[0];
            assertEquals("127.0.0.1", connector.getHost());
            assertEquals(site.app.port(), connector.getLocalPort());
        }
    }

    @Test
    void past_the_limits_a_request_gets_503_with_retry_after() throws Exception {
        ServerLimits tight = new ServerLimits(16, 2, 1, Duration.ofMillis(300));
        try (TestSite site = TestSite.withLimits(tight).serve()) {
            List<Socket> holding = new ArrayList<>();
            try {
                for (int i = 0; i < 2; i++) {
                    Socket socket = new Socket("127.0.0.1", site.app.port());
                    OutputStream out = socket.getOutputStream();
                    out.write(("POST /report HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded"
                            + "\r\nContent-Length: 100\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    holding.add(socket);
                }
                Thread.sleep(300);
                HttpResponse<String> refused = site.get("/guides");
                assertEquals(503, refused.statusCode());
                assertEquals(ServerLimits.RETRY_AFTER_SECONDS, refused.headers().firstValue("Retry-After").orElse(""));
            } finally {
                for (Socket socket : holding) {
                    socket.close();
                }
            }
            Thread.sleep(500);
            assertTrue(site.get("/guides").statusCode() == 200, "served again once the slots are free");
        }
    }
}
