package com.salaryatlas.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a query string or a urlencoded form body as UTF-8, whatever charset the request claims.
 * A malformed escape such as {@code %ZZ} is an error, not a silently dropped field.
 */
public final class FormData {

    private FormData() {
    }

    /** @throws IllegalArgumentException when the text is not valid urlencoded UTF-8 */
    public static Map<String, List<String>> parse(String raw) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return fields;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return fields;
    }
}
