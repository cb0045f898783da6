package com.salaryatlas.roles;

import com.salaryatlas.articles.ArticleRepository;
import com.salaryatlas.dataset.Area;
import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.OccupationPay;
import com.salaryatlas.dataset.Role;
import com.salaryatlas.dataset.Wage;
import com.salaryatlas.estimate.Distributions;
import com.salaryatlas.estimate.EstimationService;
import com.salaryatlas.estimate.RoleDistribution;
import com.salaryatlas.explain.Format;
import com.salaryatlas.figures.OfficialViews;
import com.salaryatlas.figures.RoleViews;
import com.salaryatlas.figures.SurveyViews;
import com.salaryatlas.web.Chart;
import com.salaryatlas.web.JsonLd;
import com.salaryatlas.web.PageCache;
import com.salaryatlas.web.ThymeleafRenderer;
import com.salaryatlas.web.PageMeta;
import com.salaryatlas.web.PageMeta.Crumb;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Role salary pages, generated from the dataset: /salaries, /salaries/{role} and /salaries/{role}/{state}. */
public final class RoleController {

    private static final Crumb SALARIES = new Crumb("Salaries by role", "/salaries");
    /** schema.org's names for the 10th, 25th, 50th, 75th and 90th percentiles, in that order. */
    private static final String[] SCHEMA_PERCENTILES = {"percentile10", "percentile25", "median", "percentile75", "percentile90"};
    private static final String FINDER_SCRIPT = "/js/finder.js";
    private static final String SORT_REAL = "real";
    /** How many states the role page shows at each end of a ranking before the full table. */
    private static final int STATE_ENDS = 5;

    private final Dataset data;
    private final Distributions distributions;
    private final RoleViews views;
    private final OfficialViews official;
    private final ArticleRepository articles;
    private final PageCache cache;
    private final JsonLd jsonLd;
    private final ThymeleafRenderer renderer;
    private final SurveyViews survey;
    /**
     * Each occupation's "every state" table, rendered once: it is the same on all of the occupation's ~54 state pages
     * and is most of each one's template work. Keyed by role slug, so bounded by the dataset.
     */
    private final Map<String, String> stateTables = new ConcurrentHashMap<>();

    public RoleController(Dataset data, Distributions distributions, RoleViews views, OfficialViews official,
                          ArticleRepository articles, PageCache cache, ThymeleafRenderer renderer, JsonLd jsonLd,
                          SurveyViews survey) {
        this.renderer = renderer;
        this.survey = survey;
        this.data = data;
        this.distributions = distributions;
        this.views = views;
        this.official = official;
        this.articles = articles;
        this.cache = cache;
        this.jsonLd = jsonLd;
    }

    /**
     * Every role, or with {@code ?q=} the role finder's answer (the home page's finder without JavaScript). The
     * full index is rendered once and cached; an answer depends on the query, so it is rendered each time, kept
     * out of search engines and points at the index as its canonical page.
     */
    public void index(Context ctx) {
        String query = ctx.queryParam("q");
        PageMeta page = PageMeta.of("Salaries by role", "National pay for every computer occupation BLS publishes "
                + "and the job titles it does not, each with its source.").withBreadcrumbs(List.of(SALARIES));
        if (query == null || query.isBlank()) {
            cache.render(ctx, "roles/index", () -> Map.of("page", page.withScripts(List.of(FINDER_SCRIPT)),
                    "finder", views.finder("")));
            return;
        }
        RoleViews.Finder finder = views.finder(query);
        ctx.header("Cache-Control", "no-cache");
        ctx.render("roles/index.html", Map.of("finder", finder, "page",
                PageMeta.of("Roles matching \u201c" + finder.query() + "\u201d", page.description())
                        .withBreadcrumbs(List.of(SALARIES)).noindexed().canonical("/salaries")));
    }

