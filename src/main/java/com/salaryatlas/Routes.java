package com.salaryatlas;

import com.salaryatlas.calculator.ApiController;
import com.salaryatlas.site.HomeController;
import com.salaryatlas.site.SiteController;
import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpStatus;

/** Every route of the site, in one place. */
final class Routes {

    private Routes() {
    }

    static void declare(RoutesConfig routes, Controllers c) {
        routes.get("/", c.home()::show);
        routes.get("/healthz", c.site()::health);

        routes.get("/api/roles", c.api()::roles);
        routes.get("/api/estimate", c.api()::estimate);

        routes.error(HttpStatus.NOT_FOUND, c.site()::notFound);
        routes.exception(Exception.class, c.site()::serverError);
    }

    /** The controllers the routes point at, built once by {@link SalaryAtlas}. */
    record Controllers(SiteController site, HomeController home, ApiController api) {
    }
}
