package com.salaryatlas.home;

import com.salaryatlas.articles.Article;
import com.salaryatlas.articles.ArticleRepository;
import com.salaryatlas.data.EstimateLog;
import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.OccupationPay;
import com.salaryatlas.dataset.Oews;
import com.salaryatlas.dataset.Role;
import com.salaryatlas.explain.Explanations;
import com.salaryatlas.explain.Format;
import com.salaryatlas.figures.OfficialViews;
import com.salaryatlas.figures.RoleViews;
import com.salaryatlas.web.PageCache;
import com.salaryatlas.web.PageMeta;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The home page: the role finder over every role, the key national figures, the states map for software
 * developers, every guide and comparison, and what visitors estimate most.
 */
public final class HomeController {

    /** The occupation the home page leads with: software developers, the one most of our titles belong to. */
    static final String LEAD_OCCUPATION = "15-1252";
    /** The query parameter and the one value that shade the states map by the median in national-average prices. */
    private static final String MAP = "map";
    private static final String MAP_REAL = "real";

    private final ArticleRepository articles;
    private final RoleViews roles;
    private final OfficialViews official;
    private final EstimateLog estimateLog;
    private final Dataset data;
    private final PageCache cache;

    public HomeController(ArticleRepository articles, RoleViews roles, OfficialViews official, EstimateLog estimateLog,
                          Dataset data, PageCache cache) {
        this.cache = cache;
        this.articles = articles;
        this.roles = roles;
        this.official = official;
        this.estimateLog = estimateLog;
        this.data = data;
    }

    /** At most this many of the guides published last lead the page. */
    private static final int NEWEST_SHOWN = 6;

    /** A role and how often it was estimated, with its title for display. */
    /** {@code href}: the calculator at the role's typical level, nationally. */
    public record Popular(String slug, String title, long count, String href) {
    }

    /** One of the key figures: what it is, its value, where it comes from, and the page that shows more. */
    public record KeyFigure(String label, String value, String note, String href) {
    }

    /**
     * GET /. Only the "most estimated" list changes, and only when the schedule counts again: the page is rendered
     * once per count and served from the page cache; browsers revalidate it on each visit (no-cache, ETag).
     * {@code ?map=real} shades the states map by the median in national-average prices (a plain link, so it works
     * without JavaScript); it is cached under its own key, and any other value gets the default page under the
     * default key, so made-up values cannot fill the cache. Both variants keep {@code /} as their canonical URL.
     */
    public void show(Context ctx) {
        List<EstimateLog.RoleCount> counts = estimateLog.popular();
        boolean real = MAP_REAL.equals(ctx.queryParam(MAP));
        cache.render(ctx, real ? List.of(MAP) : List.of(), version(counts), "no-cache", "home/home",
                () -> model(counts, real));
    }

    /** Renders the home page into the cache while the server starts: most visits begin here. */
    public void prerender() {
        List<EstimateLog.RoleCount> counts = estimateLog.popular();
        cache.prerender("/", version(counts), "home/home", () -> model(counts, false));
    }

    private static String version(List<EstimateLog.RoleCount> counts) {
        return "counts-" + counts.hashCode();
    }

    private Map<String, Object> model(List<EstimateLog.RoleCount> counts, boolean real) {
        List<Popular> popular = counts.stream()
                .flatMap(c -> data.role(c.role()).stream()
                        .map(r -> new Popular(r.slug(), r.title(), c.count(), r.calculatorPath("us"))))
                .toList();
        Role lead = data.occupationRole(LEAD_OCCUPATION).orElseThrow();
        Map<String, Object> model = new HashMap<>();
        model.put("page", PageMeta.of("Software salaries, sourced and explained",
                "Find the pay of any software or infrastructure role: official figures for every state, guides and "
                        + "a calculator that explains its estimate, every figure traced to its source.")
                .withScripts(List.of("/js/finder.js")).canonical("/"));
        model.put("finder", roles.finder(""));
        model.put("keyFigures", keyFigures(lead));
        model.put("lead", lead);
        model.put("leadOccupation", official.occupation(lead));
        model.put("map", official.stateMap(lead, real));
        model.put("statePeriod", data.oews().statePeriod());
        // The newest guides lead; every other guide and ranking follows, featured ones first, and the comparisons
        // get their own section, so each article shows once.
        List<Article> newest = articles.newest(NEWEST_SHOWN);
        model.put("newest", newest);
        model.put("guides", articles.all().stream().filter(a -> !a.isComparison() && !newest.contains(a))
                .sorted(Comparator.comparing((Article a) -> !a.featured())).toList());
        model.put("comparisons", articles.ofKind("comparison").stream().filter(a -> !newest.contains(a)).toList());
        model.put("popular", popular);
        return model;
    }

    /** "; none published for Guam": the areas of the state file without a median for the lead occupation. */
    private static String withoutFigures(Oews oews, Role lead) {
        List<com.salaryatlas.dataset.Area> with = oews.areasWithAMedian(lead.soc());
        List<String> none = oews.areas().stream().filter(a -> !with.contains(a)).map(a -> a.name()).toList();
        return none.isEmpty() ? "" : "; none published for " + String.join(" or ", none);
    }

    /** The national figures at a glance, all read from the dataset. */
    private List<KeyFigure> keyFigures(Role lead) {
        Oews oews = data.oews();
        OccupationPay latest = official.latest(lead);
        long occupations = data.roles().stream().filter(Role::isOccupation).count();
        long titles = data.roles().size() - occupations;
        return List.of(
                new KeyFigure("Median pay of " + lead.title().toLowerCase(java.util.Locale.ROOT) + "s",
                        Explanations.wage(latest.median()), "BLS, " + official.period(latest) + ", national, all industries",
                        "/salaries/" + lead.slug()),
                new KeyFigure("Occupations covered", Format.count(occupations),
                        "BLS computer and data occupations, plus " + Format.count(titles) + " job titles", "/salaries"),
                new KeyFigure("States and territories with a median", Format.count(oews.areasWithAMedian(lead.soc()).size()),
                        "for " + official.occupation(lead) + ", " + oews.statePeriod() + withoutFigures(oews, lead), "#states"),
                new KeyFigure("Newest official data", oews.latestPeriod(),
                        "BLS Occupational Employment and Wage Statistics", "/sources"));
    }
}
