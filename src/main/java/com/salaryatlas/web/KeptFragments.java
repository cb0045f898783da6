package com.salaryatlas.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    /** A kept fragment: its markup, and the same encoded once, for pages that splice it in as bytes. */
    public static final class Kept {
        private final String html;
        private final byte[] utf8;
        private volatile long lastUsed;

        Kept(String html) {
            this.html = html;
            this.utf8 = html.getBytes(StandardCharsets.UTF_8);
            this.lastUsed = System.nanoTime();
        }

        public String html() {
            return html;
        }

        byte[] utf8() {
            return utf8;
        }
    }

    public KeptFragments(ThymeleafRenderer renderer, int maxEntries) {
        this.renderer = renderer;
        this.maxEntries = maxEntries;
    }

    /** The fragment ("calculator/options :: options") for {@code key}, rendered from {@code model} the first time. */
    public Kept get(Object key, String templateAndSelector, Supplier<Map<String, ?>> model) {
        Kept found = kept.get(key);
        if (found != null) {
            found.lastUsed = System.nanoTime();
            return found;
        }
        // Rendered outside any lock: two first requests for one key may both render it, which is harmless.
        Kept made = new Kept(renderer.fragment(templateAndSelector, model.get()));
        kept.put(key, made);
        while (kept.size() > maxEntries) {
            kept.entrySet().stream().min(Comparator.comparingLong(e -> e.getValue().lastUsed))
                    .ifPresent(eldest -> kept.remove(eldest.getKey(), eldest.getValue()));
        }
        return made;
    }

    /**
     * Kept fragments placed in one page as markers while it renders, then spliced in as their encoded bytes: the
     * template neither copies them nor re-encodes them, and they are most of the calculator page's bytes.
     */
    public static final class Splice {
        private final List<byte[]> pieces = new ArrayList<>();

        /** The marker the template prints where {@code piece} goes (a comment no escaped input can form). */
        public String mark(Kept piece) {
            pieces.add(piece.utf8());
            return marker(pieces.size() - 1);
        }

        private static String marker(int index) {
            return "<!--kept:" + index + "-->";
        }

        /** The whole page: the shell around {@code main}, with every marked piece in its place. */
        public byte[] page(ThymeleafRenderer.Shell shell, String main) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(shell.before().length + main.length() * 2
                    + pieces.stream().mapToInt(p -> p.length).sum() + shell.after().length);
            out.writeBytes(shell.before());
            int from = 0;
            for (int i = 0; i < pieces.size(); i++) {
                String marker = marker(i);
                int at = main.indexOf(marker, from);
                if (at < 0) {
                    throw new IllegalStateException("the template did not print " + marker + " where it belongs");
                }
                out.writeBytes(main.substring(from, at).getBytes(StandardCharsets.UTF_8));
                out.writeBytes(pieces.get(i));
                from = at + marker.length();
            }
            out.writeBytes(main.substring(from).getBytes(StandardCharsets.UTF_8));
            out.writeBytes(shell.after());
            return out.toByteArray();
        }
    }
}
