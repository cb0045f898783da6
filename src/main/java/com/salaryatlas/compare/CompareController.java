package com.salaryatlas.compare;

import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.Role;
import com.salaryatlas.estimate.Comparisons.Basis;
import com.salaryatlas.estimate.Comparisons.RolePair;
import com.salaryatlas.explain.ComparisonText;
import com.salaryatlas.figures.PairViews;
import com.salaryatlas.figures.RoleViews;
import com.salaryatlas.web.Chart;
import com.salaryatlas.web.NotFoundHelp;
import com.salaryatlas.web.Option;
import com.salaryatlas.web.PageCache;
import com.salaryatlas.web.PageMeta;
import com.salaryatlas.web.PageMeta.Crumb;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Any two roles side by side. {@code GET /compare} is a plain GET form (two selects, {@code a} and {@code b}) that
 * works without JavaScript: a valid choice redirects (303) to the pair's one address, {@code /compare/{a}-vs-{b}}
 * with the slugs in alphabetical order; {@code /compare/{b}-vs-{a}} moves there permanently (301). Invalid input
 * answers 422 with the form, the input kept and an error at the field; an unknown role in the path answers the
 * site's 404 page with the form on it.
 */
public final class CompareController {

    static final String SEPARATOR = "-vs-";
    private static final Crumb COMPARE = new Crumb("Compare roles", "/compare");
    private static final String FORM_FRAGMENT = "compare/form :: compare-form";
    /** How many states the pair page shows at each end of the ranking by what the median buys, before the full table. */
    private static final int STATE_ENDS = 5;

    private final Dataset data;
    private final PairViews pairs;
    private final RoleViews views;
    private final ComparisonText text;
    private final PageCache cache;
    private final List<Option> roleOptions;

    public CompareController(Dataset data, PairViews pairs, RoleViews views, ComparisonText text, PageCache cache) {
        this.data = data;
        this.pairs = pairs;
        this.views = views;
        this.text = text;
        this.cache = cache;
        List<Option> options = new ArrayList<>(List.of(new Option("", "Choose a role")));
        data.roles().stream().sorted(Comparator.comparing(Role::title, String.CASE_INSENSITIVE_ORDER))
                .forEach(r -> options.add(new Option(r.slug(), r.title())));
        this.roleOptions = List.copyOf(options);
    }

    /** The path of a pair's page: the two slugs in alphabetical order. */
    static String path(Role a, Role b) {
        return a.comparePath(b);
    }

    /** GET /compare: the form; with {@code a} only (a role page's link) it preselects; with {@code b} it answers. */
    public void showForm(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        String a;
        String b;
        try {
            a = ctx.queryParam("a");
            b = ctx.queryParam("b");
        } catch (IllegalArgumentException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            renderForm(ctx, CompareForm.blank(), "That link is damaged. Please use the form below.");
            return;
        }
        if (b == null && (a == null || a.isEmpty())) {
            renderForm(ctx, CompareForm.blank(), null);
            return;
        }
        CompareForm form = b == null ? CompareForm.preselect(a, data) : CompareForm.parse(a, b, data);
        if (!form.errors().isEmpty()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            renderForm(ctx, form, null);
            return;
        }
        if (b == null) {
            renderForm(ctx, form, null);
            return;
        }
        ctx.redirect(path(form.roleA(), form.roleB()), HttpStatus.SEE_OTHER);
    }

