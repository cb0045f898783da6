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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records what visitors estimate (role, level, place, company size in the column once named for company types, time; never an IP address, an offer
 * amount or a cookie) and counts the most-estimated roles.
 *
 * <p>Recording never touches the database on the request path: {@link #record} puts the row in a bounded queue
 * and one writer thread commits what has gathered in batches. A full queue drops the row (counted) rather than
 * make a visitor wait; a batch that fails is counted, logged at most once a minute, and dropped, not retried,
 * so a database outage costs popularity counts and nothing else. {@link #close} writes what is queued.
 */
public final class EstimateLog implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EstimateLog.class);
    private static final String INSERT = "INSERT INTO estimate_log (role, level, location, company, created_at) VALUES (?, ?, ?, ?, ?)";

    /** How long rows are kept: the home page only ever looks a week back. */
    public static final Duration RETENTION = Duration.ofDays(30);

    /** A role and how many estimates asked for it. */
    public record RoleCount(String role, long count) {
    }

    /** What became of the estimates handed to {@link #record} so far. */
    public record Stats(long written, long dropped, long failed, long batches) {
    }

    /**
     * {@code capacity}: rows waiting at most (a few seconds of heavy traffic); {@code batchSize}: rows per commit;
     * {@code closeWait}: how long {@link #close} waits for the queue to be written; {@code readBackoff}: after a
     * failed read, how long reads answer empty at once instead of waiting on a database that just failed.
     */
    public record Limits(int capacity, int batchSize, Duration closeWait, Duration readBackoff) {
        public static final Limits DEFAULT = new Limits(10_000, 500, Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    private record Row(String role, String level, String location, String company, Instant at) {
    }

    private final DataSource dataSource;
    private final Clock clock;
    private final Limits limits;
    private final BlockingQueue<Row> queue;
    private final Thread writer;
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    private final Object settledSignal = new Object();
    private long settled;
    private final Warnings writeWarnings = new Warnings(Duration.ofMinutes(1));
    private final Warnings dropWarnings = new Warnings(Duration.ofMinutes(1));
    private volatile boolean closing;
    private volatile long readsResumeAt;
    private volatile List<RoleCount> popular = List.of();

    public EstimateLog(DataSource dataSource, Clock clock) {
        this(dataSource, clock, Limits.DEFAULT);
    }

    public EstimateLog(DataSource dataSource, Clock clock, Limits limits) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.limits = limits;
        this.queue = new ArrayBlockingQueue<>(limits.capacity());
        this.readsResumeAt = System.nanoTime();
        this.writer = new Thread(this::writeUntilClosed, "estimate-log-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Queues the estimate; false when it was dropped (queue full, or the log closed). Never blocks, never throws. */
    public boolean record(EstimateRequest request) {
        Row row = new Row(request.role().slug(), request.resolvedLevel().slug, request.location().slug(),
                request.orgSize(), clock.instant());
        accepted.incrementAndGet();
        if (closing || !queue.offer(row)) {
            accepted.decrementAndGet();
            dropped.incrementAndGet();
            dropWarnings.warn(n -> LOG.warn("Dropped {} estimates from the log: the queue is full (the database is slow or gone) or the site is stopping", n));
            return false;
        }
        return true;
    }

    public Stats stats() {
        return new Stats(written.get(), dropped.get(), failed.get(), batches.get());
    }

    /** Waits until every estimate queued before this call is written or has failed; false on timeout. */
    public boolean flush(Duration timeout) throws InterruptedException {
        long target = accepted.get();
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (settledSignal) {
            while (settled < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(settledSignal, left);
            }
        }
        return true;
    }

    /** Stops taking estimates and writes those queued, waiting up to {@link Limits#closeWait}. Safe to call twice. */
    @Override
    public void close() {
        closing = true;
        try {
            writer.join(limits.closeWait().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (writer.isAlive()) {
            LOG.warn("The estimate log did not finish writing within {}; {} estimates are lost", limits.closeWait(), queue.size());
        }
    }

    private void writeUntilClosed() {
        List<Row> batch = new ArrayList<>(limits.batchSize());
        while (true) {
            Row first;
            try {
                first = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                // Only close() ends the writer: it must still drain the queue.
                continue;
            }
            if (first == null) {
                if (closing && queue.isEmpty()) {
                    return;
                }
                continue;
            }
            batch.add(first);
            queue.drainTo(batch, limits.batchSize() - 1);
            write(batch);
            batch.clear();
        }
    }

    private void write(List<Row> batch) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(INSERT)) {
                for (Row row : batch) {
                    s.setString(1, row.role());
                    s.setString(2, row.level());
                    s.setString(3, row.location());
                    s.setString(4, row.company());
                    s.setTimestamp(5, Timestamp.from(row.at()));
                    s.addBatch();
                }
                s.executeBatch();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
            written.addAndGet(batch.size());
            batches.incrementAndGet();
        } catch (SQLException | RuntimeException e) {
            failed.addAndGet(batch.size());
            writeWarnings.warn(n -> LOG.warn("Could not record {} estimates in the last minute (this batch of {}: {})",
                    n, batch.size(), e.getMessage()), batch.size());
        } finally {
            synchronized (settledSignal) {
                settled += batch.size();
                settledSignal.notifyAll();
            }
        }
    }

    /**
     * The most-estimated roles of the last seven days as last counted by {@link #refreshPopular}: what the home page
     * shows, so a view never waits for a count over a large table.
     */
    public List<RoleCount> popular() {
        return popular;
    }

    /** Counts the week's most-estimated roles again; run on a schedule (see {@link Housekeeping}). */
    public void refreshPopular() {
        popular = topRoles(7, 5);
    }

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

    /**
     * The most-estimated roles over the last {@code days} days, most first; empty when the database cannot say.
     * Right after a failed read it answers empty at once, so an outage does not make every home page wait.
     */
    public List<RoleCount> topRoles(int days, int limit) {
        // A page never waits for the database to finish opening, nor for one that failed a moment ago.
        if (System.nanoTime() - readsResumeAt < 0 || (dataSource instanceof PendingDataSource p && !p.ready())) {
            return List.of();
        }
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
            readsResumeAt = System.nanoTime() + limits.readBackoff().toNanos();
            LOG.warn("Could not read the estimate log: {}", e.getMessage());
            return List.of();
        }
        return top;
    }

    /** One log line per period at most, carrying how many failures it stands for. */
    private static final class Warnings {
        private final long periodNanos;
        private long nextAt = Long.MIN_VALUE;
        private boolean started;
        private long pending;

        Warnings(Duration period) {
            this.periodNanos = period.toNanos();
        }

        void warn(java.util.function.LongConsumer log) {
            warn(log, 1);
        }

        synchronized void warn(java.util.function.LongConsumer log, long count) {
            pending += count;
            long now = System.nanoTime();
            if (!started || now - nextAt >= 0) {
                started = true;
                nextAt = now + periodNanos;
                log.accept(pending);
                pending = 0;
            }
        }
    }
}
