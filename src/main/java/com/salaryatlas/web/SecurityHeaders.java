package com.salaryatlas.web;

import io.javalin.http.Context;

/**
 * Headers on every response. The strict policy holds because no page carries an inline script or style. When the
 * public address ({@code SITE_URL}) is https, browsers are told to use nothing else (HSTS): TLS then ends at a proxy in
 * front, and the header goes out whatever scheme the proxy used to reach us.
 */
public final class SecurityHeaders {

    static final String HSTS = "max-age=31536000";

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private final boolean https;

    public SecurityHeaders(String siteUrl) {
        this.https = siteUrl.startsWith("https://");
    }

    public void apply(Context ctx) {
        if (https) {
            ctx.header("Strict-Transport-Security", HSTS);
        }
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    }

    /** Every HTML answer names its charset, whichever handler wrote it. */
    public static void htmlCharset(Context ctx) {
        String type = ctx.res().getContentType();
        if (type != null && type.startsWith("text/html") && !type.contains("charset")) {
            ctx.res().setContentType("text/html; charset=utf-8");
        }
    }
}
