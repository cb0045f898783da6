package com.salaryatlas.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Pages that depend only on content, rendered on first request and then served from memory as prepared bytes (see
 * {@link Prepared}). Three rules keep it steady under load:
 * <ul>
 *   <li>a page is keyed by its canonical path and the query parameters it accepts, nothing else a client sends, so
 *       odd spellings of an address cannot fill memory (they are redirected before they get here);</li>
 *   <li>when many visitors want a page nobody has rendered yet, one renders it and the others wait for that render;</li>
 *   <li>the cache holds a budget of bytes, least recently used out first. A page is kept gzipped, as browsers,
 *       crawlers and CDNs take it; for clients that do not (load-testing tools, some scripts) the unzipped copies of
 *       the pages they asked for lately are kept beside, in a smaller budget of their own, so a page is not
 *       unzipped on every request.</li>
 * </ul>
 * In development nothing is kept, so an edit shows on reload.
 */
public final class PageCache {

    static final String HTML = "text/html; charset=utf-8";
    private static final String CACHE_CONTROL = "public, max-age=300";
    private static final int RENDERS_PER_CORE = 4;

    private final ThymeleafRenderer renderer;
    private final boolean enabled;
    private final Budgeted<String, Prepared> pages;
    private final Budgeted<String, byte[]> unzipped;
    private final Map<String, CompletableFuture<Prepared>> rendering = new ConcurrentHashMap<>();
    /**
     * Renders at once, at most four a core, first asked first rendered: a cold burst of many pages then finishes its
     * first pages in a fraction of a second instead of all of them together in several, and the JIT compiler keeps
     * some of the CPU. Not one a core: the renders share the cores with the threads serving pages already kept, and
     * a render needing 6–27 ms of CPU took up to 0.5 s, so in a 256-connection cold burst the last visitors waited
     * 0.8–1.7 s for their page (four runs), against 0.53–0.80 s with four a core. Unfair, a render arriving late
     * could take a slot ahead of ones that have waited longest, the ones whose visitors are nearest their timeouts.
     */
    private final Semaphore renderers = new Semaphore(
            RENDERS_PER_CORE * Runtime.getRuntime().availableProcessors(), true);

    /** {@code budgetBytes} for the gzipped pages, {@code unzippedBudgetBytes} for the plain copies beside them. */
    public PageCache(ThymeleafRenderer renderer, boolean enabled, long budgetBytes, long unzippedBudgetBytes) {
        this.renderer = renderer;
        this.enabled = enabled;
        this.pages = new Budgeted<>(budgetBytes, Prepared::storedBytes);
        this.unzipped = new Budgeted<>(unzippedBudgetBytes, bytes -> bytes.length);
    }

    /** A page that takes no query parameters. */
    public void render(Context ctx, String template, Supplier<Map<String, Object>> model) {
        render(ctx, List.of(), template, model);
    }

    /** A page whose content depends on the named query parameters (and on nothing else the client sends). */
    public void render(Context ctx, List<String> parameters, String template, Supplier<Map<String, Object>> model) {
        render(ctx, parameters, "", CACHE_CONTROL, template, model);
    }

    /**
     * A page that also changes with something of the server's own ({@code version}: a new value renders it anew),
     * sent with {@code cacheControl}.
     */
    public void render(Context ctx, List<String> parameters, String version, String cacheControl, String template,
                       Supplier<Map<String, Object>> model) {
        if (!enabled) {
            ctx.header("Cache-Control", "no-cache");
            ctx.contentType(HTML).result(renderer.render(template, model.get(), ctx));
            return;
        }
        String key = key(ctx, parameters) + (version.isEmpty() ? "" : "#" + version);
        Prepared page = cached(key);
        if (page == null) {
            page = renderOnce(key, () -> Prepared.compressedOnly(
                    renderer.render(template, model.get(), ctx).getBytes(StandardCharsets.UTF_8), HTML));
        }
        if (page.plain() == null && !Prepared.acceptsGzip(ctx)) {
            Prepared zipped = page;
            byte[] plain = unzipped.get(key);
            if (plain == null) {
                plain = zipped.unzip();
                unzipped.put(key, plain);
            }
            page = zipped.withPlain(plain);
        }
        page.send(ctx, cacheControl);
    }

    /**
     * Renders the page at {@code path} (one that takes no query parameters) into the cache before anyone asks for
     * it; a request arriving meanwhile waits for this render.
     */
    public void prerender(String path, String version, String template, Supplier<Map<String, Object>> model) {
        if (enabled) {
            String key = path + (version.isEmpty() ? "" : "#" + version);
            renderOnce(key, () -> Prepared.compressedOnly(
                    renderer.render(template, model.get(), path).getBytes(StandardCharsets.UTF_8), HTML));
        }
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
            Prepared page = renderAlone(render);
            pages.put(key, page);
            mine.complete(page);
            return page;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            rendering.remove(key, mine);
        }
    }

    private Prepared renderAlone(Supplier<Prepared> render) {
        renderers.acquireUninterruptibly();
        try {
            return render.get();
        } finally {
            renderers.release();
        }
    }

    private static Prepared joined(CompletableFuture<Prepared> render) {
        try {
            return render.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    Prepared cached(String key) {
        return pages.get(key);
    }

    public int size() {
        return pages.size();
    }

    /** What the kept gzipped pages weigh, which stays within the budget (but for one page larger than all of it). */
    public long bytes() {
        return pages.weight();
    }
}
