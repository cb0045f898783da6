package com.salaryatlas.data;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source whose pool is still opening: services can be built against it at once, and the first
 * connection waits for the pool. Lets the site build its pages while migrations run.
 */
public final class PendingDataSource implements DataSource {

    private final CompletableFuture<? extends DataSource> pool;

    public PendingDataSource(CompletableFuture<? extends DataSource> pool) {
        this.pool = pool;
    }

    /** True once the pool is open; until then a page that only reads from it goes without. */
    public boolean ready() {
        return pool.isDone() && !pool.isCompletedExceptionally();
    }

    private DataSource pool() throws SQLException {
        try {
            return pool.join();
        } catch (RuntimeException e) {
            throw new SQLException("The database did not open", e);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return pool().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return pool().getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool().getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool().setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool().setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool().getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return pool().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return pool().isWrapperFor(type);
    }
}
