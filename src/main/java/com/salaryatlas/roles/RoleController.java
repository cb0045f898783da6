package com.salaryatlas.roles;

import com.salaryatlas.articles.ArticleRepository;
import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.Role;
import com.salaryatlas.estimate.Distributions;
import com.salaryatlas.estimate.EstimationService;
import com.salaryatlas.estimate.RoleDistribution;
import com.salaryatlas.explain.Format;
import com.salaryatlas.figures.RoleViews;
import com.salaryatlas.web.PageCache;
import com.salaryatlas.web.PageMeta;
import com.salaryatlas.web.PageMeta.Crumb;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Role salary pages, generated from the dataset: /salaries and /salaries/{role}. */
public final class RoleController {

    private final Dataset data;
    private final Distributions distributions;
    private final RoleViews views;
    private final ArticleRepository articles;
    private final PageCache cache;

    public RoleController(Dataset data, Distributions distributions, RoleViews views, ArticleRepository articles,
                          PageCache cache) {
        this.data = data;
        this.distributions = distributions;
        this.views = views;
        this.articles = articles;
        this.cache = cache;
    }

    public void index(Context ctx) {
        cache.render(ctx, "roles/index", () -> Map.of(
                "page", PageMeta.of("Salaries by role", "National base pay for every software and infrastructure "
                        + "role we cover, with its source.").withBreadcrumbs(List.of(new Crumb("Salaries by role", "/salaries"))),
                "roles", views.summaries()));
    }

    public void show(Context ctx) {
        Role role = data.role(ctx.pathParam("slug")).orElseThrow(NotFoundResponse::new);
        cache.render(ctx, "roles/role", () -> model(role));
    }

    private Map<String, Object> model(Role role) {
        RoleDistribution rd = distributions.of(role);
        String slug = role.slug();
        Map<String, Object> model = new HashMap<>();
        model.put("role", role);
        model.put("distribution", rd);
        model.put("basis", views.basis(rd));
        model.put("median", Format.money(rd.distribution().median()));
        model.put("hourlyMedian", Format.cents(EstimationService.hourly(rd.distribution().median())));
        model.put("primarySource", views.source(rd.source()));
        model.put("percentiles", views.percentiles(role));
        model.put("levels", views.levels(List.of(role)));
        model.put("places", views.placeMedians(role));
        model.put("premiums", views.premiums(role));
        model.put("figures", views.figures(role));
        model.put("totalComp", views.totalComp(role));
        model.put("guides", articles.covering(role));
        model.put("charts", Map.of("chart-distribution", views.distributionChart("chart-distribution", role).besideItsTable()));
        model.put("page", PageMeta.of(role.title() + " salary", "What " + role.title().toLowerCase()
                        + "s earn in the US: national percentiles, pay by experience, places and skills, with every source side by side.")
                .withCharts().withBreadcrumbs(List.of(new Crumb("Salaries by role", "/salaries"),
                        new Crumb(role.title(), "/salaries/" + slug))));
        return model;
    }
}
