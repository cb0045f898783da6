package com.salaryatlas.articles;

import com.salaryatlas.dataset.Area;
import com.salaryatlas.dataset.OccupationPay;
import com.salaryatlas.estimate.Comparisons;
import com.salaryatlas.estimate.Places;
import com.salaryatlas.estimate.Distributions;
import com.salaryatlas.estimate.Difference;
import com.salaryatlas.estimate.EstimateRequest;
import com.salaryatlas.estimate.EstimationService;
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
import java.util.List;
import java.util.Map;
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

    public Shortcodes(Dataset data, Distributions distributions, EstimationService estimates, Comparisons comparisons,
                      Places places) {
        this.data = data;
        this.distributions = distributions;
        this.estimates = estimates;
        this.comparisons = comparisons;
        this.places = places;
        this.sources = data.sourcesById();
    }

    /** Replaces every shortcode; {@code notes} collects cited sources in the order they are first cited. */
    public String expand(String markdown, String file, int firstLine, List<String> notes) {
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
                value = render(m.group(1), args, notes);
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
                yield Format.money(percentile(a[0], a[1]));
            }
            case "hourly" -> {
                arity(a, 2);
                yield Format.cents(EstimationService.hourly(percentile(a[0], a[1])));
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
            default -> throw bad("unknown shortcode '" + name + "'");
        };
    }

    /** A figure as prose quotes it: a percentile row by its median, anything else as the table prints it. */
    static String figure(RoleFigure f) {
        return f.kind().equals("percentiles") ? Format.money(f.median()) : Explanations.figureText(f);
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
}
