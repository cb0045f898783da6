package com.salaryatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void text_is_escaped_as_thymeleafs_th_text_escapes_it() {
        assertEquals("&lt;b title=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;",
                Text.of("<b title=\"x\">Tom & Jerry's</b>").toString());
    }

    @Test
    void text_without_markup_characters_is_kept_as_it_is() {
        assertEquals("−$15,015 · “quoted”", Text.of("−$15,015 · “quoted”").toString());
    }

    @Test
    void no_text_makes_no_text() {
        assertNull(Text.of(null));
    }

    @Test
    void markup_is_kept_as_it_is() {
        assertEquals("<!--kept:0-->", Text.markup("<!--kept:0-->").toString());
    }
}
