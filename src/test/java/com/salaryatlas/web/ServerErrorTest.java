package com.salaryatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.TestConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The site's error handler and page, mounted on a route that fails the way a bug would. */
class ServerErrorTest {

    @Test
    void a_failing_page_gets_the_500_page_with_a_request_id_that_is_also_logged_and_no_stack_trace() {
        SiteController site = new SiteController(null, null);
        ThymeleafRenderer renderer = new ThymeleafRenderer(SiteFiles.packaged(), SiteInfo.of("https://salaryatlas.test", "t", java.util.Map.of()));
        Javalin app = Javalin.create(config -> {
            config.fileRenderer(renderer);
            config.routes.get("/boom", ctx -> {
                throw new IllegalStateException("secret internal detail");
            });
            config.routes.exception(Exception.class, site::serverError);
        });
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            // Javalin's test tools capture logs themselves unless told not to; this test reads them.
            JavalinTest.test(app, new TestConfig(true, false), (server, client) -> {
                var response = client.get("/boom");
                String html = response.body().string();
                assertEquals(500, response.code());
                assertTrue(html.contains("Something went wrong on our side"));
                assertFalse(html.contains("secret internal detail") || html.contains("IllegalStateException"), html);
                Matcher id = Pattern.compile("class=\"request-id\">([0-9a-f]{8})<").matcher(html);
                assertTrue(id.find(), html);
                assertTrue(log.toString(StandardCharsets.UTF_8).contains("Request " + id.group(1) + " GET /boom failed"),
                        "the id is in the log: " + log.toString(StandardCharsets.UTF_8));
            });
        } finally {
            System.setErr(original);
        }
    }
}
