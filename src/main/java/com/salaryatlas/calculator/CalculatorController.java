package com.salaryatlas.calculator;

import com.salaryatlas.articles.ArticleRepository;
import com.salaryatlas.calculator.ResultView.FactorRow;
import com.salaryatlas.calculator.ResultView.Line;
import com.salaryatlas.calculator.ResultView.Part;
import com.salaryatlas.data.EstimateLog;
import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.Role;
import com.salaryatlas.estimate.Estimate;
import com.salaryatlas.estimate.EstimationService;
import com.salaryatlas.estimate.Factor;
import com.salaryatlas.estimate.Move;
import com.salaryatlas.estimate.Moves;
import com.salaryatlas.estimate.SmallSamples;
import com.salaryatlas.explain.Explanations;
import com.salaryatlas.explain.Format;
import com.salaryatlas.explain.MoveText;
import com.salaryatlas.explain.PriceText;
import com.salaryatlas.web.Chart;
import com.salaryatlas.web.Chart.Series;
import com.salaryatlas.web.ChartAssets;
import com.salaryatlas.web.PageMeta;
import com.salaryatlas.web.PageMeta.Crumb;
import com.salaryatlas.web.FormBody;
import com.salaryatlas.web.Option;
import com.salaryatlas.web.KeptFragments;
import com.salaryatlas.web.Lazy;
import com.salaryatlas.web.Link;
import com.salaryatlas.web.PageCache;
import com.salaryatlas.web.SlottedFragments;
import com.salaryatlas.web.Text;
import com.salaryatlas.web.ThymeleafRenderer;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The salary calculator: a plain form that works without JavaScript, whose result is also reachable as a shareable
 * GET. With JavaScript the page fetches the same result fragment the POST renders and swaps it in: every way in is
 * {@link #answer}, and the result's markup has one renderer.
 */
public final class CalculatorController {

    private static final Set<String> FIELDS = Set.of("role", "level", "years", "location", "skills", "org-size", "arrangement", "industry", "offer", "moving-to");
    private static final String CALCULATOR_MODULE = "/js/calculator.js";
    /** The role a first-time visitor sees selected: the one our first guides are about. */
    private static final String DEFAULT_ROLE = "backend-developer";
    private static final List<Crumb> CRUMBS = List.of(new Crumb("Calculator", "/calculator"));
    /**
     * Kept form pieces: every role's fields with no choice made, plus room for the common choices. A fields fragment
     * is about 6 KB, so this is about 3 MB at most.
     */
    private static final int KEPT_FRAGMENTS = 512;
    /**
     * Kept renders of the page's main element and of the result panel, one per shape (offer or not, moving or not,
     * how many factors, parts and what-ifs, which fields have errors): a few dozen occur. Each is at most 14,000
     * characters (the form's select fields are kept pieces of their own), about 28 KB in memory, so 4 MB at most.
     */
    private static final int SHAPES = 128;
    private static final String RESULT = "calculator/result :: result";
    private static final String MAIN = "calculator/calculator :: main";
    private static final String LEVEL_BANDS = CalculatorOptions.levelBands();

    private final Dataset data;
    private final EstimationService estimates;
    private final Explanations explain;
    private final EstimateLog log;
    private final CalculatorOptions.Catalogue options;
    private final ArticleRepository articles;
    private final String siteUrl;
    private final ThymeleafRenderer renderer;
    private final PageCache cache;
    private final FormBody formBody;
    private final Moves moves;
    /** The states and DC pay can be carried to, "not moving" first; marked per visitor. */
    private final List<Option> destinations;
    /** The form's pieces that depend only on a few inputs, rendered once per distinct choice (see {@link #view}). */
    private final KeptFragments kept;
    /**
     * The page's main element (the form with its result) and the result panel alone, each rendered once per shape of
     * its view and filled per request.
     */
    private final SlottedFragments slotted;
    /** The values each select field offers, to tell a kept piece's key from odd input without marking a list. */
    private final Set<String> roleValues;
    private final Set<String> levelValues;
    private final Set<String> locationValues;
    private final Set<String> destinationValues;
    /** The layout around the page's main element, with and without a noindex: rendered once each. */
    private final Map<Boolean, ThymeleafRenderer.Shell> shells = new ConcurrentHashMap<>();

    public CalculatorController(Dataset data, EstimationService estimates, Explanations explain, EstimateLog log,
                                ArticleRepository articles, ThymeleafRenderer renderer, PageCache cache, FormBody formBody,
                                String siteUrl, Moves moves) {
        this.formBody = formBody;
        this.moves = moves;
        List<Option> places = new ArrayList<>();
        places.add(new Option("", "Not moving"));
        moves.destinations().forEach(a -> places.add(new Option(a.key(), a.name())));
        this.destinations = List.copyOf(places);
        this.renderer = renderer;
        this.kept = new KeptFragments(renderer, KEPT_FRAGMENTS);
        this.slotted = new SlottedFragments(renderer, SHAPES);
        this.cache = cache;
        this.data = data;
        this.estimates = estimates;
        this.explain = explain;
        this.log = log;
        this.options = CalculatorOptions.catalogue(data, estimates);
        this.roleValues = values(options.roles());
        this.levelValues = values(options.levels());
        this.locationValues = values(options.locations().stream().flatMap(g -> g.options().stream()).toList());
        this.destinationValues = values(destinations);
        this.articles = articles;
        this.siteUrl = siteUrl;
    }

    private static Set<String> values(List<Option> options) {
        return options.stream().map(Option::value).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * How a visitor reached an estimate, which decides only what it is rendered as and whether it counts in the
     * estimate log; the estimate itself is computed and rendered one way ({@link #answer}). Declared per route in
     * {@code Routes}, next to the rate limit.
     */
    public enum Reached {
        /** The form posted without JavaScript: the full page, logged. */
        FORM_POST(true, false),
        /** A shared link opened (GET /calculator?…): the full page, logged. */
        SHARED_LINK(true, false),
        /** The live form asking as the visitor types: the result fragment alone, not logged (one visit, many asks). */
        LIVE_UPDATE(false, true);

        final boolean logged;
        final boolean fragmentOnly;

        Reached(boolean logged, boolean fragmentOnly) {
            this.logged = logged;
            this.fragmentOnly = fragmentOnly;
        }
    }

    /** The one handler that answers with an estimate, however it was asked for. */
    public Handler answer(Reached reached) {
        return ctx -> answer(ctx, reached);
    }

    /**
     * GET /calculator: the blank form, a cached page for everyone; with any field in the query string it is a shared
     * link, answered by {@code estimate}.
     */
    public Handler blankFormOr(Handler estimate) {
        return ctx -> {
            if (FormBody.queryHasAny(ctx, FIELDS)) {
                estimate.handle(ctx);
                return;
            }
            cache.render(ctx, "calculator/calculator", () -> {
                EstimateForm blank = EstimateForm.defaults(data, estimates.surveyFactors(), defaultRole());
                return Map.of("page", meta(blank, null, null), "view", view(blank, null, null, KeptFragments.Kept::html));
            });
        };
    }

    /**
     * GET /calculator/fields: the fields that depend on the role (skills, industry, company type), for the live form
     * when the role changes. Computes no estimate and writes nothing.
     */
    public void showRoleFields(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        EstimateForm form;
        try {
            form = EstimateForm.parse(formBody.query(ctx), data, estimates.surveyFactors());
        } catch (FormBody.Refused refused) {
            form = EstimateForm.defaults(data, estimates.surveyFactors(), defaultRole());
        }
        EstimateForm asked = form;
        ctx.html(fields(form, () -> options.selectedFor(asked, defaultRole())).html());
    }

    private void answer(Context ctx, Reached reached) {
        ctx.header("Cache-Control", "no-store");
        Map<String, List<String>> params;
        try {
            params = reached == Reached.FORM_POST ? formBody.read(ctx) : formBody.query(ctx);
        } catch (FormBody.Refused refused) {
            ctx.status(refused.status());
            render(ctx, reached, EstimateForm.defaults(data, estimates.surveyFactors(), defaultRole()), null,
                    refused.getMessage() + " Please use the form below.");
            return;
        }
        EstimateForm form = EstimateForm.parse(params, data, estimates.surveyFactors());
        if (!form.valid()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            render(ctx, reached, form, null, null);
            return;
        }
        Estimate estimate = estimates.estimate(form.request());
        if (reached.logged) {
            log.record(form.request());
        }
        render(ctx, reached, form, estimate, null);
    }

    /** The full page, or for a live update the result fragment (or the errors fragment) alone. */
    private void render(Context ctx, Reached reached, EstimateForm form, Estimate estimate, String problem) {
        if (!reached.fragmentOnly) {
            KeptFragments.Splice splice = new KeptFragments.Splice();
            FormPage view = view(form, estimate, problem, splice::mark);
            PageMeta page = meta(form, estimate, problem);
            ThymeleafRenderer.Shell shell = shells.computeIfAbsent(page.noindex(), noindex -> renderer.shell(page, ctx.path()));
            ctx.contentType(ContentType.TEXT_HTML)
                    .result(splice.page(shell, slotted.render(MAIN, "view", view).toString()));
        } else if (estimate != null) {
            ctx.html(slotted.render(RESULT, "result", result(form, estimate, KeptFragments.Kept::html)).toString());
        } else {
            Map<String, Object> model = new HashMap<>();
            model.put("page", meta().noindexed());
            model.put("errors", errorLinks(form));
            model.put("problem", problem);
            ctx.render("calculator/errors :: errors", model);
        }
    }

    private String defaultRole() {
        return data.role(DEFAULT_ROLE).isPresent() ? DEFAULT_ROLE : options.roles().get(0).value();
    }

    /**
     * The page's main element as calculator.html prints it; {@code place} puts a kept piece in it (its markup, or a
     * marker for a splice). Kept pieces are placed in the order the template prints them, as a splice needs: the
     * result first.
     */
    private FormPage view(EstimateForm form, Estimate estimate, String problem,
                          Function<KeptFragments.Kept, String> place) {
        ResultView result = estimate == null ? null : result(form, estimate, place);
        // The select fields and the role's fields are most of the form's markup and depend on a choice or two: each
        // is rendered once per choice and kept. The lists with the visitor's choice marked are made only when one is
        // rendered.
        Supplier<CalculatorOptions> chosen = new Lazy<>(() -> options.selectedFor(form, defaultRole()));
        String movingToValue = form.movingTo == null ? "" : form.movingTo;
        Text role = Text.markup(place.apply(choice("role", form.role, roleValues, "options",
                () -> Map.of("options", chosen.get().roles()), form)));
        Text level = Text.markup(place.apply(choice("level", form.shownLevel(), levelValues, "options",
                () -> Map.of("options", chosen.get().levels()), form)));
        Text location = Text.markup(place.apply(choice("location", form.locationOrDefault(), locationValues, "locations",
                () -> Map.of("groups", chosen.get().locations()), form)));
        Text fields = Text.markup(place.apply(fields(form, chosen)));
        Text movingTo = Text.markup(place.apply(choice("moving-to", movingToValue, destinationValues, "options",
                () -> Map.of("options", Option.mark(destinations, movingToValue::equals)), form)));
        List<ErrorLink> errors = errorLinks(form);
        return new FormPage(result, problem, errors.isEmpty() ? null : errors, new Choices(role, level, location, movingTo),
                Input.of("years", form.years, form.errors.get("years")), fields,
                Input.of("offer", form.offer, form.errors.get("offer")), LEVEL_BANDS);
    }

    /** The page's meta: an estimate or a form with errors is not a page for search engines. */
    private static PageMeta meta(EstimateForm form, Estimate estimate, String problem) {
        return estimate != null || !form.errors.isEmpty() || problem != null ? meta().noindexed() : meta();
    }

    /**
     * The calculator page's main element: the result (null without one), what went wrong with the submission (null
     * when nothing did; {@code errors} null when no field has one), and the form.
     */
    public record FormPage(ResultView result, String problem, List<ErrorLink> errors, Choices choices, Input years,
                           Text fields, Input offer, String levelBands) {
    }

    /** A field's error in the summary, linking to the field ({@code href}), for the field named {@code field}. */
    public record ErrorLink(String field, String href, String message) {
    }

    private static List<ErrorLink> errorLinks(EstimateForm form) {
        // The skills are a group of checkboxes: the link goes to the group, which has the id.
        return form.errors.entrySet().stream().map(e -> new ErrorLink(e.getKey(),
                "#" + (e.getKey().equals("skills") ? "skills-group" : e.getKey()), e.getValue())).toList();
    }

    /** The calculator's select fields, each rendered whole (label, help, error and options). */
    public record Choices(Text role, Text level, Text location, Text movingTo) {
    }

    /**
     * A text field's value as the visitor typed it, its error (null when none), and the attributes that tie the
     * error and the help to it for screen readers ({@code invalid} null when it is valid).
     */
    public record Input(String value, String error, String describedBy, String invalid) {

        static Input of(String field, String value, String error) {
            return error == null ? new Input(value, null, field + "-help", null)
                    : new Input(value, error, field + "-error " + field + "-help", "true");
        }
    }

    /**
     * What a kept select field is rendered from: the field, its chosen value (null when no option has it, so odd input
     * cannot grow the kept pieces) and its error.
     */
    private record Choice(String field, String value, String error) {
    }

    /** One select field, from calculator/choices.html, its options from calculator/options.html. */
    private KeptFragments.Kept choice(String field, String value, Set<String> values, String optionsFragment,
                                      Supplier<Map<String, ?>> optionsModel, EstimateForm form) {
        String chosen = value != null && values.contains(value) ? value : null;
        String error = form.errors.get(field);
        String fragment = field.equals("moving-to") ? "movingTo" : field;
        return kept.get(new Choice(field, chosen, error), "calculator/choices :: " + fragment, () -> {
            Map<String, Object> model = new HashMap<>();
            model.put("optionsHtml", renderer.fragment("calculator/options :: " + optionsFragment, optionsModel.get()));
            model.put("error", error);
            return model;
        });
    }

    /** What the role's fields fragment reads, and so what it is kept by. */
    private record FieldsKey(String role, List<String> skills, String industry, String orgSize, String arrangement,
                             List<String> errors) {
    }

    /** The fields that depend on the role (skills, industry, company size, arrangement), kept per role and choice. */
    private KeptFragments.Kept fields(EstimateForm form, Supplier<CalculatorOptions> chosen) {
        String role = form.role != null && data.role(form.role).isPresent() ? form.role : defaultRole();
        List<String> errors = java.util.stream.Stream.of("skills", "industry", "org-size", "arrangement")
                .map(f -> String.valueOf(form.errors.get(f))).toList();
        return kept.get(new FieldsKey(role, form.skills, form.industry, form.orgSize, form.arrangement, errors),
                "calculator/fields :: fields", () -> Map.of("form", form, "options", chosen.get()));
    }

    private static PageMeta meta() {
        return PageMeta.of("Salary calculator", "Estimate a software salary by role, experience, place, skills, "
                        + "company size and work arrangement, with every factor explained and sourced.")
                .withBreadcrumbs(CRUMBS)
                .canonical("/calculator")
                .withScripts(List.of(ChartAssets.CHART_JS, ChartAssets.CHARTS_MODULE, CALCULATOR_MODULE));
    }

    /**
     * The result panel's view: every figure and sentence formatted and escaped here. The line of links to the role's
     * page and guides depends on the role alone: kept per role, and {@code place} puts it in the view.
     */
    private ResultView result(EstimateForm form, Estimate e, Function<KeptFragments.Kept, String> place) {
        Map<String, String> text = Explanations.summary(e);
        List<Part> parts = e.total().extras().stream().map(c -> new Part(Text.of(Explanations.componentLabel(c)),
                Text.of(Explanations.amount(c)), Text.of(Explanations.describe(c.row())))).toList();
        List<Line> whatIfs = estimates.whatIfs(e.request(), ApiController.WHAT_IFS).stream()
                .map(w -> new Line(Text.of(capitalise(Explanations.whatIf(w))), Text.of(Format.change(w.change()))))
                .toList();
        List<Line> missing = e.total().missing().stream()
                .map(m -> new Line(Text.of(capitalise(m.component())), Text.of(explain.missing(m)))).toList();
        Move move = form.destination() == null ? null : moves.move(e, form.destination());
        Role role = e.request().role();
        ResultView.Offer offer = text.get("offer") == null ? null : new ResultView.Offer(Text.of(text.get("offer")),
                Text.of(text.get("offerPlacement")), "offer-card--" + text.get("offerPosition"));
        String range = text.get("low") + "–" + text.get("high");
        return new ResultView(Text.of(role.title()), Text.of(e.request().location().name()),
                Text.of(text.get("low")), Text.of(text.get("mid")), Text.of(text.get("high")), Text.of(range),
                Text.of(text.get("percentile")), Text.of(text.get("hourly")), Text.of(smallSample(e)), offer,
                move == null ? null : moveCard(move), chart(e), factorRows(e), parts, missing, Text.of(text.get("total")),
                whatIfs.isEmpty() ? null : whatIfs, shareUrl(form, false), form.offer == null ? null : shareUrl(form, true),
                Text.markup(place.apply(roleLinks(role))));
    }

    /** What the role's links fragment reads, and so what it is kept by. */
    private record RoleLinks(String role) {
    }

    /** "More on this role": its page and the guides that cover it, rendered once per role. */
    private KeptFragments.Kept roleLinks(Role role) {
        return kept.get(new RoleLinks(role.slug()), "calculator/result :: roleLinks", () -> Map.of(
                "roleTitle", role.title(), "rolePage", "/salaries/" + role.slug(),
                "guides", articles.covering(role).stream().map(a -> new Link(a.title(), a.url())).toList()));
    }

    private ResultView.MoveCard moveCard(Move move) {
        Map<String, String> t = MoveText.summary(move);
        return new ResultView.MoveCard(Text.of(t.get("heading")), Text.of(t.get("carried")),
                Text.of(t.get("noPriceLevel")), Text.of(t.get("there")), Text.of(t.get("placed")),
                Text.of(smallSample(move.there())), Text.of(t.get("beforeTax")));
    }

    /** The line said when the estimate applies a state figure resting on few workers; null otherwise. */
    private String smallSample(Estimate e) {
        return SmallSamples.appliedIn(e, data.oews())
                .map(row -> PriceText.smallSampleApplied(row.areaName(), row)).orElse(null);
    }

    private List<FactorRow> factorRows(Estimate e) {
        List<FactorRow> rows = new ArrayList<>();
        for (Factor f : e.factors()) {
            rows.add(new FactorRow(Text.of(explain.label(f)), Text.of(explain.effect(f)), Text.of(Format.change(f.change())),
                    "factor-" + Explanations.direction(f.change()), f.source() == null ? null : "/sources#" + f.source(),
                    Text.of(explain.sourceName(f.source()))));
        }
        return rows;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private record Point(String label, double value) {
    }

    private static final String CHART_TITLE = "Your estimate against national pay for the role";

    /**
     * The role's national distribution with the estimate, and the offer if given, placed among the percentiles: the
     * chart's JSON, and the same points as the rows of the table under it.
     */
    static ResultView.EstimateChart chart(Estimate e) {
        Chart chart = chartOf(e);
        return new ResultView.EstimateChart(CHART_TITLE, Text.of(chart.summary()),
                chart.tableRows().stream().map(r -> new Line(Text.of(r.get(0)), Text.of(r.get(1)))).toList(),
                Text.markup(chart.json()));
    }

    /** The same chart as every other page describes its charts, from which its JSON is written. */
    static Chart chartOf(Estimate e) {
        double[] values = e.distribution().distribution().values();
        String[] names = {"10th", "25th", "50th", "75th", "90th"};
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            points.add(new Point(names[i] + " percentile", values[i]));
        }
        points.add(new Point("Your estimate", e.base().mid()));
        if (e.request().offer() != null) {
            points.add(new Point("Your offer", e.request().offer()));
        }
        points.sort(Comparator.comparingDouble(Point::value));
        List<Double> bars = points.stream().map(p -> (double) Math.round(p.value())).toList();
        List<List<String>> rows = points.stream().map(p -> List.of(p.label(), Format.money(p.value()))).toList();
        return new Chart("chart-estimate", "bar", CHART_TITLE,
                Explanations.percentileSentence(e.middle(), "The middle of your estimate"), "money",
                points.stream().map(Point::label).toList(), List.of(Series.of("Annual base pay", bars)),
                List.of("Point", "Annual base pay"), rows);
    }

    private String shareUrl(EstimateForm form, boolean withOffer) {
        StringBuilder q = new StringBuilder();
        append(q, "role", form.role);
        append(q, "level", form.level);
        append(q, "years", form.years);
        append(q, "location", form.location);
        form.skills.forEach(s -> append(q, "skills", s));
        append(q, "org-size", form.orgSize);
        append(q, "arrangement", form.arrangement);
        append(q, "industry", form.industry);
        if (withOffer) {
            append(q, "offer", form.offer);
        }
        append(q, "moving-to", form.movingTo);
        return siteUrl + "/calculator?" + q;
    }

    private static void append(StringBuilder q, String name, String value) {
        if (value != null) {
            if (q.length() > 0) {
                q.append('&');
            }
            q.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
