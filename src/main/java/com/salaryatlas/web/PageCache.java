package com.salaryatlas.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Pages that depend only on content are rendered on first request and then served from memory as prepared bytes
 * (see {@link Prepared}). The cache holds a bounded number of pages, least recently used out first, so memory does
 * not grow with the number of pages the site has. In development nothing is kept, so an edit shows on reload.
 */
public final class PageCache {

    static final String HTML = "text/html; charset=utf-8";
    private static final String CACHE_CONTROL = "public, max-age=300";

    private final ThymeleafRenderer renderer;
    private final boolean enabled;
    private final Map<String, Prepared> pages;

    public PageCache(ThymeleafRenderer renderer, boolean enabled, int capacity) {
        this.renderer = renderer;
        this.enabled = enabled;
        this.pages = Collections.synchronizedMap(new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Prepared> eldest) {
                return size() > capacity;
            }
        });
    }

    public void render(Context ctx, String template, Supplier<Map<String, Object>> model) {
        if (!enabled) {
            ctx.header("Cache-Control", "no-cache");
            ctx.contentType(HTML).result(renderer.render(template, model.get(), ctx));
            return;
        }
        Prepared page = pages.get(ctx.path());
        if (page == null) {
            // Rendered outside the lock: two first visitors may both render, and the result is the same page.
            page = Prepared.of(renderer.render(template, model.get(), ctx).getBytes(StandardCharsets.UTF_8), HTML);
            pages.put(ctx.path(), page);
        }
        page.send(ctx, CACHE_CONTROL);
    }

    public int size() {
        return pages.size();
    }
}
