package com.salaryatlas.web;

import io.javalin.http.Context;

/** Headers on every response. The strict policy holds because no page carries an inline script or style. */
public final class SecurityHeaders {

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

    private SecurityHeaders() {
    }

    public static void apply(Context ctx) {
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
