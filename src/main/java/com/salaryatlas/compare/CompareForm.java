package com.salaryatlas.compare;

import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.Role;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The two roles a visitor asked to compare, as typed ({@code a}, {@code b}), the roles they name when known, and an
 * error per field: missing, unknown (quoting the input, which templates escape), or the same role twice.
 */
record CompareForm(String a, String b, Role roleA, Role roleB, Map<String, String> errors) {

    /** Longest input an error message quotes; anything longer is cut, so a huge parameter never fills the page. */
    private static final int QUOTE_MAX = 60;

    static CompareForm blank() {
        return new CompareForm(null, null, null, null, Map.of());
    }

    static CompareForm of(Role a, Role b) {
        return new CompareForm(a.slug(), b.slug(), a, b, Map.of());
    }

    /** Only the first role, from a role page's link: preselected when known, else an error at it. */
    static CompareForm preselect(String a, Dataset data) {
        Map<String, String> errors = new LinkedHashMap<>();
        Role ra = check("a", a, "first", data, errors);
        return new CompareForm(a, null, ra, null, errors);
    }

    static CompareForm parse(String a, String b, Dataset data) {
        Map<String, String> errors = new LinkedHashMap<>();
        Role ra = check("a", a, "first", data, errors);
        Role rb = check("b", b, "second", data, errors);
        if (ra != null && ra.equals(rb)) {
            errors.put("b", "Choose two different roles: both are " + ra.title() + ".");
        }
        return new CompareForm(a, b, ra, rb, errors);
    }

    private static Role check(String field, String value, String which, Dataset data, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.put(field, "Choose the " + which + " role.");
            return null;
        }
        Role role = data.role(value).orElse(null);
        if (role == null) {
            String quoted = value.length() > QUOTE_MAX ? value.substring(0, QUOTE_MAX) + "…" : value;
            errors.put(field, "We have no role called \u201c" + quoted + "\u201d. Choose the " + which
                    + " role from the list.");
        }
        return role;
    }
}
