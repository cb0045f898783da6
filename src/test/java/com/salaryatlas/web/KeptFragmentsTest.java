package com.salaryatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salaryatlas.web.PageMeta.Crumb;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeptFragmentsTest {

    private final ThymeleafRenderer renderer = new ThymeleafRenderer(SiteFiles.packaged(),
            SiteInfo.of("https://salaryatlas.test", "t", Map.of()));
    private final AtomicInteger renders = new AtomicInteger();

    private Map<String, ?> options(String selected) {
        renders.incrementAndGet();
        return Map.of("options", Option.mark(List.of(new Option("a", "Alpha"), new Option("b", "Beta")), selected::equals));
    }

    @Test
    void a_fragment_is_rendered_once_per_key() {
        KeptFragments kept = new KeptFragments(renderer, 4);
        kept.get("a", "calculator/options :: options", () -> options("a"));
        kept.get("a", "calculator/options :: options", () -> options("a"));
        assertEquals(1, renders.get());
    }

    @Test
    void a_kept_fragment_is_the_markup_its_model_renders() {
        KeptFragments kept = new KeptFragments(renderer, 4);
        String html = kept.get("b", "calculator/options :: options", () -> options("b")).html();
        assertTrue(html.contains("<option value=\"b\" selected=\"selected\">Beta</option>"), html);
    }

    @Test
    void beyond_its_bound_the_least_recently_used_fragment_goes_first() {
        KeptFragments kept = new KeptFragments(renderer, 2);
        kept.get("a", "calculator/options :: options", () -> options("a"));
        kept.get("b", "calculator/options :: options", () -> options("b"));
        kept.get("a", "calculator/options :: options", () -> options("a"));
        kept.get("c", "calculator/options :: options", () -> options("a"));
        kept.get("a", "calculator/options :: options", () -> options("a"));
        kept.get("b", "calculator/options :: options", () -> options("b"));
        assertEquals(4, renders.get(), "a, b and c rendered once each; b again after c pushed it out");
    }

    @Test
    void a_shell_around_a_main_element_is_the_whole_page_the_layout_renders() {
        PageMeta meta = PageMeta.of("Salary calculator", "Estimate a salary.").canonical("/calculator")
                .withBreadcrumbs(List.of(new Crumb("Calculator", "/calculator")));
        String page = new String(new KeptFragments.Splice().page(renderer.shell(meta, "/calculator"),
                "<main id=\"main\">Hello</main>"), java.nio.charset.StandardCharsets.UTF_8);
        String whole = renderer.render("web/not-found", Map.of("page", meta), "/calculator");
        String layoutBefore = whole.substring(0, whole.indexOf("<main"));
        assertTrue(page.startsWith(layoutBefore), page);
        assertTrue(page.contains("<main id=\"main\">Hello</main>"), page);
        assertTrue(page.endsWith(whole.substring(whole.indexOf("</main>") + "</main>".length())), page);
    }

    @Test
    void a_spliced_piece_takes_the_place_of_its_marker() {
        KeptFragments kept = new KeptFragments(renderer, 4);
        KeptFragments.Splice splice = new KeptFragments.Splice();
        String main = "<main>" + splice.mark(kept.get("b", "calculator/options :: options", () -> options("b"))) + "</main>";
        String page = new String(splice.page(renderer.shell(PageMeta.of("t", "d"), "/"), main),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(page.contains("<main><option value=\"a\">Alpha</option><option value=\"b\" selected=\"selected\">Beta</option></main>"), page);
    }

    @Test
    void text_beyond_latin_1_around_spliced_pieces_comes_out_whole() {
        KeptFragments kept = new KeptFragments(renderer, 4);
        KeptFragments.Splice splice = new KeptFragments.Splice();
        String main = "<main>$1–$2 " + splice.mark(kept.get("a", "calculator/options :: options", () -> options("a")))
                + " “−$5” " + splice.mark(kept.get("b", "calculator/options :: options", () -> options("b"))) + " ’</main>";
        String page = new String(splice.page(renderer.shell(PageMeta.of("t", "d"), "/"), main),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(page.contains("<main>$1–$2 <option value=\"a\" selected=\"selected\">Alpha</option>"
                + "<option value=\"b\">Beta</option> “−$5” <option value=\"a\">Alpha</option>"
                + "<option value=\"b\" selected=\"selected\">Beta</option> ’</main>"), page);
    }
}
