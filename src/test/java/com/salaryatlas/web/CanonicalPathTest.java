package com.salaryatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CanonicalPathTest {

    @Test
    void a_plain_lowercase_path_is_canonical_as_it_is() {
        assertTrue(CanonicalPath.alreadyCanonical("/salaries/software-developer/new-york"));
    }

    @Test
    void an_asset_name_with_dots_is_canonical() {
        assertTrue(CanonicalPath.alreadyCanonical("/assets/site.3f2a9c1b77.css"));
    }

    @Test
    void a_dot_right_after_a_slash_takes_the_slow_path() {
        assertFalse(CanonicalPath.alreadyCanonical("/data/../pom.xml"));
    }

    @Test
    void the_fast_check_agrees_with_the_full_rule_on_paths_that_need_work() {
        for (String raw : new String[] {"/Guides", "/guides/", "//guides", "/salaries/%62ackend", "/a b", "/.hidden"}) {
            assertFalse(CanonicalPath.alreadyCanonical(raw), raw);
        }
    }

    @Test
    void an_encoded_letter_decodes_to_its_canonical_path() {
        assertEquals("/salaries/backend-developer", CanonicalPath.canonical("/salaries/%62ackend-developer"));
    }

    @Test
    void an_encoded_slash_is_no_page() {
        assertNull(CanonicalPath.canonical("/data/..%2Fpom.xml"));
    }

    @Test
    void a_hidden_file_segment_is_no_page() {
        assertNull(CanonicalPath.canonical("/.git/config"));
    }
}