    /**
     * A role's page; {@code ?sort=real} ranks its states by median in national-average prices instead of by name and
     * shades the states map by that measure (server-rendered, so it works without JavaScript; one parameter for both,
     * so a role has two cached pages, not four). Any other value gets the default page, cached under the
     * page's own key, so made-up values cannot fill the cache.
     */
    public void show(Context ctx) {
        Role role = data.role(ctx.pathParam("slug")).orElseThrow(NotFoundResponse::new);
        boolean byRealMedian = SORT_REAL.equals(ctx.queryParam("sort"));
        cache.render(ctx, byRealMedian ? List.of("sort") : List.of(), "roles/role", () -> model(role, byRealMedian));
    }

    /**
     * Renders one role page and one of its state pages into the cache while the server starts: the first visitors
     * then find the two largest templates parsed and their code already run once, which halves the first minutes'
     * render times. The role is the first occupation in the dataset, its state the first it has.
     */
    public void prerender() {
        data.roles().stream().filter(Role::isOccupation).findFirst().ifPresent(role -> {
            cache.prerender("/salaries/" + role.slug(), "", "roles/role", () -> model(role, false));
            data.oews().states(role.soc()).stream().findFirst().ifPresent(row -> data.oews().area(row.area())
                    .ifPresent(area -> cache.prerender(official.statePath(role, area), "", "roles/state",
                            () -> stateModel(role, area, row))));
        });
    }

    /** A state's page exists for every occupation with a row for that state in the official file. */
    public void showState(Context ctx) {
        Role role = data.role(ctx.pathParam("slug")).filter(Role::isOccupation).orElseThrow(NotFoundResponse::new);
        Area area = data.oews().area(ctx.pathParam("state")).filter(a -> a.slug().equals(ctx.pathParam("state")))
                .orElseThrow(NotFoundResponse::new);
        OccupationPay row = data.oews().state(role.soc(), area.code()).orElseThrow(NotFoundResponse::new);
        cache.render(ctx, "roles/state", () -> stateModel(role, area, row));
    }

    private Map<String, Object> model(Role role, boolean byRealMedian) {
        RoleDistribution rd = distributions.of(role);
        Role occupation = data.occupationRole(role.soc()).orElse(role);
        OccupationPay latest = official.latest(role);
        Map<String, Object> model = new HashMap<>();
        model.put("role", role);
        model.put("occupation", occupation);
        model.put("occupationTitle", official.occupation(role));
        model.put("distribution", rd);
        model.put("basis", views.basis(rd));
        model.put("median", Format.money(rd.distribution().median()));
        model.put("hourlyMedian", Format.cents(EstimationService.hourly(rd.distribution().median())));
        // A title placed in its occupation's pay cites that BLS release for its median, and says how it was placed.
        model.put("primarySource", views.source(rd.placed() ? rd.placement().occupation().source() : rd.source()));
        model.put("placedHow", !rd.placed() ? null : ": its pay for " + rd.placement().occupation().title() + " ("
                + rd.placement().occupation().soc() + ")" + (rd.measured()
                ? " at the percentile where the Stack Overflow Developer Survey (2023 and 2024) ranks this title's job "
                + "type (how, below)"
                : ", the occupation BLS counts this title in (why, below)"));
        model.put("latest", new KeyFigures(official.period(latest), wageText(latest.mean()), countText(latest.employment()),
                latest.meanRse() == null ? "not published" : Format.percent(latest.meanRse()),
                latest.employmentRse() == null ? "not published" : Format.percent(latest.employmentRse())));
        model.put("percentiles", views.percentiles(role));
        model.put("levels", views.levels(List.of(role)));
        model.put("trend", official.trend(role));
        model.put("trendReal", official.trendReal(role));
        model.put("keptUp", official.keptUp(role));
        model.put("trendHourly", official.trendHourly(role));
        model.put("byRealMedian", byRealMedian);
        model.put("stateEnds", official.stateEnds(role, byRealMedian, STATE_ENDS));
        model.put("states", official.states(role, byRealMedian));
        model.put("buysMost", official.buysMost(role).orElse(null));
        model.put("map", official.stateMap(role, byRealMedian));
        model.put("statePeriod", data.oews().statePeriod());
        model.put("industries", official.hasIndustries(role) ? official.industries(role) : null);
        model.put("outlook", official.outlook(role).orElse(null));
        model.put("premiums", views.premiums(role));
        model.put("figures", views.figures(role));
        model.put("totalComp", views.totalComp(role));
        model.put("guides", articles.covering(role));
        model.put("survey", survey.report(role).orElse(null));
        Map<String, Chart> charts = new LinkedHashMap<>();
        charts.put("chart-distribution", views.distributionChart("chart-distribution", role).besideItsTable());
        charts.put("chart-trend", official.trendChart("chart-trend", role));
        model.put("charts", charts);
        String path = "/salaries/" + role.slug();
        String description = "What " + role.title().toLowerCase() + "s earn in the US: percentiles, pay by experience, "
                + "five years of pay, every state and industry, with every source side by side.";
        model.put("jsonLd", jsonLd.occupation(role.title(), role.summary(), role.soc(), "United States", "Country", path,
                percentiles(rd)));
        model.put("page", PageMeta.of(role.title() + " salary", description).withCharts()
                .withBreadcrumbs(List.of(SALARIES, new Crumb(role.title(), path))).canonical(path));
        return model;
    }

