package com.salaryatlas.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Fragments a page renders per request but whose markup depends only on a few inputs (a select with one value
 * chosen, the calculator's skills fieldset for one role and choice): rendered once per distinct key and kept, so a
 * request renders only what is its own. Bounded by entries, least recently used out first, so odd input cannot grow
 * it; a key must hold every input the fragment reads. Reads take no lock: every calculator request reads several.
 */
public final class KeptFragments {

    private final ThymeleafRenderer renderer;
    private final Budgeted<Object, Kept> kept;

    /** A kept fragment: its markup, and the same encoded once, for pages that splice it in as bytes. */
    public static final class Kept {
        private final String html;
        private final byte[] utf8;

        Kept(String html) {
            this.html = html;
            this.utf8 = html.getBytes(StandardCharsets.UTF_8);
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
        this.kept = Budgeted.ofEntries(maxEntries);
    }

    /** The fragment ("calculator/options :: options") for {@code key}, rendered from {@code model} the first time. */
    public Kept get(Object key, String templateAndSelector, Supplier<Map<String, ?>> model) {
        Kept found = kept.get(key);
        if (found != null) {
            return found;
        }
        // Rendered outside any lock: two first requests for one key may both render it, which is harmless.
        Kept made = new Kept(renderer.fragment(templateAndSelector, model.get()));
        kept.put(key, made);
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

        /**
         * The whole page: the shell around {@code main}, with every marked piece in its place. {@code main} is encoded
         * once and its markers found in the bytes (they are ASCII): searching the string and encoding it a slice at a
         * time cost a seventh of a calculator page's CPU, its text being UTF-16 for its dashes and quotes.
         */
        public byte[] page(ThymeleafRenderer.Shell shell, String main) {
            byte[] text = main.getBytes(StandardCharsets.UTF_8);
            int[] at = new int[pieces.size()];
            int size = shell.before().length + text.length + shell.after().length;
            int from = 0;
            for (int i = 0; i < pieces.size(); i++) {
                byte[] marker = marker(i).getBytes(StandardCharsets.US_ASCII);
                at[i] = indexOf(text, marker, from);
                if (at[i] < 0) {
                    throw new IllegalStateException("the template did not print " + marker(i) + " where it belongs");
                }
                from = at[i] + marker.length;
                size += pieces.get(i).length - marker.length;
            }
            byte[] page = new byte[size];
            int out = put(shell.before(), 0, shell.before().length, page, 0);
            from = 0;
            for (int i = 0; i < pieces.size(); i++) {
                out = put(text, from, at[i] - from, page, out);
                out = put(pieces.get(i), 0, pieces.get(i).length, page, out);
                from = at[i] + marker(i).length();
            }
            out = put(text, from, text.length - from, page, out);
            put(shell.after(), 0, shell.after().length, page, out);
            return page;
        }

        private static int put(byte[] from, int start, int length, byte[] to, int at) {
            System.arraycopy(from, start, to, at, length);
            return at + length;
        }

        private static int indexOf(byte[] text, byte[] marker, int from) {
            byte first = marker[0];
            byte second = marker[1];
            int last = text.length - marker.length;
            // Every tag starts with the marker's first byte; its second ('!') rules out all but comments cheaply.
            for (int i = from; i <= last; i++) {
                if (text[i] == first && text[i + 1] == second
                        && java.util.Arrays.equals(text, i, i + marker.length, marker, 0, marker.length)) {
                    return i;
                }
            }
            return -1;
        }
    }
}
