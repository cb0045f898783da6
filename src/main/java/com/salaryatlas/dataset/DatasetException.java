package com.salaryatlas.dataset;

/** The dataset in content/data cannot be loaded; the message starts with file:line. */
public final class DatasetException extends RuntimeException {
    public DatasetException(String message) {
        super(message);
    }
}
