package com.salaryatlas.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One address per page. Every path the site serves is lowercase letters, digits, '-', '_', '.' and single slashes,
 * without a trailing slash; any other spelling of one ({@code /salaries/%62ackend-developer}, {@code /Salaries},
 * {@code /guides/}, {@code //guides}) moves permanently to it, and a path that spells nothing we could serve (a
 * space, a segment starting with a dot such as {@code ..}) is a 404. Both happen before any page renders, so odd spellings never reach the page
 * cache. The redirect is always a path with one leading slash, so {@code //evil.example/} stays on this site.
 */
public final class CanonicalPath {

    private static final Pattern BROKEN_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");
    private static final Pattern SERVABLE = Pattern.compile("(/[a-z0-9._~-]*)+");
    private static final Pattern DOUBLED_SLASHES = Pattern.compile("/{2,}");
    /** A segment that starts with a dot: "." and ".." climb the tree, ".git" and the like are never pages. */
    private static final Pattern DOT_SEGMENT = Pattern.compile("/\\.");

    private CanonicalPath() {
    }

    /** A before-handler: answers a damaged or non-canonical path itself and skips the route. */
    public static void enforce(Context ctx) {
        String raw = ctx.req().getRequestURI();
        if (raw == null || alreadyCanonical(raw)) {
            return;
        }
        if (BROKEN_ESCAPE.matcher(raw).find()) {
            refuse(ctx, HttpStatus.BAD_REQUEST, "Damaged address", "This address has a broken % escape.");
            return;
        }
        String canonical = canonical(raw);
        if (canonical == null) {
            refuse(ctx, HttpStatus.NOT_FOUND, "Page not found", "There is no page at this address.");
        } else if (!canonical.equals(raw)) {
            String query = ctx.queryString();
            ctx.skipRemainingHandlers();
            ctx.header("Cache-Control", "no-store");
            ctx.redirect(query == null ? canonical : canonical + "?" + query, HttpStatus.MOVED_PERMANENTLY);
        }
    }

    /** The common case, checked without a regular expression: every request passes here. */
    static boolean alreadyCanonical(String raw) {
        int n = raw.length();
        if (n == 0 || raw.charAt(0) != '/') {
            return false;
        }
        if (n == 1) {
            return true;
        }
        if (raw.charAt(n - 1) == '/') {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = raw.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '~'
                    || (c == '.' && raw.charAt(i - 1) != '/') || (c == '/' && raw.charAt(i - 1) != '/');
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    /** The canonical spelling of a raw (still percent-encoded) path, or null when no page could live there. */
    static String canonical(String raw) {
        String lower = raw.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c")) {
            // An encoded slash is part of a name, never a separator: no page has one.
            return null;
        }
        String path = DOUBLED_SLASHES.matcher(decode(raw).toLowerCase(Locale.ROOT)).replaceAll("/");
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.isEmpty()) {
            return "/";
        }
        if (!SERVABLE.matcher(path).matches() || DOT_SEGMENT.matcher(path).find()) {
            return null;
        }
        return path;
    }

    /** Percent-decodes bytes as UTF-8; '+' stays '+' (in a path it is not a space). */
    private static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        byte[] out = new byte[raw.length()];
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                out[n++] = (byte) Integer.parseInt(raw.substring(i + 1, i + 3), 16);
                i += 2;
            } else {
                out[n++] = (byte) c;
            }
        }
        return new String(out, 0, n, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void refuse(Context ctx, HttpStatus status, String title, String message) {
        ctx.skipRemainingHandlers();
        ctx.status(status).header("Cache-Control", "no-store");
        if (ctx.req().getRequestURI().startsWith("/api/")) {
            Problems.send(ctx, status, title, message, Map.of());
            return;
        }
        ctx.render("web/not-found.html", Map.of("page", PageMeta.of(title, message).noindexed()));
    }
}
