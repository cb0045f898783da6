package com.salaryatlas.web;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Fragments a page renders per request but whose markup depends only on a few inputs (a select with one value
 * chosen, the calculator's skills fieldset for one role and choice): rendered once per distinct key and kept, so a
 * request renders only what is its own. Bounded by entries, least recently used out first, so odd input cannot grow
 * it; a key must hold every input the fragment reads. Reads take no lock: every calculator request reads several.
 */
public final class KeptFragments {

    private final ThymeleafRenderer renderer;
    private final int maxEntries;
    private final Map<Object, Kept> kept = new ConcurrentHashMap<>();

    private static final class Kept {
        final String html;
        volatile long lastUsed;

        Kept(String html) {
            this.html = html;
            this.lastUsed = System.nanoTime();
        }
    }

    public KeptFragments(ThymeleafRenderer renderer, int maxEntries) {
        this.renderer = renderer;
        this.maxEntries = maxEntries;
    }

    /** The fragment ("calculator/options :: options") for {@code key}, rendered from {@code model} the first time. */
    public String get(Object key, String templateAndSelector, Supplier<Map<String, ?>> model) {
        Kept found = kept.get(key);
        if (found != null) {
            found.lastUsed = System.nanoTime();
            return found.html;
        }
        // Rendered outside any lock: two first requests for one key may both render it, which is harmless.
        String html = renderer.fragment(templateAndSelector, model.get());
        kept.put(key, new Kept(html));
        while (kept.size() > maxEntries) {
            kept.entrySet().stream().min(Comparator.comparingLong(e -> e.getValue().lastUsed))
                    .ifPresent(eldest -> kept.remove(eldest.getKey(), eldest.getValue()));
        }
        return html;
    }
}
