package com.salaryatlas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salaryatlas.Fixtures;
import com.salaryatlas.TestDatabases;
import com.salaryatlas.dataset.Level;
import com.salaryatlas.estimate.EstimateRequest;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EstimateLogTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private final Fixtures.Model model = Fixtures.fixtureModel();
    private final TestDatabases databases = new TestDatabases();

    @AfterAll
    void stopDatabases() {
        databases.close();
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void records_role_level_place_and_company_size_but_no_offer_and_counts_the_last_seven_days(String vendor) throws Exception {
        Instant now = Instant.parse("2026-11-23T12:00:00Z");
        try (var dataSource = Database.open(databases.freshUrl(vendor));
             EstimateLog eightDaysAgo = new EstimateLog(dataSource, Clock.fixed(now.minus(8, ChronoUnit.DAYS), ZoneOffset.UTC));
             EstimateLog today = new EstimateLog(dataSource, Clock.fixed(now, ZoneOffset.UTC))) {
            var withOffer = new EstimateRequest(model.role("reference"), Level.SENIOR, null, model.place("ca"), List.of(),
                    150_000).withOrgSize("10-000-or-more-employees");
            assertTrue(eightDaysAgo.record(withOffer));
            assertTrue(eightDaysAgo.record(withOffer));
            assertTrue(today.record(withOffer));
            assertTrue(today.record(model.request("ranged", null).withYears(7)));
            assertTrue(today.record(model.request("ranged", Level.MID)));
            assertTrue(eightDaysAgo.flush(WAIT) && today.flush(WAIT));

            assertEquals(List.of(new EstimateLog.RoleCount("ranged", 2), new EstimateLog.RoleCount("reference", 1)),
                    today.topRoles(7, 5));
            try (Connection c = dataSource.getConnection(); ResultSet r = c.createStatement()
                    .executeQuery("SELECT * FROM estimate_log WHERE role = 'ranged' ORDER BY id")) {
                var columns = r.getMetaData();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    assertFalse(columns.getColumnName(i).toLowerCase().matches(".*(offer|ip|cookie).*"), columns.getColumnName(i));
                }
                r.next();
                assertEquals("senior", r.getString("level"), "years are recorded as their level");
            }
        }
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void rows_older_than_the_retention_period_are_pruned(String vendor) throws Exception {
        Instant now = Instant.parse("2026-11-23T12:00:00Z");
        try (var dataSource = Database.open(databases.freshUrl(vendor));
             EstimateLog monthAgo = new EstimateLog(dataSource, Clock.fixed(now.minus(31, ChronoUnit.DAYS), ZoneOffset.UTC));
             EstimateLog today = new EstimateLog(dataSource, Clock.fixed(now, ZoneOffset.UTC))) {
            monthAgo.record(model.request("reference", Level.MID));
            today.record(model.request("ranged", Level.MID));
            assertTrue(monthAgo.flush(WAIT) && today.flush(WAIT));
            assertEquals(1, today.prune());
            assertEquals(List.of(new EstimateLog.RoleCount("ranged", 1)), today.topRoles(60, 5));
        }
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void estimates_that_gather_while_a_write_is_in_flight_go_in_one_commit(String vendor) throws Exception {
        try (var pool = Database.open(databases.freshUrl(vendor))) {
            GatedDataSource gated = new GatedDataSource(pool);
            try (EstimateLog log = new EstimateLog(gated, Clock.systemUTC(), limits(2_000, 500))) {
                log.record(model.request("reference", Level.MID));
                assertTrue(gated.entered.await(10, TimeUnit.SECONDS), "the writer took the first estimate");
                for (int i = 0; i < 999; i++) {
                    assertTrue(log.record(model.request("ranged", Level.MID)));
                }
                gated.open.countDown();
                assertTrue(log.flush(WAIT));
                assertEquals(new EstimateLog.Stats(1_000, 0, 0, 3), log.stats(), "1, then 500, then 499");
                assertEquals(3, gated.connections.get());
                assertEquals(1_000, rows(pool));
            }
        }
    }

    @Test
    void a_full_queue_drops_the_estimate_and_counts_it_without_waiting() throws Exception {
        try (var pool = Database.open(databases.freshUrl("h2"))) {
            GatedDataSource gated = new GatedDataSource(pool);
            try (EstimateLog log = new EstimateLog(gated, Clock.systemUTC(), limits(10, 500))) {
                log.record(model.request("reference", Level.MID));
                assertTrue(gated.entered.await(10, TimeUnit.SECONDS));
                long started = System.nanoTime();
                int accepted = 0;
                for (int i = 0; i < 15; i++) {
                    accepted += log.record(model.request("ranged", Level.MID)) ? 1 : 0;
                }
                assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(1), "recording never waits");
                assertEquals(10, accepted);
                assertEquals(5, log.stats().dropped());
                gated.open.countDown();
                assertTrue(log.flush(WAIT));
                assertEquals(11, rows(pool));
            }
        }
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void closing_writes_every_queued_estimate_and_later_ones_are_dropped(String vendor) throws Exception {
        try (var pool = Database.open(databases.freshUrl(vendor))) {
            EstimateLog log = new EstimateLog(pool, Clock.systemUTC());
            for (int i = 0; i < 300; i++) {
                log.record(model.request("ranged", Level.MID));
            }
            log.close();
            assertEquals(300, rows(pool));
            assertFalse(log.record(model.request("ranged", Level.MID)));
            assertEquals(new EstimateLog.Stats(300, 1, 0, log.stats().batches()), log.stats());
        }
    }

    @Test
    void a_failed_write_is_counted_and_never_thrown_and_reads_answer_empty() throws Exception {
        var dataSource = Database.open(databases.freshUrl("h2"));
        dataSource.close();
        try (EstimateLog log = new EstimateLog(dataSource, Clock.systemUTC())) {
            for (int i = 0; i < 3; i++) {
                assertTrue(log.record(model.request("reference", Level.MID)), "queued; the failure comes later");
            }
            assertTrue(log.flush(WAIT));
            assertEquals(3, log.stats().failed());
            assertEquals(0, log.stats().written());
            assertEquals(List.of(), log.topRoles(7, 5));
        }
    }

    private static EstimateLog.Limits limits(int capacity, int batch) {
        return new EstimateLog.Limits(capacity, batch, Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    private static int rows(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
             ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM estimate_log")) {
            r.next();
            return r.getInt(1);
        }
    }

    /** Holds the first connection until {@link #open} is counted down, so estimates gather meanwhile. */
    private static final class GatedDataSource implements DataSource {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch open = new CountDownLatch(1);
        final AtomicInteger connections = new AtomicInteger();
        private final DataSource pool;

        GatedDataSource(DataSource pool) {
            this.pool = pool;
        }

        @Override
        public Connection getConnection() throws SQLException {
            connections.incrementAndGet();
            entered.countDown();
            try {
                open.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException(e);
            }
            return pool.getConnection();
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return pool.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            pool.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            pool.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return pool.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return pool.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return pool.isWrapperFor(type);
        }
    }
}
