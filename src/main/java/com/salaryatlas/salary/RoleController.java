package com.salaryatlas.salary;

import com.salaryatlas.article.ArticleRepository;
import com.salaryatlas.estimate.EstimationService;
import com.salaryatlas.estimate.Format;
import com.salaryatlas.estimate.RoleDistribution;
import com.salaryatlas.site.PageCache;
import com.salaryatlas.site.PageMeta;
import com.salaryatlas.site.PageMeta.Crumb;
import com.salaryatlas.site.Table;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Role salary pages, generated from the dataset: /salaries and /salaries/{role}. */
public final class RoleController {

    private final EstimationService estimates;
    private final RoleViews views;
    private final ArticleRepository articles;
    private final PageCache cache;

    public RoleController(EstimationService estimates, RoleViews views, ArticleRepository articles, PageCache cache) {
        this.estimates = estimates;
        this.views = views;
        this.articles = articles;
        this.cache = cache;
    }

    public void index(Context ctx) {
        cache.render(ctx, "salary/index", () -> Map.of(
                "page", PageMeta.of("Salaries by role", "National base pay for every software and infrastructure "
                        + "role we cover, with its source.").withBreadcrumbs(List.of(new Crumb("Salaries by role", "/salaries"))),
                "roles", views.summaries()));
    }

    public void show(Context ctx) {
        String slug = ctx.pathParam("slug");
        if (!estimates.knowsRole(slug)) {
            throw new NotFoundResponse();
        }
        cache.render(ctx, "salary/role", () -> model(slug));
    }

    private Map<String, Object> model(String slug) {
        RoleDistribution rd = estimates.distribution(slug);
        Role role = rd.role();
        Map<String, Object> model = new HashMap<>();
        model.put("role", role);
        model.put("distribution", rd);
        model.put("median", Format.money(rd.distribution().median()));
        model.put("hourlyMedian", Format.cents(EstimationService.hourly(rd.distribution().median())));
        model.put("primarySource", views.source(rd.source()));
        model.put("percentiles", views.percentiles(slug));
        model.put("levels", views.levels(List.of(slug)));
        model.put("places", places(slug));
        model.put("premiums", views.premiums(slug));
        model.put("figures", views.figures(slug));
        model.put("totalComp", views.totalComp(slug));
        model.put("guides", articles.covering(slug));
        model.put("charts", Map.of("chart-distribution", views.distributionChart("chart-distribution", slug).besideItsTable()));
        model.put("page", PageMeta.of(role.title() + " salary", "What " + role.title().toLowerCase()
                        + "s earn in the US: national percentiles, pay by experience, places and skills, with every source side by side.")
                .withCharts().withBreadcrumbs(List.of(new Crumb("Salaries by role", "/salaries"),
                        new Crumb(role.title(), "/salaries/" + slug))));
        return model;
    }

    /** The role's median scaled to every place with a published figure. */
    private Table places(String slug) {
        List<List<String>> rows = new ArrayList<>();
        for (Location l : estimates.dataset().locations()) {
            estimates.placeMedian(slug, l.slug()).ifPresent(m -> rows.add(List.of(l.name(),
                    l.type().equals("state") ? "State" : "Metro area", Format.money(m),
                    estimates.placePremium(l.slug()).map(Format::signedPercent).orElse("—"))));
        }
        return new Table("Estimated median by place", List.of("Place", "Type", "Estimated median", "vs national"), rows,
                "The national median scaled by each place's published wage relative to the national figure of the same "
                        + "statistic. Places not listed have no published figure; the calculator uses the national figure there.");
    }
}