    private Map<String, Object> stateModel(Role role, Area area, OccupationPay row) {
        Map<String, Object> model = new HashMap<>();
        String path = official.statePath(role, area);
        model.put("role", role);
        model.put("area", area);
        model.put("row", row);
        model.put("period", official.period(row));
        model.put("occupationTitle", official.occupation(role));
        model.put("figures", official.stateFigures(role, area, row));
        model.put("lede", official.stateLede(role, area, row));
        model.put("comparison", official.stateComparison(role, area));
        model.put("prices", official.statePrices(role, area, row));
        model.put("statesTable", stateTables.computeIfAbsent(role.slug(),
                slug -> renderer.fragment("fragments/table :: table", Map.of("table", official.states(role)))));
        String title = role.title() + " salary in " + area.name();
        model.put("jsonLd", jsonLd.occupation(role.title(), role.summary(), role.soc(), area.name(),
                area.type().equals("state") ? "State" : "AdministrativeArea", path, percentiles(row)));
        model.put("page", PageMeta.of(title, "What " + role.title().toLowerCase() + "s earn in " + area.name()
                        + ": official percentiles, mean, employment and how the state compares with the nation.")
                .withBreadcrumbs(List.of(SALARIES, new Crumb(role.title(), "/salaries/" + role.slug()),
                        new Crumb(area.name(), path))));
        return model;
    }

    /** The official figures at a glance: the occupation's latest national release. */
    public record KeyFigures(String period, String mean, String employment, String meanRse, String employmentRse) {
    }

    /**
     * The percentiles for structured data. One held at BLS's end (the page prints "at or above") is left out: a search
     * engine would read the figure as the percentile itself.
     */
    private static Map<String, Double> percentiles(RoleDistribution rd) {
        Map<String, Double> p = new LinkedHashMap<>();
        double[] values = rd.distribution().values();
        for (int i = 0; i < SCHEMA_PERCENTILES.length; i++) {
            p.put(SCHEMA_PERCENTILES[i], rd.held(i) == 0 ? values[i] : null);
        }
        return p;
    }

    private static Map<String, Double> percentiles(OccupationPay row) {
        Map<String, Double> p = new LinkedHashMap<>();
        Wage[] wages = row.percentiles();
        for (int i = 0; i < SCHEMA_PERCENTILES.length; i++) {
            p.put(SCHEMA_PERCENTILES[i], wages[i] == null || !wages[i].exact() ? null : wages[i].amount());
        }
        return p;
    }

    private static String wageText(Wage w) {
        return com.salaryatlas.explain.Explanations.wage(w);
    }

    private static String countText(Long n) {
        return n == null ? "not published" : Format.count(n);
    }
}
