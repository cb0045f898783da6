package com.salaryatlas.articles;

/** An article or page cannot be built; the message starts with file:line so the author knows where to look. */
public final class ContentException extends RuntimeException {
    public ContentException(String message) {
        super(message);
    }
}
