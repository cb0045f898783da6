package com.salaryatlas;

import com.salaryatlas.compare.CompareController;
import com.salaryatlas.guides.ArticleController;
import com.salaryatlas.calculator.ApiController;
import com.salaryatlas.calculator.CalculatorController;
import com.salaryatlas.roles.RoleController;
import com.salaryatlas.seo.SeoController;
import com.salaryatlas.home.HomeController;
import com.salaryatlas.opendata.OpenDataController;
import com.salaryatlas.reports.ReportController;
import com.salaryatlas.web.RateLimit;
import com.salaryatlas.web.SiteController;
import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpStatus;

/** Every route of the site, in one place. */
final class Routes {

    private Routes() {
    }

    static void declare(RoutesConfig routes, Controllers c, RateLimit rateLimit) {
        // Limited by path, so a route added later under a limited path (/api/…, POST /report) is covered at once.
        routes.before(rateLimit::apply);
        routes.before(SiteController::rejectMalformedPath);
        routes.before(SiteController::redirectTrailingSlash);
        page(routes, "/", c.home()::show);

        page(routes, "/guides", c.articles()::index);
        page(routes, "/guides/{slug}", c.articles()::show);
        page(routes, "/methodology", c.articles()::methodology);
        page(routes, "/sources", c.articles()::sources);

        page(routes, "/salaries", c.roles()::index);
        page(routes, "/salaries/{slug}", c.roles()::show);
        page(routes, "/salaries/{slug}/{state}", c.roles()::showState);

        page(routes, "/compare", c.compare()::showForm);
        page(routes, "/compare/{pair}", c.compare()::show);

        page(routes, "/calculator", c.calculator()::showForm);
        routes.post("/calculator", c.calculator()::submitForm);
        routes.get("/calculator/result", c.calculator()::showResult);

        routes.get("/api/roles", c.api()::roles);
        routes.get("/api/estimate", c.api()::estimate);
        routes.get("/api/openapi.json", c.openData()::openApi);

        page(routes, "/data", c.openData()::index);
        routes.get("/data/{file}", c.openData()::download);

        routes.post("/report", c.reports()::submitForm);

        routes.get("/sitemap.xml", c.seo()::sitemap);
        routes.get("/robots.txt", c.seo()::robots);
        routes.get("/feed.xml", c.seo()::feed);
        routes.get("/healthz", c.site()::health);
        page(routes, "/assets/{name}", c.site()::asset);

        routes.error(HttpStatus.NOT_FOUND, c.site()::notFound);
        routes.exception(Exception.class, c.site()::serverError);
    }

    /** A page answers HEAD as it answers GET, headers and all, without the body. */
    private static void page(RoutesConfig routes, String path, io.javalin.http.Handler handler) {
        routes.get(path, handler);
        routes.head(path, handler);
    }

    /** The controllers the routes point at, built once by {@link SalaryAtlas}. */
    record Controllers(SiteController site, HomeController home, ArticleController articles, RoleController roles,
                       CompareController compare, CalculatorController calculator, ApiController api, SeoController seo,
                       OpenDataController openData, ReportController reports) {
    }
}
