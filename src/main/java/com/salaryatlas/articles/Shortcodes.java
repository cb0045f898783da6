package com.salaryatlas.articles;

import com.salaryatlas.dataset.Area;
import com.salaryatlas.estimate.Comparisons;
import com.salaryatlas.estimate.Places;
import com.salaryatlas.estimate.Distributions;
import com.salaryatlas.estimate.Difference;
import com.salaryatlas.estimate.EstimateRequest;
import com.salaryatlas.estimate.EstimationService;
import com.salaryatlas.estimate.LanguageLifts;
import com.salaryatlas.estimate.SmallSamples;
import com.salaryatlas.explain.Format;
import com.salaryatlas.estimate.Range;
import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.Level;
import com.salaryatlas.dataset.Location;
import com.salaryatlas.dataset.Role;
import com.salaryatlas.explain.Explanations;
import com.salaryatlas.dataset.MarketStat;
import com.salaryatlas.dataset.Premium;
import com.salaryatlas.dataset.RoleFigure;
import com.salaryatlas.dataset.Source;
import com.salaryatlas.dataset.TotalComp;
import com.salaryatlas.dataset.OccupationPay;
import com.salaryatlas.dataset.SurveyPay;
import com.salaryatlas.dataset.SurveyRank;
import com.salaryatlas.dataset.Wage;
import com.salaryatlas.estimate.PriceLevels;
import com.salaryatlas.estimate.SurveyCells;
import com.salaryatlas.figures.OfficialViews;
import com.salaryatlas.figures.PairViews;
import com.salaryatlas.figures.RoleViews;
import com.salaryatlas.figures.SurveyViews;
import com.salaryatlas.web.Chart;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands data shortcodes in article Markdown ({@code {{median:backend-developer}}}) into figures from the
 * dataset and the estimation service, so prose never types a salary. Anything unknown stops the start.
 */
public final class Shortcodes {

    static final Pattern SHORTCODE = Pattern.compile("\\{\\{\\s*([a-z]+)((?::[a-z0-9*\\-]+)*)\\s*}}");

    private final Dataset data;
    private final Distributions distributions;
    private final EstimationService estimates;
    private final Comparisons comparisons;
    private final Places places;
    private final Map<String, Source> sources;
    private final PriceLevels prices;
    private final SurveyCells survey;
    private final Views views;

    /** The figures code the chart shortcodes draw through: the same the role and compare pages use. */
    public record Views(OfficialViews official, PairViews pairs, SurveyViews survey) {
    }

    public Shortcodes(Dataset data, Distributions distributions, EstimationService estimates, Comparisons comparisons,
                      Places places, PriceLevels prices, SurveyCells survey, Views views) {
        this.data = data;
        this.distributions = distributions;
        this.estimates = estimates;
        this.comparisons = comparisons;
        this.places = places;
        this.sources = data.sourcesById();
        this.prices = prices;
        this.survey = survey;
        this.views = views;
    }

    /** Where a chart shortcode stood: the element the article's template puts the chart in place of. */
    static final Pattern CHART_SLOT = Pattern.compile("<div data-chart-slot=\"([a-z0-9-]+)\"></div>\n?");

    /** Replaces every shortcode; {@code notes} collects cited sources in the order they are first cited. */
    public String expand(String markdown, String file, int firstLine, List<String> notes) {
        return expand(markdown, file, firstLine, notes, null);
    }

