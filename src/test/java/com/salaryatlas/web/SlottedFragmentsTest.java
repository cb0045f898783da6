package com.salaryatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlottedFragmentsTest {

    private static final String CARD = "card :: card";

    @TempDir
    static Path root;
    private static ThymeleafRenderer renderer;

    /** Text printed raw, Strings in attributes and th:text, a list of records, a tested value, a number. */
    public record Card(Text title, String href, String label, List<Row> rows, Text note, int count) {
    }

    public record Row(String kind, Text text) {
    }

    @BeforeAll
    static void template() throws IOException {
        Files.createDirectories(root.resolve("templates"));
        Files.writeString(root.resolve("templates/card.html"), """
                <div th:fragment="card"><h2 th:utext="${card.title}">Title</h2>
                <a th:if="${card.href}" th:href="${card.href}" th:text="${card.label}" href="/x">Label</a>
                <ul><li th:each="r : ${card.rows}" class="row" th:classappend="${r.kind}" th:utext="${r.text}">Row</li></ul>
                <p th:if="${card.note}" th:utext="${card.note}">Note</p><span th:text="${card.count}">1</span></div>
                """);
        renderer = new ThymeleafRenderer(SiteFiles.disk(root), SiteInfo.of("https://salaryatlas.test", "t", Map.of()));
    }

    private static String rendered(Card card) {
        return renderer.fragment(CARD, Map.of("card", card));
    }

    private static Card hostile(String tag) {
        return new Card(Text.of("<b>" + tag + " & co</b>"), "/a?x=1&y=\"" + tag + "\"", "Tom & Jerry's " + tag,
                List.of(new Row("up", Text.of("+$5 <" + tag + ">")), new Row("down '" + tag, Text.of("−$3 “q”"))),
                Text.of("note " + tag), 7);
    }

    @Test
    void a_filled_fragment_is_the_markup_a_render_of_the_same_view_gives() {
        assertEquals(rendered(hostile("one")), new SlottedFragments(renderer, 4).render(CARD, "card", hostile("one")).toString());
    }

    @Test
    void a_view_without_its_optional_parts_is_the_markup_a_render_gives() {
        Card sparse = new Card(Text.of("Only a title"), null, null, List.of(), null, 0);
        assertEquals(rendered(sparse), new SlottedFragments(renderer, 4).render(CARD, "card", sparse).toString());
    }

    @Test
    void views_of_one_shape_share_one_kept_render() {
        SlottedFragments slotted = new SlottedFragments(renderer, 4);
        slotted.render(CARD, "card", hostile("one"));
        slotted.render(CARD, "card", hostile("two"));
        assertEquals(1, slotted.size());
    }

    @Test
    void the_second_view_of_a_shape_gets_its_own_values() {
        SlottedFragments slotted = new SlottedFragments(renderer, 4);
        slotted.render(CARD, "card", hostile("one"));
        assertEquals(rendered(hostile("two")), slotted.render(CARD, "card", hostile("two")).toString());
    }

    @Test
    void a_row_more_is_another_shape() {
        SlottedFragments slotted = new SlottedFragments(renderer, 4);
        Card card = hostile("one");
        slotted.render(CARD, "card", card);
        slotted.render(CARD, "card", new Card(card.title(), card.href(), card.label(), List.of(card.rows().get(0)),
                card.note(), card.count()));
        assertEquals(2, slotted.size());
    }

    @Test
    void a_number_is_part_of_the_shape_and_printed_as_thymeleaf_prints_it() {
        Card card = hostile("one");
        Card other = new Card(card.title(), card.href(), card.label(), card.rows(), card.note(), 12);
        SlottedFragments slotted = new SlottedFragments(renderer, 4);
        slotted.render(CARD, "card", card);
        assertEquals(rendered(other), slotted.render(CARD, "card", other).toString());
    }

    @Test
    void a_string_thymeleaf_reads_as_false_is_tested_as_thymeleaf_tests_it() {
        Card card = hostile("one");
        Card off = new Card(card.title(), "off", card.label(), card.rows(), card.note(), card.count());
        assertFalse(new SlottedFragments(renderer, 4).render(CARD, "card", off).toString().contains("<a"));
    }

    /** A view with a map in it, which the shape cannot take apart. */
    public record Mapped(Map<String, String> map) {
    }

    @Test
    void a_view_holding_something_other_than_records_lists_and_leaves_is_refused() {
        assertThrows(IllegalArgumentException.class,
                () -> new SlottedFragments(renderer, 4).render(CARD, "card", new Mapped(Map.of("a", "b"))));
    }

    @Test
    void beyond_its_bound_the_least_recently_used_shape_goes() {
        SlottedFragments slotted = new SlottedFragments(renderer, 1);
        slotted.render(CARD, "card", hostile("one"));
        slotted.render(CARD, "card", new Card(Text.of("t"), null, null, List.of(), null, 0));
        assertEquals(1, slotted.size());
    }
}
