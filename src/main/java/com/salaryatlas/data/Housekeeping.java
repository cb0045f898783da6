package com.salaryatlas.data;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database work nobody waits for, on one background thread: the home page's "most estimated" counts, counted
 * again every few minutes rather than on each view, and once a day the estimate log and the reports pruned to their
 * retention periods.
 */
public final class Housekeeping implements AutoCloseable {

    public static final Duration COUNTS_EVERY = Duration.ofMinutes(5);
    public static final Duration PRUNE_EVERY = Duration.ofDays(1);
    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);

    private final EstimateLog estimateLog;
    private final Reports reports;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "housekeeping");
        thread.setDaemon(true);
        return thread;
    });

    public Housekeeping(EstimateLog estimateLog, Reports reports) {
        this.estimateLog = estimateLog;
        this.reports = reports;
    }

    /** Starts the schedule, first runs at once; call when the database is open. */
    public void start() {
        scheduler.scheduleWithFixedDelay(guarded(this::prune), 0, PRUNE_EVERY.toMinutes(), TimeUnit.MINUTES);
        scheduler.scheduleWithFixedDelay(guarded(estimateLog::refreshPopular), 0, COUNTS_EVERY.toSeconds(), TimeUnit.SECONDS);
    }

    /** What the daily run does: returns how many estimate-log rows and reports went. */
    public int prune() {
        int gone = estimateLog.prune();
        try {
            gone += reports.prune();
        } catch (Reports.Unavailable e) {
            LOG.warn("{}", e.getMessage());
        }
        return gone;
    }

    /** A task that throws would never run again; an OutOfMemoryError still ends the process (App's handler). */
    private static Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("Housekeeping failed, will retry on schedule: {}", e.toString());
            }
        };
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