    /**
     * As above; {@code charts} (null where charts cannot be placed) collects the charts the text places, by the id
     * of the slot each stands in, numbered from the top so ids are unique within the article.
     */
    public String expand(String markdown, String file, int firstLine, List<String> notes, Map<String, Chart> charts) {
        Matcher m = SHORTCODE.matcher(markdown);
        StringBuilder out = new StringBuilder();
        // Lines counted as the matches move on, not from the top for each one: articles hold hundreds of shortcodes.
        int counted = 0;
        int line = firstLine;
        while (m.find()) {
            line += lineOf(markdown, counted, m.start());
            counted = m.start();
            String where = file + ":" + line;
            String[] args = m.group(2).isEmpty() ? new String[0] : m.group(2).substring(1).split(":");
            String value;
            try {
                value = m.group(1).equals("chart") ? chart(args, charts, markdown, m.start(), m.end())
                        : m.group(1).equals("table") ? table(args, charts != null, markdown, m.start(), m.end())
                        : render(m.group(1), args, notes);
            } catch (IllegalArgumentException e) {
                throw new ContentException(where + ": " + m.group() + ": " + e.getMessage());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        int stray = out.indexOf("{{");
        if (stray >= 0) {
            throw new ContentException(file + ":" + (firstLine + lineOf(out, 0, stray))
                    + ": malformed shortcode near '" + out.substring(stray, Math.min(out.length(), stray + 40)) + "'");
        }
        return out.toString();
    }

    private String render(String name, String[] a, List<String> notes) {
        return switch (name) {
            case "median" -> {
                arity(a, 1);
                yield Format.money(distributions.of(role(a[0])).distribution().median());
            }
            case "pct" -> {
                arity(a, 2);
                // A title's point held at BLS's 10th or 90th says so in the prose too, as in the role page's table.
                yield Format.money(percentile(a[0], a[1]))
                        + RoleViews.held(distributions.of(role(a[0])), point(a[1]));
            }
            case "hourly" -> {
                arity(a, 2);
                yield Format.cents(EstimationService.hourly(percentile(a[0], a[1])))
                        + RoleViews.held(distributions.of(role(a[0])), point(a[1]));
            }
            case "range" -> {
                arity(a, 2);
                Level level = Level.bySlug(a[1]).orElseThrow(() -> bad("unknown level '" + a[1] + "'"));
                Range r = estimates.estimate(EstimateRequest.of(role(a[0]), level, data.national())).base();
                yield Format.range(r.low(), r.high());
            }
            case "diff" -> {
                if (a.length != 2 && a.length != 3) {
                    throw bad("expects two roles and optionally a source");
                }
                Difference d = a.length == 2 ? comparisons.roles(role(a[0]), role(a[1]))
                        : comparisons.roles(role(a[0]), role(a[1]), source(a[2]))
                                .orElseThrow(() -> bad("the source has no national median for both roles"));
                yield Format.money(d.amount()) + " (" + Format.percent(d.percent()) + ")";
            }
            case "higher" -> {
                arity(a, 2);
                String slug = comparisons.roles(role(a[0]), role(a[1])).higher();
                yield data.role(slug).orElseThrow().title();
            }
            case "figure" -> {
                arity(a, 1);
                yield figure(data.figures().stream().filter(f -> f.id().equals(a[0])).findFirst()
                        .orElseThrow(() -> bad("role_figures.csv has no figure '" + a[0] + "'")));
            }
            case "n" -> {
                arity(a, 2);
                RoleFigure f = data.postingMedian(role(a[0]).slug(), source(a[1]))
                        .orElseThrow(() -> bad("no national median from that source for that role"));
                if (f.n() == null) {
                    throw bad("that figure has no sample size");
                }
                yield Format.count(f.n());
            }
            case "place" -> {
                arity(a, 1);
                yield Format.money(place(a[0]).wage());
            }
            case "statemedian" -> {
                arity(a, 2);
                Area area = area(a[1]);
                yield Explanations.wage(data.oews().state(role(a[0]).soc(), area.code()).map(OccupationPay::median)
                        .orElseThrow(() -> bad("BLS publishes no figure for that occupation in " + area.name())));
            }
            case "statevs" -> {
                arity(a, 2);
                Area area = area(a[1]);
                yield Format.signedPercent(places.ratio(role(a[0]).soc(), area.code())
                        .orElseThrow(() -> bad("no exact median for that occupation in " + area.name())).percent());
            }
            case "socmedian" -> {
                arity(a, 1);
                yield Explanations.wage(data.oews().latestNational(a[0])
                        .orElseThrow(() -> bad("oews_national.csv has no occupation '" + a[0] + "'")).median());
            }
            case "period" -> {
                arity(a, 1);
                yield switch (a[0]) {
                    case "national" -> data.oews().latestPeriod();
                    case "states" -> data.oews().statePeriod();
                    default -> throw bad("period is national or states");
                };
            }
            case "skillpay" -> {
                arity(a, 2);
                yield Format.money(data.skillPay(role(a[0]).slug(), a[1])
                        .orElseThrow(() -> bad("no posted pay for that skill and role")).median());
            }
            case "skilllift" -> {
                arity(a, 2);
                Difference d = comparisons.skillLift(role(a[0]).slug(), a[1])
                        .orElseThrow(() -> bad("no posted pay for that skill and role"));
                String sign = d.higher().equals(a[1]) ? "" : "\u2212";
                yield sign + Format.money(d.amount()) + " (" + sign + Format.percent(d.percent()) + ")";
            }
            case "share" -> {
                arity(a, 2);
                yield Format.percent(data.skillDemandFor(role(a[0]).slug()).stream().filter(s -> s.skill().equals(a[1]))
                        .findFirst().orElseThrow(() -> bad("no posting share for that skill and role")).sharePct());
            }
            case "stat" -> {
                arity(a, 2);
                String r = a[0].equals("-") ? null : role(a[0]).slug();
                MarketStat s = data.stat(r, a[1]).orElseThrow(() -> bad("market_stats.csv has no such row"));
                yield switch (s.unit()) {
                    case "usd" -> Format.money(s.value());
                    case "pct" -> Format.percent(s.value());
                    default -> Format.count(Math.round(s.value()));
                };
            }
            case "premium" -> {
                arity(a, 1);
                Premium p = data.premium(a[0]).orElseThrow(() -> bad("premiums.csv has no such id"));
                if (!p.hasFigure()) {
                    throw bad("that premium has no published percentage");
                }
                yield Format.percentRange(p.lowPct(), p.highPct());
            }
            case "comp" -> {
                arity(a, 3);
                TotalComp t = data.totalComp().stream().filter(c -> c.role().equals(a[0]) && c.company().equals(a[1])
                        && c.component().equals(a[2])).findFirst().orElseThrow(() -> bad("total_comp.csv has no such row"));
                yield Explanations.describe(t);
            }
            case "cap" -> {
                arity(a, 0);
                yield Format.percent(EstimationService.PREMIUM_CAP_PCT);
            }
            case "hours" -> {
                arity(a, 0);
                yield Format.count(Math.round(EstimationService.HOURS_PER_YEAR));
            }
            case "rule" -> {
                arity(a, 1);
                yield rule(a[0]);
            }
            case "level" -> {
                arity(a, 2);
                Level level = Level.bySlug(a[0]).orElseThrow(() -> bad("no level '" + a[0] + "'"));
                yield switch (a[1]) {
                    case "label" -> level.label;
                    case "years" -> level.years();
                    case "typical" -> level.typicalYears + (level.typicalYears == 1 ? " year" : " years");
                    default -> throw bad("a level's field is label, years or typical, not '" + a[1] + "'");
                };
            }
            case "survey" -> {
                arity(a, 5);
                SurveyPay c = surveyCell(a);
                yield switch (a[4]) {
                    case "n" -> Format.count(c.n());
                    case "p25" -> Format.money(withFigures(c).p25());
                    case "median" -> Format.money(withFigures(c).median());
                    case "p75" -> Format.money(withFigures(c).p75());
                    default -> throw bad("unknown field '" + a[4] + "'; use p25, median, p75 or n");
                };
            }
            case "surveycell" -> {
                arity(a, 4);
                SurveyPay c = withFigures(surveyCell(a));
                yield Format.money(c.median()) + " (n = " + Format.count(c.n()) + ")";
            }
            case "rpp" -> {
                arity(a, 1);
                Area area = area(a[0]);
                yield Format.oneDecimal(prices.stateParity(area.code()).orElseThrow(() -> bad("price_parities.csv has "
                        + "no price parity for " + area.name() + " in the state file's year")).rpp());
            }
            case "realmedian" -> {
                arity(a, 2);
                Area area = area(a[1]);
                yield Explanations.wage(prices.realStateMedian(role(a[0]).soc(), area.code()).orElseThrow(() -> bad(
                        "no median in national-average prices for that occupation in " + area.name()
                        + " (BLS withheld the median or BEA publishes no price parity)")));
            }
            case "rank", "realrank" -> {
                arity(a, 2);
                Area area = area(a[1]);
                PriceLevels.Rank r = prices.rank(role(a[0]).soc(), area.code()).orElseThrow(() -> bad(area.name()
                        + " is not ranked for that occupation (a territory, a withheld median or a small sample)"));
                yield Format.ordinal(name.equals("rank") ? r.byMedian() : r.byRealMedian());
            }
            case "top" -> {
                if (a.length < 2) {
                    throw bad("expects two roles or more, got " + a.length);
                }
                List<Role> listed = new ArrayList<>();
                for (String slug : a) {
                    listed.add(role(slug));
                }
                // Titles that stand for one survey cell share one median: all of them are named.
                List<String> titles = distributions.top(listed).stream().map(Role::title).toList();
                yield titles.size() == 1 ? titles.get(0)
                        : String.join(", ", titles.subList(0, titles.size() - 1)) + " and " + titles.get(titles.size() - 1);
            }
            case "topstate" -> {
                arity(a, 3);
                boolean real = switch (a[1]) {
                    case "median" -> false;
                    case "real" -> true;
                    default -> throw bad("measure is median or real");
                };
                Role role = role(a[0]);
                int n = index(a[2], prices.ranks(role.soc()).size());
                PriceLevels.Rank r = prices.ranked(role.soc(), real, n)
                        .orElseThrow(() -> bad("two states share that rank, or the one above it"));
                yield area(r.area()).name();
            }
            case "constant" -> {
                arity(a, 2);
                String soc = soc(a[0]);
                int year = year(a[1]);
                OccupationPay row = data.oews().national(soc, year)
                        .orElseThrow(() -> bad("oews_national.csv has no May " + year + " figure for that occupation"));
                if (row.median() == null || !row.median().exact()) {
                    throw bad("BLS published the May " + year + " median only as a lower bound (top-coded) or not at all");
                }
                Wage w = prices.constantMedian(soc, year).orElseThrow(() -> bad("cpi_may.csv does not reach May "
                        + year + " or the constant-dollar year"));
                yield Format.money(w.amount());
            }
            case "realchange", "nominalchange" -> {
                arity(a, 1);
                PriceLevels.Ends ends = prices.ends(soc(a[0])).orElseThrow(() -> bad("oews_national.csv has no figure "
                        + "for that occupation in May " + data.oews().firstYear() + " or May " + data.oews().latestYear()));
                double change = (name.equals("realchange") ? prices.realChange(ends) : prices.nominalChange(ends))
                        .orElseThrow(() -> bad("BLS published the median of May " + ends.firstYear() + " or May "
                                + ends.lastYear() + " only as a lower bound (top-coded), so it has no change"));
                yield Format.signedPercent(change);
            }
            case "dollars" -> {
                arity(a, 0);
                yield views.official().constantDollars(prices.constantDollarYear()
                        .orElseThrow(() -> bad("cpi_may.csv does not reach the newest OEWS year")));
            }
            case "cite" -> {
                arity(a, 1);
                String id = source(a[0]);
                if (!notes.contains(id)) {
                    notes.add(id);
                }
                int number = notes.indexOf(id) + 1;
                Source s = sources.get(id);
                yield "<sup class=\"source-ref\"><a href=\"/sources#" + id + "\" title=\""
                        + escape(s.citation()) + "\">[" + number + "]</a></sup>";
            }
            case "surveyrank" -> {
                arity(a, 3);
                var placed = estimates.experienceAt(role(a[0]), years(a[1]));
                yield switch (a[2]) {
                    case "low" -> Format.decimal(placed.low());
                    case "mid" -> Format.decimal(placed.mid());
                    case "high" -> Format.decimal(placed.high());
                    case "n" -> Format.count(placed.n());
                    case "pay" -> Format.money(placed.cellMedian());
                    case "population" -> Format.count(placed.populationN());
                    default -> throw bad("field is low, mid, high, n, pay or population");
                };
            }
            case "outlook" -> {
                arity(a, 2);
                yield outlook(role(a[0]), a[1]);
            }
            default -> throw bad("unknown shortcode '" + name + "'");
        };
    }

    /** A figure as prose quotes it: a percentile row by its median, anything else as the table prints it. */
    static String figure(RoleFigure f) {
        return f.kind().equals("percentiles") ? Format.money(f.median()) : Explanations.figureText(f);
    }

    /** The index of a percentile name in a distribution's values(): p10 is 0, p90 is 4. */
    private static int point(String p) {
        return switch (p) {
            case "p10" -> 0;
            case "p25" -> 1;
            case "p50", "median" -> 2;
            case "p75" -> 3;
            case "p90" -> 4;
            default -> throw bad("unknown percentile '" + p + "'; use p10, p25, p50, p75 or p90");
        };
    }

    private double percentile(String role, String p) {
        var d = distributions.of(role(role)).distribution();
        return switch (p) {
            case "p10" -> d.p10();
            case "p25" -> d.p25();
            case "p50", "median" -> d.median();
            case "p75" -> d.p75();
            case "p90" -> d.p90();
            default -> throw bad("unknown percentile '" + p + "'; use p10, p25, p50, p75 or p90");
        };
    }

    /**
     * HTML cut where a block shortcode's slot elements stand ({@code slot}'s first group names each): the runs of
     * HTML between them and the slots, in page order, each made into a part.
     */
    static <P> List<P> cut(String html, Pattern slot, Function<String, P> htmlPart, Function<String, P> slotPart) {
        List<P> parts = new ArrayList<>();
        Matcher m = slot.matcher(html);
        int from = 0;
        while (m.find()) {
            if (m.start() > from) {
                parts.add(htmlPart.apply(html.substring(from, m.start())));
            }
            parts.add(slotPart.apply(m.group(1)));
            from = m.end();
        }
        if (from < html.length()) {
            parts.add(htmlPart.apply(html.substring(from)));
        }
        return parts;
    }

    /** Where a table shortcode stood in a reference page: the element its template puts the named table in place of. */
    public static final Pattern TABLE_SLOT = Pattern.compile("<div data-table-slot=\"([a-z0-9-]+)\"></div>\n?");

    /** The tables a reference page can place, by name: the page's controller supplies each one. */
    public static final List<String> TABLES = List.of("languages");

    /** A table a block shortcode places (a reference page's own, from the figures code): a slot the template fills. */
    private static String table(String[] a, boolean inArticle, String markdown, int start, int end) {
        if (inArticle) {
            throw bad("a table can be placed only in a reference page (content/pages); articles place charts");
        }
        standsAlone("a table", markdown, start, end);
        arity(a, 1);
        if (!TABLES.contains(a[0])) {
            throw bad("unknown table '" + a[0] + "'; use " + String.join(" or ", TABLES));
        }
        return "\n<div data-table-slot=\"" + a[0] + "\"></div>\n";
    }

    private static void standsAlone(String what, String markdown, int start, int end) {
        int lineStart = markdown.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = markdown.indexOf('\n', end);
        if (!markdown.substring(lineStart, lineEnd < 0 ? markdown.length() : lineEnd).strip()
                .equals(markdown.substring(start, end))) {
            throw bad(what + " stands alone on its own line");
        }
    }

    /** The chart a block shortcode places: rendered by the page's template where the slot element stands. */
    private String chart(String[] a, Map<String, Chart> charts, String markdown, int start, int end) {
        if (charts == null) {
            throw bad("a chart can be placed only in an article");
        }
        standsAlone("a chart", markdown, start, end);
        if (a.length == 0) {
            throw bad("name the chart: pair, experience, states-real or real-change");
        }
        String id = "article-chart-" + (charts.size() + 1);
        Chart chart = switch (a[0]) {
            case "pair" -> {
                arity(a, 3);
                Role x = role(a[1]);
                Role y = role(a[2]);
                if (x.equals(y)) {
                    throw bad("a pair is two different roles");
                }
                yield views.pairs().distributionChart(id, views.pairs().pair(x, y)).withItsTable();
            }
            case "experience" -> {
                arity(a, 2);
                yield views.survey().experienceChart(id, role(a[1]))
                        .orElseThrow(() -> bad("no survey group with figures stands for that role (survey_groups.csv)"));
            }
            case "states-real" -> {
                arity(a, 2);
                Role role = role(a[1]);
                if (prices.ranks(role.soc()).isEmpty()) {
                    throw bad("no state can be ranked for that occupation");
                }
                yield views.official().topRealStatesChart(id, role, TOP_STATES);
            }
            case "real-change" -> {
                arity(a, 1);
                if (prices.constantDollarYear().isEmpty() || prices.computerOccupations().isEmpty()) {
                    throw bad("cpi_may.csv does not reach the newest OEWS year, or no computer occupation is published");
                }
                yield views.official().realChangeChart(id);
            }
            default -> throw bad("unknown chart '" + a[0] + "'; use pair, experience, states-real or real-change");
        };
        charts.put(id, chart);
        // Blank lines around the slot keep it a block of its own in the Markdown.
        return "\n<div data-chart-slot=\"" + id + "\"></div>\n";
    }

    private static final int TOP_STATES = 10;

    private SurveyPay surveyCell(String[] a) {
        String year = a[0];
        if (!List.of("2023", "2024", "2025", "pooled").contains(year)) {
            throw bad("unknown survey year '" + year + "'; use 2023, 2024, 2025 or pooled");
        }
        if (!List.of("all", "devtype", "orgsize", "remote", "language").contains(a[1])) {
            throw bad("unknown grouping '" + a[1] + "'; use all, devtype, orgsize, remote or language");
        }
        SurveyCells.Band band = SurveyCells.Band.parse(a[3]).orElseThrow(() -> bad("unknown band '" + a[3]
                + "'; use all, 0-2, 3-5, 6-10, 11-15, 16-20, 21-up or 11-up"));
        if (survey.groups(year, a[1]).isEmpty()) {
            throw bad("survey_pay.csv has no " + a[1] + " cells in " + year);
        }
        if (!survey.groups(year, a[1]).contains(a[2])) {
            throw bad("survey_pay.csv has no group '" + a[2] + "' under " + a[1] + " in " + year);
        }
        return survey.cell(year, a[1], a[2], band).orElseThrow(() -> bad("survey_pay.csv has no band '" + a[3]
                + "' for that group in " + year));
    }

    private static SurveyPay withFigures(SurveyPay c) {
        if (!c.hasFigures()) {
            throw bad("that cell has " + c.n() + " answers, under the 30 the survey needs for a figure");
        }
        return c;
    }

    /** An occupation's code: a role's, or 00-0000 for "all-occupations". */
    private String soc(String role) {
        return role.equals(ALL_OCCUPATIONS) ? ALL_OCCUPATIONS_SOC : role(role).soc();
    }

    private static final String ALL_OCCUPATIONS = "all-occupations";
    private static final String ALL_OCCUPATIONS_SOC = "00-0000";

    private int year(String raw) {
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw bad("a year is four digits, like 2021");
        }
    }

    private Role role(String slug) {
        return data.role(slug).orElseThrow(() -> bad("unknown role '" + slug + "'"));
    }

    private String source(String id) {
        if (!sources.containsKey(id)) {
            throw bad("unknown source '" + id + "'");
        }
        return id;
    }

    private Area area(String code) {
        return data.oews().area(code).orElseThrow(() -> bad("unknown state or territory '" + code + "'"));
    }

    private Location place(String slug) {
        Location l = data.location(slug).orElseThrow(() -> bad("unknown location '" + slug + "'"));
        if (l.wage() == null) {
            throw bad("location '" + slug + "' has no published wage");
        }
        return l;
    }

    private static int index(String raw, int size) {
        try {
            int n = Integer.parseInt(raw);
            if (n >= 1 && n <= size) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw bad("row " + raw + " does not exist; there are " + size);
    }

    private static double years(String raw) {
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw bad("years must be a whole number, got '" + raw + "'");
        }
    }

    /** A threshold the site's code applies, printed from the constant itself so a page cannot state another. */
    private static String rule(String name) {
        return switch (name) {
            case "survey-cell" -> Format.count(SurveyPay.MIN_N);
            case "survey-population" -> Format.count(SurveyRank.MIN_POPULATION);
            case "shrink" -> Format.count(EstimationService.SHRINK);
            case "language-answers" -> Format.count(LanguageLifts.MIN_N);
            case "small-employment" -> Format.count(SmallSamples.MIN_EMPLOYMENT);
            case "small-employment-rse" -> Format.percent(SmallSamples.MAX_EMPLOYMENT_RSE);
            case "small-mean-rse" -> Format.percent(SmallSamples.MAX_MEAN_RSE);
            default -> throw bad("no rule '" + name + "' (survey-cell, survey-population, shrink, language-answers, "
                    + "small-employment, small-employment-rse, small-mean-rse)");
        };
    }

    private static void arity(String[] a, int n) {
        if (a.length != n) {
            throw bad("expects " + n + " argument" + (n == 1 ? "" : "s") + ", got " + a.length);
        }
    }

    private static IllegalArgumentException bad(String message) {
        return new IllegalArgumentException(message);
    }

    /** How many line breaks {@code text} has from {@code from} up to {@code to}. */
    private static int lineOf(CharSequence text, int from, int to) {
        int line = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * {@code {{outlook:ROLE:FIELD}}}: one figure of the official job outlook of the role's occupation, as its page
     * prints it. FIELD is employment and the base or projected year (employment2024), change, percent, openings or
     * education; years in the name make a refreshed file stop the start rather than print another decade's figure.
     */
    private String outlook(Role role, String field) {
        com.salaryatlas.estimate.Outlook o = com.salaryatlas.estimate.Outlook.of(data, role.soc())
                .orElseThrow(() -> bad("projections.csv has no outlook for " + role.soc()));
        var p = o.occupation();
        var f = com.salaryatlas.estimate.Outlook.Field.named(field, p).orElseThrow(() -> bad("unknown outlook field '"
                + field + "'; use employment" + p.yearFrom() + ", employment" + p.yearTo()
                + ", change, percent, openings or education"));
        return switch (f) {
            case EMPLOYMENT_FROM -> com.salaryatlas.explain.OutlookText.jobs(o.jobs().from());
            case EMPLOYMENT_TO -> com.salaryatlas.explain.OutlookText.jobs(o.jobs().to());
            case CHANGE -> com.salaryatlas.explain.OutlookText.change(o.jobs().change());
            case PERCENT -> com.salaryatlas.explain.OutlookText.percent(o.jobs().changePct());
            case OPENINGS -> com.salaryatlas.explain.OutlookText.jobs(o.jobs().openings());
            case EDUCATION -> com.salaryatlas.explain.OutlookText.education(p);
        };
    }
}
