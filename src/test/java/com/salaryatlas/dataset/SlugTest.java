package com.salaryatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlugTest {

    @Test
    void words_are_lower_case_and_joined_by_one_hyphen() {
        assertEquals("district-of-columbia", Slug.of("District of  Columbia"));
    }

    @Test
    void a_run_of_punctuation_is_one_hyphen() {
        assertEquals("10-000-or-more-employees", Slug.of("10,000 or more employees"));
    }

    @Test
    void no_hyphen_is_left_at_either_end() {
        assertEquals("c-net", Slug.of(" (C#/.NET) "));
    }

    @Test
    void a_label_of_punctuation_alone_has_an_empty_slug() {
        assertEquals("", Slug.of("—"));
    }
}
