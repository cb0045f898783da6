package com.salaryatlas;

import com.salaryatlas.compare.CompareController;
import com.salaryatlas.guides.ArticleController;
import com.salaryatlas.calculator.ApiController;
import com.salaryatlas.calculator.CalculatorController;
import com.salaryatlas.calculator.CalculatorController.Reached;
import com.salaryatlas.roles.RoleController;
import com.salaryatlas.seo.SeoController;
import com.salaryatlas.home.HomeController;
import com.salaryatlas.opendata.OpenDataController;
import com.salaryatlas.reports.ReportController;
import com.salaryatlas.web.ChartAssets;
import com.salaryatlas.web.RateLimit;
import com.salaryatlas.web.SiteController;
import com.salaryatlas.web.CanonicalPath;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/** Every route of the site, in one place. */
final class Routes {

    private Routes() {
    }

    static void declare(RoutesConfig config, Controllers c, RateLimit rateLimit) {
        config.before(CanonicalPath::enforce);
        Table routes = new Table(config);
        routes.get("/", c.home()::show);

        routes.get("/guides", c.articles()::index);
        routes.get("/guides/{slug}", c.articles()::show);
        routes.get("/methodology", c.articles()::methodology);
        routes.get("/sources", c.articles()::sources);

        routes.get("/salaries", c.roles()::index);
        routes.get("/salaries/{slug}", c.roles()::show);
        routes.get("/salaries/{slug}/{state}", c.roles()::showState);

        routes.get("/compare", c.compare()::showForm);
        routes.get("/compare/{pair}", c.compare()::show);

        // The calculator is one resource: one answer, reached three ways. Each way that computes an estimate is rate
        // limited; the form's POST and a shared link count in the estimate log, the live update does not (one visit
        // asks many times). The role's fields compute nothing.
        CalculatorController calculator = c.calculator();
        routes.get("/calculator", calculator.blankFormOr(rateLimit.limit(calculator.answer(Reached.SHARED_LINK))));
        routes.post("/calculator", rateLimit.limit(calculator.answer(Reached.FORM_POST)));
        routes.get("/calculator/result", rateLimit.limit(calculator.answer(Reached.LIVE_UPDATE)));
        routes.get("/calculator/fields", calculator::showRoleFields);

        routes.get("/api/roles", rateLimit.limit(c.api()::roles));
        routes.get("/api/estimate", rateLimit.limit(c.api()::estimate));
        routes.get("/api/openapi.json", rateLimit.limit(c.openData()::openApi));

        routes.get("/data", c.openData()::index);
        routes.get("/data/{file}", c.openData()::download);

        routes.post("/report", rateLimit.limit(c.reports()::submitForm));

        routes.get("/sitemap.xml", c.seo()::sitemap);
        routes.get("/robots.txt", c.seo()::robots);
        routes.get("/feed.xml", c.seo()::feed);
        routes.get("/healthz", c.site()::health);
        routes.get("/assets/{name}", c.site()::asset);
        routes.get("/css/{file}", c.site()::staticFile);
        routes.get("/js/{file}", c.site()::staticFile);
        routes.get("/favicon.svg", c.site()::staticFile);
        routes.get(ChartAssets.CHART_JS, c.site()::staticFile);
        routes.refuseOtherMethods(c.site()::methodNotAllowed);

        config.error(HttpStatus.NOT_FOUND, c.site()::notFound);
        config.exception(Exception.class, c.site()::serverError);
    }

    /**
     * The routes as they are declared, so that every GET answers HEAD with the same headers (the handlers leave the
     * body out), and any other method on a known path is 405 with an {@code Allow} header naming the ones it takes.
     */
    private static final class Table {
        private static final List<HandlerType> OTHER_METHODS = List.of(HandlerType.GET, HandlerType.POST,
                HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE, HandlerType.OPTIONS);

        private final RoutesConfig config;
        private final Map<String, Set<HandlerType>> methods = new LinkedHashMap<>();

        Table(RoutesConfig config) {
            this.config = config;
        }

        void get(String path, Handler handler) {
            config.get(path, handler);
            config.head(path, handler);
            methods.computeIfAbsent(path, p -> new LinkedHashSet<>()).addAll(List.of(HandlerType.GET, HandlerType.HEAD));
        }

        void post(String path, Handler handler) {
            config.post(path, handler);
            methods.computeIfAbsent(path, p -> new LinkedHashSet<>()).add(HandlerType.POST);
        }

        void refuseOtherMethods(BiConsumer<Context, String> refuse) {
            methods.forEach((path, allowed) -> {
                String allow = allowed.stream().map(HandlerType::name).collect(Collectors.joining(", "));
                for (HandlerType method : OTHER_METHODS) {
                    if (!allowed.contains(method)) {
                        config.addHttpHandler(method, path, ctx -> refuse.accept(ctx, allow));
                    }
                }
            });
        }
    }

    /** The controllers the routes point at, built once by {@link SalaryAtlas}. */
    record Controllers(SiteController site, HomeController home, ArticleController articles, RoleController roles,
                       CompareController compare, CalculatorController calculator, ApiController api, SeoController seo,
                       OpenDataController openData, ReportController reports) {
    }
}
