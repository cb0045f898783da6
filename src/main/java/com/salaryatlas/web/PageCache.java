package com.salaryatlas.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Pages that depend only on content, rendered on first request and then served from memory as prepared bytes (see
 * {@link Prepared}). Three rules keep it steady under load:
 * <ul>
 *   <li>a page is keyed by its canonical path and the query parameters it accepts, nothing else a client sends, so
 *       odd spellings of an address cannot fill memory (they are redirected before they get here);</li>
 *   <li>when many visitors want a page nobody has rendered yet, one renders it and the others wait for that render;</li>
 *   <li>the cache holds a budget of bytes, least recently used out first; a page is kept gzipped only, and
 *       unzipped for the rare client that does not take gzip.</li>
 * </ul>
 * In development nothing is kept, so an edit shows on reload.
 */
public final class PageCache {

    static final String HTML = "text/html; charset=utf-8";
    private static final String CACHE_CONTROL = "public, max-age=300";

    private final ThymeleafRenderer renderer;
    private final boolean enabled;
    private final long budgetBytes;
    private final LinkedHashMap<String, Prepared> pages = new LinkedHashMap<>(256, 0.75f, true);
    private final Map<String, CompletableFuture<Prepared>> rendering = new ConcurrentHashMap<>();
    private long bytes;

    public PageCache(ThymeleafRenderer renderer, boolean enabled, long budgetBytes) {
        this.renderer = renderer;
        this.enabled = enabled;
        this.budgetBytes = budgetBytes;
    }

    /** A page that takes no query parameters. */
    public void render(Context ctx, String template, Supplier<Map<String, Object>> model) {
        render(ctx, List.of(), template, model);
    }

    /** A page whose content depends on the named query parameters (and on nothing else the client sends). */
    public void render(Context ctx, List<String> parameters, String template, Supplier<Map<String, Object>> model) {
        if (!enabled) {
            ctx.header("Cache-Control", "no-cache");
            ctx.contentType(HTML).result(renderer.render(template, model.get(), ctx));
            return;
        }
        String key = key(ctx, parameters);
        Prepared page = cached(key);
        if (page == null) {
            page = renderOnce(key, () -> Prepared.compressedOnly(
                    renderer.render(template, model.get(), ctx).getBytes(StandardCharsets.UTF_8), HTML));
        }
        page.send(ctx, CACHE_CONTROL);
    }

    static String key(Context ctx, List<String> parameters) {
        StringBuilder key = new StringBuilder(ctx.path());
        char separator = '?';
        for (String name : parameters) {
            String value = ctx.queryParam(name);
            if (value != null) {
                key.append(separator).append(name).append('=').append(value);
                separator = '&';
            }
        }
        return key.toString();
    }

    /** The first caller renders; callers arriving meanwhile wait for its page instead of rendering their own. */
    Prepared renderOnce(String key, Supplier<Prepared> render) {
        CompletableFuture<Prepared> mine = new CompletableFuture<>();
        CompletableFuture<Prepared> running = rendering.putIfAbsent(key, mine);
        if (running != null) {
            return joined(running);
        }
        try {
            Prepared page = render.get();
            keep(key, page);
            mine.complete(page);
            return page;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            rendering.remove(key, mine);
        }
    }

    private static Prepared joined(CompletableFuture<Prepared> render) {
        try {
            return render.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    synchronized Prepared cached(String key) {
        return pages.get(key);
    }

    private synchronized void keep(String key, Prepared page) {
        Prepared old = pages.put(key, page);
        bytes += page.storedBytes() - (old == null ? 0 : old.storedBytes());
        Iterator<Prepared> eldest = pages.values().iterator();
        while (bytes > budgetBytes && eldest.hasNext()) {
            Prepared out = eldest.next();
            if (out == page) {
                break;
            }
            bytes -= out.storedBytes();
            eldest.remove();
        }
    }

    public synchronized int size() {
        return pages.size();
    }

    /** What the kept pages weigh, which stays within the budget (but for one page larger than all of it). */
    public synchronized long bytes() {
        return bytes;
    }
}
