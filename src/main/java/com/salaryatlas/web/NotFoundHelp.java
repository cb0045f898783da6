package com.salaryatlas.web;

import io.javalin.http.Context;
import java.util.Map;

/**
 * What a feature adds to the 404 page for an address under its own path, such as the compare form under
 * /compare/…: a template fragment ("compare/form :: compare-form") and the model it needs. The feature attaches it
 * and answers 404; {@link SiteController#notFound} renders the site's one 404 page with it.
 */
public record NotFoundHelp(String fragment, Map<String, Object> model) {

    private static final String ATTRIBUTE = NotFoundHelp.class.getName();

    public static void attach(Context ctx, String fragment, Map<String, Object> model) {
        ctx.attribute(ATTRIBUTE, new NotFoundHelp(fragment, Map.copyOf(model)));
    }

    static NotFoundHelp of(Context ctx) {
        return ctx.attribute(ATTRIBUTE);
    }
}