    /** GET /compare/{a}-vs-{b}: the pair's page, or the form with what is wrong with the address. */
    public void show(Context ctx) {
        String pair = ctx.pathParam("pair");
        int split = pair.indexOf(SEPARATOR);
        String a = split < 0 ? pair : pair.substring(0, split);
        String b = split < 0 ? "" : pair.substring(split + SEPARATOR.length());
        CompareForm form = CompareForm.parse(a, b, data);
        if (form.roleA() == null || form.roleB() == null) {
            NotFoundHelp.attach(ctx, FORM_FRAGMENT, formModel(form));
            throw new NotFoundResponse();
        }
        if (!form.errors().isEmpty()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).header("Cache-Control", "no-store");
            renderForm(ctx, form, null);
            return;
        }
        String canonical = path(form.roleA(), form.roleB());
        if (!canonical.equals(ctx.path())) {
            ctx.redirect(canonical, HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        cache.render(ctx, "compare/pair", () -> model(form.roleA(), form.roleB(), canonical));
    }

    private Map<String, Object> model(Role a, Role b, String path) {
        RolePair p = pairs.pair(a, b);
        Map<String, Object> model = new HashMap<>();
        model.put("a", a);
        model.put("b", b);
        model.put("pair", p);
        model.put("answer", text.answer(p));
        model.put("likeWithLike", text.likeWithLike(p));
        model.put("direct", p.basis() != Basis.UNLIKE);
        model.put("example", p.basis() == Basis.UNLIKE && !p.sameSource().isEmpty() ? text.sameSource(p.sameSource().get(0))
                : p.basis() == Basis.UNLIKE ? p.occupations().map(text::occupations).orElse(null) : null);
        List<String> placed = new ArrayList<>();
        for (var rd : List.of(p.a(), p.b())) {
            String note = ComparisonText.placementNote(rd);
            if (note != null) {
                placed.add(note);
            }
        }
        model.put("placed", placed);
        model.put("percentiles", pairs.percentiles(p));
        model.put("sameSource", pairs.sameSource(p));
        model.put("levels", views.levels(List.of(a, b)));
        model.put("states", pairs.states(p));
        model.put("stateEnds", pairs.stateEnds(a, b, STATE_ENDS));
        model.put("parityYear", pairs.parityYear());
        model.put("occupationA", pairs.occupation(a));
        model.put("occupationB", pairs.occupation(b));
        model.put("oneOccupation", a.soc().equals(b.soc()));
        model.put("statePeriod", data.oews().statePeriod());
        model.put("outlook", pairs.outlook(a, b).orElse(null));
        Map<String, Chart> charts = new LinkedHashMap<>();
        charts.put("chart-distributions", pairs.distributionChart("chart-distributions", p));
        charts.put("chart-levels", views.levelChart("chart-levels", List.of(a, b)));
        model.put("charts", charts);
        model.putAll(formModel(CompareForm.of(a, b)));
        String title = a.title() + " vs " + b.title() + " salary";
        model.put("page", PageMeta.of(title, "What " + a.title().toLowerCase() + "s and " + b.title().toLowerCase()
                        + "s earn in the US side by side: percentiles, pay by experience, every state with official "
                        + "figures for both, and whether the figures are like with like.")
                .withCharts().canonical(path).withBreadcrumbs(List.of(COMPARE, new Crumb(a.title() + " vs " + b.title(), path))));
        return model;
    }

    private void renderForm(Context ctx, CompareForm form, String problem) {
        Map<String, Object> model = new HashMap<>(formModel(form));
        if (problem != null) {
            model.put("problem", problem);
        }
        PageMeta meta = PageMeta.of("Compare two roles", "Choose any two software and computer roles and see their "
                + "pay side by side, with whether the figures are like with like.").canonical("/compare")
                .withBreadcrumbs(List.of(COMPARE));
        model.put("page", ctx.queryString() == null ? meta : meta.noindexed());
        ctx.header("Cache-Control", "no-store");
        ctx.render("compare/compare.html", model);
    }

    private Map<String, Object> formModel(CompareForm form) {
        return Map.of("compare", new FormView(form.a(), form.b(),
                Option.mark(roleOptions, v -> !v.isEmpty() && v.equals(form.a())),
                Option.mark(roleOptions, v -> !v.isEmpty() && v.equals(form.b())), form.errors()));
    }

    /** What the form fragment prints: both selects with the input kept, and an error per field. */
    public record FormView(String a, String b, List<Option> optionsA, List<Option> optionsB, Map<String, String> errors) {
        public boolean hasErrors() {
            return !errors.isEmpty();
        }

        /** The first field's error. (In a template, {@code errors['a']} would look up the character 'a', not the name.) */
        public String errorA() {
            return errors.get("a");
        }

        public String errorB() {
            return errors.get("b");
        }
    }
}
