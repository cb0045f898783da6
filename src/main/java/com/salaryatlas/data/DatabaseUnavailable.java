package com.salaryatlas.data;

/** The database named by DATABASE_URL cannot be used; the message says what to fix, in one line. */
public final class DatabaseUnavailable extends RuntimeException {

    public DatabaseUnavailable(String message) {
        super(message);
    }
}
