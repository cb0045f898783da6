package com.salaryatlas.data;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * DATABASE_URL as the pool needs it. Accepts a JDBC URL, or the {@code postgres://user:pass@host:port/db} form
 * hosting platforms hand out, whose credentials move out of the URL into {@link #user}/{@link #password}.
 * {@link #toString()} never shows a password, so the value can go into logs and error messages.
 */
public record DatabaseUrl(String jdbcUrl, String user, String password) {

    /** The one-line reason a value is not a database URL; the caller adds which setting it came from. */
    public static final class Invalid extends IllegalArgumentException {
        public Invalid(String message) {
            super(message);
        }
    }

    public static DatabaseUrl parse(String raw) {
        String value = raw.trim();
        if (value.startsWith("jdbc:")) {
            return new DatabaseUrl(value, null, null);
        }
        if (value.startsWith("postgres://") || value.startsWith("postgresql://")) {
            return fromPostgresUri(value);
        }
        throw new Invalid("'" + redact(value) + "' is not a database URL: use jdbc:h2:file:./data/salary-atlas, "
                + "jdbc:postgresql://host:5432/db?user=…&password=… or postgres://user:password@host:5432/db");
    }

    private static DatabaseUrl fromPostgresUri(String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new Invalid("'" + redact(value) + "' is not a valid postgres:// URL (" + e.getReason() + ")");
        }
        String host = uri.getHost();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/", "");
        if (host == null || path.isEmpty()) {
            throw new Invalid("'" + redact(value) + "' names no host or no database: write postgres://user:password@host:5432/db");
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        String jdbc = "jdbc:postgresql://" + (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host)
                + (uri.getPort() >= 0 ? ":" + uri.getPort() : "") + "/" + path
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return new DatabaseUrl(jdbc, user, password);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    public boolean isPostgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    /** The URL with any password in it masked. */
    public static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("(://[^/:@]*:)[^@/]*@", "$1***@");
    }

    @Override
    public String toString() {
        return redact(jdbcUrl) + (user == null ? "" : " (user " + user + ")");
    }
}
