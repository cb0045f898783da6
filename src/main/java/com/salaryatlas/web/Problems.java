package com.salaryatlas.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/** RFC 9457 problem details, the one error shape of the JSON API. */
public final class Problems {

    private Problems() {
    }

    /** {@code errors} maps each bad field to what is wrong with it. */
    public static void send(Context ctx, HttpStatus status, String title, String detail, Map<String, String> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status.getCode());
        body.put("detail", detail);
        body.put("instance", ctx.path());
        if (!errors.isEmpty()) {
            body.put("errors", errors.entrySet().stream()
                    .map(e -> Map.of("field", e.getKey(), "message", e.getValue())).toList());
        }
        ctx.status(status);
        ctx.json(body);
        ctx.contentType("application/problem+json");
    }
}
