package com.salaryatlas.home;

import com.salaryatlas.web.PageMeta;
import com.salaryatlas.articles.ArticleRepository;
import com.salaryatlas.data.EstimateLog;
import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.figures.RoleViews;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** The home page: featured guides, every comparison, the role pages, the calculator, and what visitors estimate most. */
public final class HomeController {

    private final ArticleRepository articles;
    private final RoleViews roles;
    private final EstimateLog estimateLog;
    private final Dataset data;

    public HomeController(ArticleRepository articles, RoleViews roles, EstimateLog estimateLog, Dataset data) {
        this.articles = articles;
        this.roles = roles;
        this.estimateLog = estimateLog;
        this.data = data;
    }

    /** A role and how often it was estimated, with its title for display. */
    public record Popular(String slug, String title, long count) {
    }

    public void show(Context ctx) {
        List<Popular> popular = estimateLog.topRoles(7, 5).stream()
                .map(c -> new Popular(c.role(), data.role(c.role()).map(r -> r.title()).orElse(c.role()), c.count()))
                .toList();
        ctx.header("Cache-Control", "no-cache");
        ctx.render("home/home.html", Map.of(
                "page", PageMeta.of("Software salaries, sourced and explained",
                        "Salary guides for software and infrastructure roles, every figure traced to its source, "
                                + "and a calculator that explains its estimate."),
                // Every guide and ranking, featured ones first; comparisons get their own section.
                "featured", articles.all().stream().filter(a -> !a.isComparison())
                        .sorted(java.util.Comparator.comparing(a -> !a.featured())).toList(),
                "comparisons", articles.ofKind("comparison"),
                "roles", roles.summaries(),
                "popular", popular));
    }
}
