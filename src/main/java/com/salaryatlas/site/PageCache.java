package com.salaryatlas.site;

import io.javalin.http.Context;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Pages that depend only on content are rendered once and then served from memory; Javalin adds the ETag.
 * In development nothing is kept, so an edit shows on reload.
 */
public final class PageCache {

    private final ThymeleafRenderer renderer;
    private final boolean enabled;
    private final Map<String, String> pages = new ConcurrentHashMap<>();

    public PageCache(ThymeleafRenderer renderer, boolean enabled) {
        this.renderer = renderer;
        this.enabled = enabled;
    }

    public void render(Context ctx, String template, Supplier<Map<String, Object>> model) {
        String html = enabled
                ? pages.computeIfAbsent(ctx.path(), path -> renderer.render(template, model.get(), ctx))
                : renderer.render(template, model.get(), ctx);
        ctx.header("Cache-Control", enabled ? "public, max-age=300" : "no-cache");
        ctx.html(html);
    }
}
