package com.salaryatlas.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Fragments a page renders per request but whose markup depends only on a few inputs (a select with one value
 * chosen, the calculator's skills fieldset for one role and choice): rendered once per distinct key and kept, so a
 * request renders only what is its own. Bounded by entries, least recently used out first, so odd input cannot grow
 * it; a key must hold every input the fragment reads.
 */
public final class KeptFragments {

    private final ThymeleafRenderer renderer;
    private final Map<Object, String> kept;

    public KeptFragments(ThymeleafRenderer renderer, int maxEntries) {
        this.renderer = renderer;
        this.kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, String> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** The fragment ("calculator/options :: options") for {@code key}, rendered from {@code model} the first time. */
    public String get(Object key, String templateAndSelector, Supplier<Map<String, ?>> model) {
        String html;
        synchronized (kept) {
            html = kept.get(key);
        }
        if (html == null) {
            // Rendered outside the lock: two first requests for one key may both render it, which is harmless.
            html = renderer.fragment(templateAndSelector, model.get());
            synchronized (kept) {
                kept.put(key, html);
            }
        }
        return html;
    }
}
