package com.salaryatlas.calculator;

import com.salaryatlas.articles.ArticleRepository;
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
import com.salaryatlas.web.FormData;
import com.salaryatlas.web.Option;
import com.salaryatlas.web.KeptFragments;
import com.salaryatlas.web.Link;
import com.salaryatlas.web.PageCache;
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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

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
    /** The form's pieces that depend only on a few inputs, rendered once per distinct choice (see {@link #model}). */
    private final KeptFragments kept;
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
        this.cache = cache;
        this.data = data;
        this.estimates = estimates;
        this.explain = explain;
        this.log = log;
        this.options = CalculatorOptions.catalogue(data, estimates);
        this.articles = articles;
        this.siteUrl = siteUrl;
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
            cache.render(ctx, "calculator/calculator",
                    () -> model(EstimateForm.defaults(data, estimates.surveyFactors(), defaultRole()), null, null,
                            KeptFragments.Kept::html));
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
        ctx.html(fields(form, options.selectedFor(form, defaultRole())).html());
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
            Map<String, Object> model = model(form, estimate, problem, splice::mark);
            PageMeta page = (PageMeta) model.get("page");
            ThymeleafRenderer.Shell shell = shells.computeIfAbsent(page.noindex(), noindex -> renderer.shell(page, ctx.path()));
            ctx.contentType(ContentType.TEXT_HTML)
                    .result(splice.page(shell, renderer.render("calculator/calculator :: main", model, ctx.path())));
        } else if (estimate != null) {
            ctx.render("calculator/result :: result", Map.of("page", meta().noindexed(), "result", result(form, estimate)));
        } else {
            Map<String, Object> model = new HashMap<>();
            model.put("page", meta().noindexed());
            model.put("errors", form.errors);
            model.put("problem", problem);
            ctx.render("calculator/errors :: errors", model);
        }
    }

    private String defaultRole() {
        return data.role(DEFAULT_ROLE).isPresent() ? DEFAULT_ROLE : options.roles().get(0).value();
    }

    /** The page's model; {@code place} puts a kept piece in it (its markup, or a marker for a splice). */
    private Map<String, Object> model(EstimateForm form, Estimate estimate, String problem,
                                      Function<KeptFragments.Kept, String> place) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        CalculatorOptions chosen = options.selectedFor(form, defaultRole());
        model.put("options", chosen);
        // The select fields and the role's fields are most of the form's markup and depend on a choice or two: each
        // is rendered once per choice and kept.
        List<Option> places = Option.mark(destinations, v -> v.equals(form.movingTo == null ? "" : form.movingTo));
        // Placed in the order the template prints them, as a splice needs.
        String role = place.apply(choice("role", form.role, chosen.roles(), "options", Map.of("options", chosen.roles()), form));
        String level = place.apply(choice("level", form.shownLevel(), chosen.levels(), "options",
                Map.of("options", chosen.levels()), form));
        String location = place.apply(choice("location", form.locationOrDefault(),
                chosen.locations().stream().flatMap(g -> g.options().stream()).toList(), "locations",
                Map.of("groups", chosen.locations()), form));
        model.put("fields", place.apply(fields(form, chosen)));
        String movingTo = place.apply(choice("moving-to", form.movingTo == null ? "" : form.movingTo, places, "options",
                Map.of("options", places), form));
        model.put("choices", new Choices(role, level, location, movingTo));
        model.put("levelBands", LEVEL_BANDS);
        model.put("problem", problem);
        PageMeta meta = meta();
        if (estimate != null) {
            model.put("result", result(form, estimate));
        }
        if (estimate != null || !form.errors.isEmpty() || problem != null) {
            meta = meta.noindexed();
        }
        model.put("page", meta);
        return model;
    }

    /** The calculator's select fields, each rendered whole (label, help, error and options). */
    public record Choices(String role, String level, String location, String movingTo) {
    }

    /**
     * What a kept select field is rendered from: the field, its chosen value (null when no option has it, so odd input
     * cannot grow the kept pieces) and its error.
     */
    private record Choice(String field, String value, String error) {
    }

    /** One select field, from calculator/choices.html, its options from calculator/options.html. */
    private KeptFragments.Kept choice(String field, String value, List<Option> options, String optionsFragment,
                          Map<String, ?> optionsModel, EstimateForm form) {
        String chosen = options.stream().anyMatch(o -> o.value().equals(value)) ? value : null;
        String error = form.errors.get(field);
        String fragment = field.equals("moving-to") ? "movingTo" : field;
        return kept.get(new Choice(field, chosen, error), "calculator/choices :: " + fragment, () -> {
            Map<String, Object> model = new HashMap<>();
            model.put("optionsHtml", renderer.fragment("calculator/options :: " + optionsFragment, optionsModel));
            model.put("error", error);
            return model;
        });
    }

    /** What the role's fields fragment reads, and so what it is kept by. */
    private record FieldsKey(String role, List<String> skills, String industry, String orgSize, String arrangement,
                             List<String> errors) {
    }

    /** The fields that depend on the role (skills, industry, company size, arrangement), kept per role and choice. */
    private KeptFragments.Kept fields(EstimateForm form, CalculatorOptions chosen) {
        String role = form.role != null && data.role(form.role).isPresent() ? form.role : defaultRole();
        List<String> errors = java.util.stream.Stream.of("skills", "industry", "org-size", "arrangement")
                .map(f -> String.valueOf(form.errors.get(f))).toList();
        return kept.get(new FieldsKey(role, form.skills, form.industry, form.orgSize, form.arrangement, errors),
                "calculator/fields :: fields", () -> Map.of("form", form, "options", chosen));
    }

    private static PageMeta meta() {
        return PageMeta.of("Salary calculator", "Estimate a software salary by role, experience, place, skills, "
                        + "company size and work arrangement, with every factor explained and sourced.")
                .withBreadcrumbs(CRUMBS)
                .canonical("/calculator")
                .withScripts(List.of(ChartAssets.CHART_JS, ChartAssets.CHARTS_MODULE, CALCULATOR_MODULE));
    }

    private Result result(EstimateForm form, Estimate e) {
        Map<String, String> text = Explanations.summary(e);
        List<Part> parts = e.total().extras().stream().map(c -> new Part(Explanations.componentLabel(c),
                Explanations.amount(c), Explanations.describe(c.row()))).toList();
        List<Line> whatIfs = estimates.whatIfs(e.request(), ApiController.WHAT_IFS).stream()
                .map(w -> new Line(capitalise(Explanations.whatIf(w)), Format.change(w.change()))).toList();
        List<Line> missing = e.total().missing().stream()
                .map(m -> new Line(capitalise(m.component()), explain.missing(m))).toList();
        Move move = form.destination() == null ? null : moves.move(e, form.destination());
        Role role = e.request().role();
        List<Link> guides = articles.covering(role).stream().map(a -> new Link(a.title(), a.url())).toList();
        return new Result(role.title(), e.request().location().name(), "/salaries/" + role.slug(), text,
                factorRows(e), parts, missing, whatIfs, shareUrl(form, false),
                form.offer == null ? null : shareUrl(form, true), guides, chart(e),
                smallSample(e), move == null ? null : MoveText.summary(move), move == null ? null : smallSample(move.there()));
    }

    /** The line said when the estimate applies a state figure resting on few workers; null otherwise. */
    private String smallSample(Estimate e) {
        return SmallSamples.appliedIn(e, data.oews())
                .map(row -> PriceText.smallSampleApplied(row.areaName(), row)).orElse(null);
    }

    /**
     * What the result panel shows, formatted. {@code shareUrl} leaves an offer out (a link travels further than its
     * sender means it to); {@code shareUrlWithOffer}, when there is an offer, keeps it for a visitor who asks.
     * {@code smallSample} is said when the estimate applies a state figure resting on few workers; {@code move} holds
     * the "moving to" sentences by name ({@link MoveText#summary}) and {@code moveSmallSample} the same warning for
     * the destination's estimate; each null when it does not apply.
     */
    public record Result(String roleTitle, String placeName, String rolePage, Map<String, String> text,
                         List<FactorRow> factors, List<Part> parts, List<Line> missing, List<Line> whatIfs,
                         String shareUrl, String shareUrlWithOffer, List<Link> guides, Chart chart,
                         String smallSample, Map<String, String> move, String moveSmallSample) {
    }

    /** A factor line with its source resolved for linking. */
    public record FactorRow(String label, String effect, String change, String direction, String sourceId,
                            String sourceName) {
    }

    /** One part of pay beyond base: its name, its amount, how the amount was worked out. */
    public record Part(String label, String amount, String basis) {
    }

    /** A label and what goes with it: a signed dollar change, or a reason. */
    public record Line(String label, String change) {
    }

    private List<FactorRow> factorRows(Estimate e) {
        List<FactorRow> rows = new ArrayList<>();
        for (Factor f : e.factors()) {
            rows.add(new FactorRow(explain.label(f), explain.effect(f), Format.change(f.change()),
                    Explanations.direction(f.change()), f.source(), explain.sourceName(f.source())));
        }
        return rows;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private record Point(String label, double value) {
    }

    /** The role's national distribution with the estimate, and the offer if given, placed among the percentiles. */
    static Chart chart(Estimate e) {
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
        return new Chart("chart-estimate", "bar", "Your estimate against national pay for the role",
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
