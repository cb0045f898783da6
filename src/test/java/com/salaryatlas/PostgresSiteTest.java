package com.salaryatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The site on a real PostgreSQL: what it writes, several instances on one database, and a database outage. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresSiteTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private final TestDatabases databases = new TestDatabases();

    @AfterAll
    void stopDatabases() {
        databases.close();
    }

    @Test
    void an_estimate_posted_to_the_calculator_shows_in_the_home_pages_popular_counts() {
        try (TestSite site = TestSite.on(databases.freshUrl("postgresql")).serve()) {
            assertTrue(popular(site.get("/")).contains("No estimates in the last seven days yet"));
            assertEquals(200, site.post("/calculator", FORM, "role=ranged&level=mid&location=us").statusCode());
            assertEquals(200, site.post("/calculator", FORM, "role=ranged&level=senior&location=us").statusCode());
            assertEquals(200, site.post("/calculator", FORM, "role=reference&level=mid&location=us").statusCode());
            site.flushEstimates();
            String popular = popular(site.get("/"));
            assertTrue(popular.matches("(?s).*Ranged Role</a>\\s*<span class=\"muted\">2 estimates</span>.*"
                    + "Reference Developer</a>\\s*<span class=\"muted\">1 estimate</span>.*"), popular);
        }
    }

    @Test
    void two_instances_started_at_once_on_one_database_migrate_once_record_every_estimate_once_and_agree() throws Exception {
        String url = databases.freshUrl("postgresql");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<TestSite> sites = new ArrayList<>();
        try {
            CountDownLatch go = new CountDownLatch(1);
            Callable<TestSite> startOne = () -> {
                go.await();
                return TestSite.on(url).serve();
            };
            Future<TestSite> first = pool.submit(startOne);
            Future<TestSite> second = pool.submit(startOne);
            go.countDown();
            sites.add(first.get(60, TimeUnit.SECONDS));
            sites.add(second.get(60, TimeUnit.SECONDS));

            try (var c = sites.get(0).dataSource.getConnection(); ResultSet r = c.createStatement().executeQuery(
                    "SELECT version, COUNT(*) FROM flyway_schema_history WHERE version IS NOT NULL AND success "
                            + "GROUP BY version ORDER BY version")) {
                List<String> applied = new ArrayList<>();
                while (r.next()) {
                    applied.add(r.getString(1) + "x" + r.getInt(2));
                }
                assertEquals(List.of("1x1", "2x1", "3x1", "4x1", "5x1"), applied, "each migration ran once");
            }

            List<Future<Integer>> posts = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                TestSite site = sites.get(i % 2);
                String role = i % 4 == 0 ? "median-only" : "reference";
                posts.add(pool.submit(() -> site.post("/calculator", FORM, "role=" + role + "&level=mid&location=us").statusCode()));
            }
            for (Future<Integer> post : posts) {
                assertEquals(200, post.get(30, TimeUnit.SECONDS));
            }
            sites.forEach(TestSite::flushEstimates);

            assertEquals(40, count(sites.get(0), "SELECT COUNT(*) FROM estimate_log"), "every estimate exactly once");
            String onFirst = popular(sites.get(0).get("/"));
            String onSecond = popular(sites.get(1).get("/"));
            assertTrue(onFirst.contains("30 estimates") && onFirst.contains("10 estimates"), onFirst);
            assertEquals(onFirst, onSecond);
        } finally {
            sites.forEach(TestSite::close);
            pool.shutdownNow();
        }
    }

    @Test
    void while_the_database_is_down_every_page_and_estimate_answers_health_says_503_and_it_recovers_by_itself()
            throws Exception {
        try (TestPostgres postgres = TestPostgres.create();
             TestSite site = TestSite.on(postgres.newDatabase()).serve()) {
            assertEquals(200, site.get("/healthz").statusCode());

            postgres.stop();
            assertEquals(503, site.get("/healthz").statusCode());
            long started = System.nanoTime();
            HttpResponse<String> home = site.get("/");
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("Most estimated this week"), "the page renders without the counts");
            HttpResponse<String> estimate = site.post("/calculator", FORM, "role=reference&level=entry&location=us");
            assertEquals(200, estimate.statusCode());
            // Entry level stands for 1 year: 15-1252's own 0-2 survey cell ranks its median at the 14.2th percentile,
            // $80,000 + (14.2 - 10) / 15 x $20,000 = $85,600 on the reference pay.
            assertTrue(estimate.body().contains("$85,600"), "the estimate never needs the database");
            assertEquals(200, site.get("/calculator/result?role=reference&level=mid&location=us").statusCode());
            assertEquals(200, site.get("/salaries/reference").statusCode());
            assertEquals(200, site.get("/api/estimate?role=reference&level=mid").statusCode());
            assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(8), "the pages did not wait on the database");
            site.flushEstimates();
            assertEquals(1, site.estimateLog.stats().failed(), "the write failed, was counted and dropped");

            postgres.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            int health;
            do {
                Thread.sleep(200);
                health = site.get("/healthz").statusCode();
            } while (health != 200 && System.nanoTime() < deadline);
            assertEquals(200, health, "the pool reconnects by itself");
            assertEquals(200, site.post("/calculator", FORM, "role=ranged&level=mid&location=us").statusCode());
            site.flushEstimates();
            assertEquals(1, site.estimateLog.stats().written());
            assertEquals(1, count(site, "SELECT COUNT(*) FROM estimate_log WHERE role = 'ranged'"));
        }
    }

    private static String popular(HttpResponse<String> home) {
        assertEquals(200, home.statusCode());
        String html = home.body();
        int start = html.indexOf("id=\"popular\"");
        return html.substring(start, html.indexOf("</section>", start));
    }

    private static int count(TestSite site, String sql) throws SQLException {
        try (Connection c = site.dataSource.getConnection(); ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }
}
