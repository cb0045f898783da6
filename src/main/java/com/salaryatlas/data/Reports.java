package com.salaryatlas.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Reports of a wrong figure: which page, what the visitor wrote, when. Nothing that names the visitor is taken.
 * Unlike the estimate log, a report is written on the request path, so the visitor learns whether it was kept.
 */
public final class Reports {

    /** A stored report. */
    public record Report(long id, String page, String message, Instant createdAt) {
    }

    /** The database could not store or read reports just now; the message is safe to log, never shown as is. */
    public static final class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Reports are kept this long: long enough to read and act on, not a store of what visitors wrote. */
    public static final Duration RETENTION = Duration.ofDays(180);
    /**
     * Reports kept at most. Far above what readers send (a handful a week), so only a flood reaches it, and the flood
     * then costs a bounded table, not the database's disk.
     */
    public static final int MAX_STORED = 5_000;

    /** The table holds {@link #MAX_STORED} reports: no more are taken until old ones are read out or expire. */
    public static final class Full extends RuntimeException {
        Full() {
            super("The report table is full (" + MAX_STORED + " reports)", null, false, false);
        }
    }

    private final DataSource dataSource;
    private final Clock clock;
    private final int maxStored;

    public Reports(DataSource dataSource, Clock clock) {
        this(dataSource, clock, MAX_STORED);
    }

    public Reports(DataSource dataSource, Clock clock, int maxStored) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.maxStored = maxStored;
    }

    /** Stores a report the caller has already checked; {@link Full} when the table holds its cap. */
    public void add(String page, String message) {
        if (count() >= maxStored) {
            throw new Full();
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO report (page, message, created_at) VALUES (?, ?, ?)")) {
            s.setString(1, page);
            s.setString(2, message);
            s.setObject(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            s.executeUpdate();
        } catch (SQLException | RuntimeException e) {
            throw new Unavailable("Could not store a report: " + e.getMessage(), e);
        }
    }

    /** The newest {@code limit} reports, newest first. */
    public List<Report> newest(int limit) {
        List<Report> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id, page, message, created_at FROM report "
                     + "ORDER BY created_at DESC, id DESC LIMIT ?")) {
            s.setInt(1, limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(new Report(r.getLong("id"), r.getString("page"), r.getString("message"),
                            r.getObject("created_at", OffsetDateTime.class).toInstant()));
                }
            }
        } catch (SQLException | RuntimeException e) {
            throw new Unavailable("Could not read the reports: " + e.getMessage(), e);
        }
        return found;
    }

    /** Deletes reports older than {@link #RETENTION}; returns how many went. */
    public int prune() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM report WHERE created_at < ?")) {
            s.setObject(1, OffsetDateTime.ofInstant(clock.instant().minus(RETENTION), ZoneOffset.UTC));
            return s.executeUpdate();
        } catch (SQLException | RuntimeException e) {
            throw new Unavailable("Could not prune the reports: " + e.getMessage(), e);
        }
    }

    /** How many reports are stored. */
    public long count() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM report");
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        } catch (SQLException | RuntimeException e) {
            throw new Unavailable("Could not count the reports: " + e.getMessage(), e);
        }
    }
}
