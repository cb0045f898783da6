package com.salaryatlas.data;

import com.salaryatlas.estimate.EstimateRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records what visitors estimate (role, level, place, company type, time; never an IP address, an offer
 * amount or a cookie) and counts the most-estimated roles. A failed write is logged and never fails the estimate.
 */
public final class EstimateLog {

    private static final Logger LOG = LoggerFactory.getLogger(EstimateLog.class);

    /** A role and how many estimates asked for it. */
    public record RoleCount(String role, long count) {
    }

    private final DataSource dataSource;
    private final Clock clock;

    public EstimateLog(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Returns true once the row is committed. */
    public boolean record(EstimateRequest request) {
        String level = request.resolvedLevel().slug;
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "INSERT INTO estimate_log (role, level, location, company, created_at) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, request.role().slug());
            s.setString(2, level);
            s.setString(3, request.location().slug());
            s.setString(4, request.company() == null ? null : request.company().id());
            s.setTimestamp(5, Timestamp.from(clock.instant()));
            s.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
            return true;
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Could not record an estimate for role {}: {}", request.role().slug(), e.getMessage());
            return false;
        }
    }

    /** How long rows are kept: the home page only ever looks a week back. */
    public static final Duration RETENTION = Duration.ofDays(30);

    /** Deletes rows older than {@link #RETENTION}; returns how many went. */
    public int prune() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM estimate_log WHERE created_at < ?")) {
            s.setTimestamp(1, Timestamp.from(clock.instant().minus(RETENTION)));
            return s.executeUpdate();
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Could not prune the estimate log: {}", e.getMessage());
            return 0;
        }
    }

    /** The most-estimated roles over the last {@code days} days, most first. */
    public List<RoleCount> topRoles(int days, int limit) {
        Instant since = clock.instant().minus(Duration.ofDays(days));
        List<RoleCount> top = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT role, COUNT(*) AS n FROM estimate_log WHERE created_at >= ? "
                     + "GROUP BY role ORDER BY n DESC, role LIMIT ?")) {
            s.setTimestamp(1, Timestamp.from(since));
            s.setInt(2, limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    top.add(new RoleCount(r.getString("role"), r.getLong("n")));
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Could not read the estimate log: {}", e.getMessage());
        }
        return top;
    }
}
