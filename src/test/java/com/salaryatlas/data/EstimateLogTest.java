package com.salaryatlas.data;

import com.salaryatlas.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salaryatlas.data.Database;
import com.salaryatlas.estimate.EstimateRequest;
import com.salaryatlas.dataset.Level;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EstimateLogTest {

    private final Fixtures.Model model = Fixtures.fixtureModel();

    @Test
    void records_role_level_place_and_company_but_no_offer_and_counts_the_last_seven_days() throws Exception {
        try (var dataSource = Database.open("jdbc:h2:mem:log-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")) {
            Instant now = Instant.parse("2026-11-23T12:00:00Z");
            EstimateLog eightDaysAgo = new EstimateLog(dataSource, Clock.fixed(now.minus(8, ChronoUnit.DAYS), ZoneOffset.UTC));
            EstimateLog today = new EstimateLog(dataSource, Clock.fixed(now, ZoneOffset.UTC));
            var withOffer = new EstimateRequest(model.role("reference"), Level.SENIOR, null, model.place("ca"), List.of(),
                    model.company("big-co"), 150_000);
            assertTrue(eightDaysAgo.record(withOffer));
            assertTrue(eightDaysAgo.record(withOffer));
            assertTrue(today.record(withOffer));
            assertTrue(today.record(model.request("ranged", null).withYears(7)));
            assertTrue(today.record(model.request("ranged", Level.MID)));

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

    @Test
    void rows_older_than_the_retention_period_are_pruned() {
        try (var dataSource = Database.open("jdbc:h2:mem:prune-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")) {
            Instant now = Instant.parse("2026-11-23T12:00:00Z");
            new EstimateLog(dataSource, Clock.fixed(now.minus(31, ChronoUnit.DAYS), ZoneOffset.UTC))
                    .record(model.request("reference", Level.MID));
            EstimateLog today = new EstimateLog(dataSource, Clock.fixed(now, ZoneOffset.UTC));
            today.record(model.request("ranged", Level.MID));
            assertEquals(1, today.prune());
            assertEquals(List.of(new EstimateLog.RoleCount("ranged", 1)), today.topRoles(60, 5));
        }
    }

    @Test
    void a_failed_write_is_logged_and_never_thrown() {
        var dataSource = Database.open("jdbc:h2:mem:gone-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        EstimateLog log = new EstimateLog(dataSource, Clock.systemUTC());
        dataSource.close();
        assertFalse(log.record(model.request("reference", Level.MID)));
        assertEquals(List.of(), log.topRoles(7, 5));
    }
}
