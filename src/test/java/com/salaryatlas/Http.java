package com.salaryatlas;

import io.javalin.testtools.Response;
import java.util.List;

/** Small conveniences over Javalin's test client. */
public final class Http {

    private Http() {
    }

    public static String header(Response response, String name) {
        List<String> values = response.headers().get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }

    public static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
