package com.salaryatlas.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Pages that depend only on content are rendered once and then served from memory with an ETag worked out
 * at the same time, so a revalidating browser gets a 304. In development nothing is kept, so an edit shows on reload.
 */
public final class PageCache {

    private record Rendered(String html, String etag) {
    }

    private final ThymeleafRenderer renderer;
    private final boolean enabled;
    private final Map<String, Rendered> pages = new ConcurrentHashMap<>();

    public PageCache(ThymeleafRenderer renderer, boolean enabled) {
        this.renderer = renderer;
        this.enabled = enabled;
    }

    public void render(Context ctx, String template, Supplier<Map<String, Object>> model) {
        if (!enabled) {
            ctx.header("Cache-Control", "no-cache");
            ctx.html(renderer.render(template, model.get(), ctx));
            return;
        }
        Rendered page = pages.computeIfAbsent(ctx.path(), path -> {
            String html = renderer.render(template, model.get(), ctx);
            return new Rendered(html, etag(html));
        });
        ctx.header("Cache-Control", "public, max-age=300");
        ctx.header("ETag", page.etag());
        if (page.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.html(page.html());
    }

    private static String etag(String html) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(html.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
