package com.salaryatlas.site;

import io.javalin.http.Context;
import java.util.Map;

/** The home page: where a reader starts. */
public final class HomeController {

    public void show(Context ctx) {
        ctx.render("site/home.html", Map.of(
                "page", PageMeta.of("Software salaries, sourced and explained",
                        "Salary guides for software and infrastructure roles, every figure traced to its source, "
                                + "and a calculator that explains its estimate.")));
    }
}
