package com.salaryatlas.figures;

import com.salaryatlas.dataset.Area;
import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.Location;
import com.salaryatlas.dataset.OccupationPay;
import com.salaryatlas.dataset.Oews;
import com.salaryatlas.dataset.Role;
import com.salaryatlas.dataset.Wage;
import com.salaryatlas.dataset.Projection;
import com.salaryatlas.dataset.Source;
import com.salaryatlas.estimate.Changes;
import com.salaryatlas.estimate.Outlook;
import com.salaryatlas.estimate.Places;
import com.salaryatlas.estimate.PriceLevels;
import com.salaryatlas.estimate.SmallSamples;
import com.salaryatlas.dataset.PriceParity;
import com.salaryatlas.explain.PriceText;
import com.salaryatlas.explain.Explanations;
import com.salaryatlas.explain.Format;
import com.salaryatlas.explain.OutlookText;
import com.salaryatlas.web.Chart;
import com.salaryatlas.web.Chart.Series;
import com.salaryatlas.web.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The official BLS figures as pages print them: pay over time, every state, every industry, one state's page.
 * Each table is built once and its chart drawn from the same rows.
 */
public final class OfficialViews {

    private static final String[] PERCENTILES = {"10th", "25th", "Median", "75th", "90th"};

    private final Dataset data;
    private final Oews oews;
    private final Places places;
    private final PriceLevels prices;

    public OfficialViews(Dataset data, Places places, PriceLevels prices) {
        this.data = data;
        this.oews = data.oews();
        this.places = places;
        this.prices = prices;
    }

    public OccupationPay latest(Role role) {
        return oews.latestNational(role.soc()).orElseThrow();
    }

    public String period(OccupationPay row) {
        return oews.source(row.source()).referencePeriod();
    }

    /** Every year's five annual percentiles and the median's change over the years, in nominal dollars. */
    public Table trend(Role role) {
        List<OccupationPay> years = oews.nationalSeries(role.soc());
        List<List<String>> rows = new ArrayList<>();
        OccupationPay previous = null;
        for (OccupationPay y : years) {
            List<String> row = new ArrayList<>(List.of(period(y)));
            for (Wage w : y.percentiles()) {
                row.add(Explanations.wage(w));
            }
            row.add(Explanations.wage(y.mean()));
            row.add(previous == null ? "—" : change(previous.median(), y.median()));
            rows.add(row);
            previous = y;
        }
        List<String> head = new ArrayList<>(List.of("Period"));
        for (String p : PERCENTILES) {
            head.add(p);
        }
        head.add("Mean");
        head.add("Median, change on the year before");
        OccupationPay first = years.get(0);
        OccupationPay last = years.get(years.size() - 1);
        return new Table("Annual pay of " + occupation(role) + ", " + period(first) + " to " + period(last),
                head, rows, "Nominal dollars, not adjusted for inflation. Over the whole period the median moved "
                + change(first.median(), last.median()) + ". Source: BLS OEWS national files, one per year.");
    }

    /** The same years' hourly percentiles. */
    public Table trendHourly(Role role) {
        List<List<String>> rows = new ArrayList<>();
        for (OccupationPay y : oews.nationalSeries(role.soc())) {
            List<String> row = new ArrayList<>(List.of(period(y)));
            for (Wage w : y.hourlyPercentiles()) {
                row.add(Explanations.hourlyWage(w));
            }
            rows.add(row);
        }
        List<String> head = new ArrayList<>(List.of("Period"));
        head.addAll(List.of(PERCENTILES));
        return new Table("Hourly pay of " + occupation(role) + ", by year", head, rows, "Nominal dollars an hour.");
    }

    /**
     * Every year's percentiles and mean restated in the newest release's dollars (CPI-U May over May), with the
     * median's change on the year before both as published and after prices; null when the CPI-U does not reach
     * the newest year.
     */
    public Table trendReal(Role role) {
        Optional<Integer> to = prices.constantDollarYear();
        if (to.isEmpty()) {
            return null;
        }
        List<OccupationPay> years = oews.nationalSeries(role.soc());
        List<List<String>> rows = new ArrayList<>();
        OccupationPay previous = null;
        boolean topCoded = false;
        for (OccupationPay y : years) {
            int year = oews.year(y.source());
            List<String> row = new ArrayList<>(List.of(period(y)));
            for (Wage w : y.percentiles()) {
                row.add(Explanations.wage(prices.inDollarsOf(w, year, to.get()).orElse(null)));
            }
            row.add(Explanations.wage(prices.inDollarsOf(y.mean(), year, to.get()).orElse(null)));
            if (previous == null) {
                row.add("—");
                row.add("—");
            } else {
                int before = oews.year(previous.source());
                row.add(change(previous.median(), y.median()));
                Optional<Double> real = prices.realChange(previous.median(), before, y.median(), year);
                topCoded |= real.isEmpty() && previous.median() != null && y.median() != null;
                row.add(real.map(Format::signedPercent).orElse(topCodedOrWithheld(previous.median(), y.median())));
            }
            rows.add(row);
            previous = y;
        }
        List<String> head = new ArrayList<>(List.of("Period"));
        head.addAll(List.of(PERCENTILES));
        head.add("Mean");
        head.add("Median, change on the year before");
        head.add("Median, real change");
        String dollars = constantDollars(to.get());
        return new Table("Annual pay of " + occupation(role) + " in " + dollars, head, rows,
                "Each year's wages times the CPI-U for May " + to.get() + " over the CPI-U for that year's May (BLS, "
                + "all items, U.S. city average), the month OEWS wages describe. The real change is the nominal one "
                + "with the year's rise in prices taken out." + (topCoded ? " A median BLS published only as \"or "
                + "more\" (the top of its survey's range) has no change we can compute." : "")
                + " BLS warns that its wage estimates are not built to be compared from year to year: its methods and "
                + "occupation codes change between releases, so read small moves as noise.");
    }

    /** The sentence saying whether the median kept pace with prices from the first year to the newest; null if it cannot. */
    public String keptUp(Role role) {
        List<OccupationPay> years = oews.nationalSeries(role.soc());
        Optional<Integer> to = prices.constantDollarYear();
        if (years.size() < 2 || to.isEmpty()) {
            return null;
        }
        OccupationPay first = years.get(0);
        OccupationPay last = years.get(years.size() - 1);
        int from = oews.year(first.source());
        int until = oews.year(last.source());
        Optional<Double> nominal = Changes.percent(first.median(), last.median());
        Optional<Double> real = prices.realChange(first.median(), from, last.median(), until);
        Optional<Double> inflation = prices.inflation(from, until);
        if (nominal.isEmpty() || real.isEmpty() || inflation.isEmpty()) {
            return "BLS published the median of " + occupation(role) + " only as a lower bound (or not at all) in "
                    + period(first) + " or " + period(last) + ", so we cannot say by how much it kept pace with prices.";
        }
        return PriceText.keptUp(period(first), period(last), nominal.get(), inflation.get(), real.get());
    }

    /** "May 2025 dollars": the label of the constant-dollar figures, from the CPI-U year they are stated in. */
    public String constantDollars(int year) {
        return "May " + year + " dollars";
    }

    /** The median as published and in the newest year's dollars, one line each, drawn from the two tables' rows. */
    public Chart trendChart(String id, Role role) {
        Table t = trend(role);
        Table real = trendReal(role);
        List<OccupationPay> years = oews.nationalSeries(role.soc());
        Optional<Integer> to = prices.constantDollarYear();
        List<Double> nominal = new ArrayList<>();
        List<Double> constant = new ArrayList<>();
        for (OccupationPay y : years) {
            Wage w = y.median();
            nominal.add(w == null || !w.exact() ? null : w.amount());
            constant.add(to.flatMap(target -> prices.inDollarsOf(w, oews.year(y.source()), target))
                    .filter(Wage::exact).map(x -> (double) Math.round(x.amount())).orElse(null));
        }
        List<Series> series = new ArrayList<>(List.of(Series.of("Median, as published", nominal)));
        List<String> head = new ArrayList<>(List.of("Period", "Median, as published"));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            List<String> row = new ArrayList<>(List.of(t.rows().get(i).get(0), t.rows().get(i).get(3)));
            if (real != null) {
                row.add(real.rows().get(i).get(3));
            }
            rows.add(row);
        }
        if (real != null) {
            series.add(Series.of("Median in " + constantDollars(to.get()), constant));
            head.add("Median in " + constantDollars(to.get()));
        }
        // The paragraph above the chart already says whether pay kept up; the caption names what the lines show.
        String first = t.rows().get(0).get(0);
        String last = t.rows().get(t.rows().size() - 1).get(0);
        String summary = real == null
                ? "From " + first + " to " + last + " the median moved "
                + change(years.get(0).median(), years.get(years.size() - 1).median()) + " in nominal dollars."
                : "The median as published each year and in " + constantDollars(to.get()) + ": in those dollars it was "
                + real.rows().get(0).get(3) + " in " + first + " and " + real.rows().get(real.rows().size() - 1).get(3)
                + " in " + last + ".";
        return new Chart(id, "line", "Pay over time: " + occupation(role), summary, "money",
                t.rows().stream().map(r -> r.get(0)).toList(), series, head, rows).besideItsTable();
    }

    /** One row per state and territory with a figure for the occupation, by name, linked to its page. */
    public Table states(Role role) {
        return states(role, false);
    }

    /**
     * One row per state and territory with a figure for the occupation, linked to its page: by name, or with
     * {@code byRealMedian} ranked by median in national-average prices, the places that cannot be ranked after.
     */
    public Table states(Role role, boolean byRealMedian) {
        List<OccupationPay> ordered = new ArrayList<>(oews.states(role.soc()));
        if (byRealMedian) {
            List<String> ranked = prices.ranks(role.soc()).stream().map(PriceLevels.Rank::area).toList();
            ordered.sort(Comparator.comparingInt((OccupationPay s) -> ranked.contains(s.area())
                    ? ranked.indexOf(s.area()) : ranked.size()));
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (OccupationPay s : ordered) {
            Area area = oews.area(s.area()).orElseThrow();
            rows.add(List.of(area.name(), Explanations.wage(s.median()) + smallSampleMark(s), realMedian(s),
                    Explanations.wage(s.mean()), s.employment() == null ? "not published" : Format.count(s.employment()),
                    versusNation(role, area)));
            links.add(statePath(role, area));
        }
        OccupationPay any = oews.states(role.soc()).stream().findFirst().orElse(null);
        String parityYear = any == null ? "" : prices.parity(any).map(p -> " (BEA's regional price parities, "
                + p.year() + ")").orElse("");
        return new Table("Pay of " + occupation(role) + " by state and territory"
                + (byRealMedian ? ", ranked by median in national-average prices" : ""), List.of("State or territory",
                "Median", "Median in national-average prices", "Mean", "Employment", "Median vs national"), rows,
                "BLS OEWS, " + (any == null ? "" : period(any)) + ", all industries; compared with the national median "
                + "of the same occupation and period. National-average prices: the median divided by the state's price "
                + "level" + parityYear + "; BEA publishes none for the territories. \"Not published\" means BLS "
                + "withheld the figure; \"small sample\" marks a figure resting on too few workers to rank.")
                .withLinks(links);
    }

    /**
     * The states ranked by median (or by median in national-average prices): the first and last {@code each},
     * so a phone shows the ends of the ranking and the full table waits one tap away.
     */
    public Table stateEnds(Role role, boolean byRealMedian, int each) {
        List<PriceLevels.Rank> ranks = new ArrayList<>(prices.ranks(role.soc()));
        ranks.sort(Comparator.comparingInt((PriceLevels.Rank r) -> byRealMedian ? r.byRealMedian() : r.byMedian())
                .thenComparing(PriceLevels.Rank::area));
        List<PriceLevels.Rank> shown = ends(ranks, each);
        List<List<String>> rows = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (PriceLevels.Rank r : shown) {
            Area area = oews.area(r.area()).orElseThrow();
            rows.add(List.of(Format.ordinal(byRealMedian ? r.byRealMedian() : r.byMedian()) + " " + area.name(),
                    Format.money(r.median()), Format.money(r.realMedian()),
                    Format.ordinal(byRealMedian ? r.byMedian() : r.byRealMedian())));
            links.add(statePath(role, area));
        }
        String period = ranks.isEmpty() ? "" : period(oews.state(role.soc(), ranks.get(0).area()).orElseThrow());
        String other = byRealMedian ? "Rank by median" : "Rank in national-average prices";
        return new Table("States ranked by " + (byRealMedian ? "median in national-average prices" : "median") + ", "
                + period + (ranks.size() <= 2 * each ? "" : ": the top and bottom " + each + " of " + ranks.size()), List.of("State", "Median", "In national-average prices", other), rows,
                "Ranked among the states and DC with a price level and a published median; territories (no price level) "
                + "and figures resting on too few workers are left out. Every place is in the full table below.")
                .withLinks(links);
    }

    /** The first and last {@code each} of a ranking, or all of it when it is no longer than both ends together. */
    private static <T> List<T> ends(List<T> ranking, int each) {
        if (ranking.size() <= 2 * each) {
            return ranking;
        }
        List<T> shown = new ArrayList<>(ranking.subList(0, each));
        shown.addAll(ranking.subList(ranking.size() - each, ranking.size()));
        return shown;
    }

    /**
     * Two roles' state medians as paid and in national-average prices, for the states at each end of the ranking of
     * {@code a}'s occupation by median in national-average prices (all of them when they are few): a phone shows the
     * ends, the full table waits one tap away. One pair of columns when both roles are counted in one occupation.
     */
    public Table pairStateEnds(Role a, Role b, int each) {
        boolean one = a.soc().equals(b.soc());
        List<PriceLevels.Rank> ranks = prices.ranks(a.soc());
        List<PriceLevels.Rank> shown = ends(ranks, each);
        List<List<String>> rows = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (PriceLevels.Rank r : shown) {
            Area area = oews.area(r.area()).orElseThrow();
            List<String> row = new ArrayList<>(List.of(Format.ordinal(r.byRealMedian()) + " " + area.name(),
                    Format.money(r.median()), Format.money(r.realMedian())));
            if (!one) {
                Optional<OccupationPay> other = oews.state(b.soc(), r.area());
                row.add(other.map(s -> Explanations.wage(s.median()) + smallSampleMark(s)).orElse("not published"));
                row.add(other.map(this::realMedian).orElse("not published"));
            }
            rows.add(row);
            links.add(statePath(a, area));
        }
        List<String> head = new ArrayList<>(List.of("State"));
        if (one) {
            head.addAll(List.of("Median (both roles)", "In national-average prices"));
        } else {
            head.addAll(List.of(a.title() + ": median", a.title() + ": in national-average prices",
                    b.title() + ": median", b.title() + ": in national-average prices"));
        }
        String period = ranks.isEmpty() ? "" : ", " + period(oews.state(a.soc(), ranks.get(0).area()).orElseThrow());
        String year = parityYear();
        return new Table("Where " + (one ? "both roles' median" : a.title() + "'s median") + " buys the most and the "
                + "least" + period + (ranks.size() <= 2 * each ? "" : ": the top and bottom " + each + " of "
                + ranks.size()), head, rows, "Ranked by the median of " + occupation(a) + " in national-average "
                + "prices: each median divided by its state's price level (BEA's regional price parities, " + year
                + "; U.S. = 100). States whose figure rests on too few workers, and the territories, for which BEA "
                + "publishes no price level, are left out of the ranking; every state and territory is in the full "
                + "table.").withLinks(links);
    }

    /** "2024": the year of BEA's price parities that go with the state file's wages; empty where BEA has none. */
    public String parityYear() {
        return prices.stateParity("US").map(p -> String.valueOf(p.year())).orElse("");
    }

    /** Where the occupation's median buys the most: the state, its median in national-average prices and period. */
    public record BuysMost(String state, String href, String realMedian, String median, String period) {
    }

    public Optional<BuysMost> buysMost(Role role) {
        return prices.buysMost(role.soc()).map(r -> {
            Area area = oews.area(r.area()).orElseThrow();
            return new BuysMost(area.name(), statePath(role, area), Format.money(r.realMedian()), Format.money(r.median()),
                    period(oews.state(role.soc(), r.area()).orElseThrow()));
        });
    }

    /** A state row's median in national-average prices as printed: "no price level" for a territory. */
    public String realMedian(OccupationPay s) {
        if (prices.parity(s).isEmpty()) {
            return "no price level";
        }
        return prices.inNationalPrices(s, s.median()).map(Explanations::wage).orElse("not published");
    }

    /** A printed figure's flag when it rests on few workers; nothing where BLS printed no median at all. */
    private static String smallSampleMark(OccupationPay s) {
        return s.median() != null && SmallSamples.isSmall(s) ? " (small sample)" : "";
    }

    /**
     * The states map, one tile per state, shaded by the median against the nation's, or ({@code real}) by the median
     * in national-average prices against the nation's: a territory then has no shade, as BEA publishes no price
     * level for it.
     */
    private List<StateTile> tiles(Role role, boolean real) {
        List<StateTile> tiles = new ArrayList<>();
        for (Area area : oews.areas()) {
            TileGrid.position(area.code()).ifPresent(pos -> {
                Optional<Places.Ratio> nominal = places.ratio(role.soc(), area.code());
                Optional<Places.Ratio> ratio = real ? nominal.flatMap(r -> prices.inNationalPrices(r, area.code()))
                        : nominal;
                boolean published = oews.state(role.soc(), area.code()).isPresent();
                String band = ratio.map(r -> r.percent() >= 10 ? "high" : r.percent() >= 0 ? "above"
                        : r.percent() > -10 ? "below" : "low").orElse("none");
                String figure = ratio.map(r -> Format.money(r.stateMedian()) + (real ? " in national-average prices"
                        : "")).orElse(nominal.isPresent() ? "no price level" : "no figure");
                tiles.add(new StateTile(area.code(), area.name(), published ? statePath(role, area) : null,
                        figure, band, pos[0], pos[1]));
            });
        }
        return tiles;
    }

    /**
     * The states map with what it shows: the measure its shades compare ({@code real}: the median in national-average
     * prices) for the map's label, and a caption naming the occupation, the period and, for prices, BEA's year.
     */
    public record StateMap(List<StateTile> tiles, boolean real, String measure, String caption) {
    }

    public StateMap stateMap(Role role, boolean real) {
        String period = oews.statePeriod();
        if (!real) {
            return new StateMap(tiles(role, false), false, "median pay against the national median",
                    "Shaded by each state's median for " + occupation(role) + " against the national median, " + period
                    + ".");
        }
        String year = parityYear();
        return new StateMap(tiles(role, true), true, "median pay in national-average prices against the national median",
                "Shaded by each state's median for " + occupation(role) + " in national-average prices (the median "
                + "divided by the state's price level, BEA's regional price parities for " + year + ") against the "
                + "national median, " + period + ". BEA publishes no price level for the territories, so they have no "
                + "shade here.");
    }

    /** A tile of the states map: its place in the grid (row, column from 1), its shade and link. */
    public record StateTile(String code, String name, String href, String median, String band, int row, int column) {
        /** The grid placement as a class: inline styles are not allowed under our Content-Security-Policy. */
        public String placement() {
            return "tile r" + row + " c" + column + " tile--" + band;
        }
    }

    /** The occupation's pay in each industry the official files hold, against all industries. */
    public Table industries(Role role) {
        OccupationPay national = oews.national(role.soc(), industryYear(role)).orElse(null);
        List<List<String>> rows = new ArrayList<>();
        List<OccupationPay> list = new ArrayList<>(oews.industries(role.soc()));
        list.sort(Comparator.comparing((OccupationPay i) -> i.median() == null ? 0 : -i.median().amount()));
        for (OccupationPay i : list) {
            rows.add(List.of(i.industryName(), i.industryLevel().equals("sector") ? "sector" : "industry",
                    Explanations.wage(i.median()), i.employment() == null ? "not published" : Format.count(i.employment()),
                    versus(national == null ? null : national.median(), i.median())
                            + (i.note() == null ? "" : " (" + i.note() + ")")));
        }
        String period = list.isEmpty() ? "" : period(list.get(0));
        return new Table("Pay of " + occupation(role) + " by industry", List.of("Industry", "Kind", "Median",
                "Employment", "Median vs all industries"), rows, "BLS OEWS national industry files, " + period
                + ". Each industry's median is compared with the occupation's median across all industries in the same period.")
                .withTextColumns(1);
    }

    public boolean hasIndustries(Role role) {
        return !oews.industries(role.soc()).isEmpty();
    }

    /**
     * The {@code limit} states with the highest published median and every state the secondary guide's table quoted,
     * best-paid first, with the guide's figure beside the official one: each place where the two disagree shows,
     * not only those in the official top ten.
     */
    public Table topStatesWithQuoted(Role role, int limit) {
        List<OccupationPay> shown = topStatesAndQuoted(role, limit);
        List<OccupationPay> ranked = rankedByMedian(role);
        List<List<String>> rows = new ArrayList<>();
        List<String> links = new ArrayList<>();
        String quotedSource = null;
        for (OccupationPay s : shown) {
            Area area = oews.area(s.area()).orElseThrow();
            Optional<Location> quoted = quoted(role, area);
            if (quoted.isPresent()) {
                quotedSource = quoted.get().source();
            }
            int rank = ranked.indexOf(s);
            rows.add(List.of(area.name(), Explanations.wage(s.median()) + smallSampleMark(s),
                    rank < 0 ? "not ranked" : Format.ordinal(rank + 1), versusNation(role, area),
                    quoted.map(l -> Format.money(l.wage())).orElse("not listed")));
            links.add(statePath(role, area));
        }
        String note = "Official: BLS OEWS state file, " + (shown.isEmpty() ? "" : period(shown.get(0)))
                + ", median for " + occupation(role) + ", ranked among the places whose figures rest on enough workers. "
                + "The last column is the state table a 2026 backend salary guide printed"
                + (quotedSource == null ? "" : " (" + data.source(quotedSource).map(x -> x.citation()).orElse("") + ")")
                + "; every state it lists is here, with the official top " + limit + ". It disagrees with the official "
                + "file for most states, so our estimates and pages use the official figures.";
        return new Table("Best-paid states for " + occupation(role) + ", and every state the guide listed",
                List.of("State", "Official median", "Official rank", "vs national", "As quoted in the guide"), rows, note)
                .withLinks(links);
    }

    public Chart topStatesChart(String id, Role role, int limit) {
        Table t = topStatesWithQuoted(role, limit);
        List<Double> values = topStatesAndQuoted(role, limit).stream()
                .map(s -> s.median() == null ? null : s.median().amount()).toList();
        String summary = t.rows().isEmpty() ? "No published figures." : t.rows().get(0).get(0)
                + " has the highest official median, " + t.rows().get(0).get(1) + ", " + t.rows().get(0).get(3)
                + " against the national median.";
        return new Chart(id, "hbar", "Official median pay by state", summary, "money",
                t.rows().stream().map(r -> r.get(0)).toList(), List.of(Series.of("Official median", values)),
                t.head(), t.rows()).besideItsTable();
    }

    /** The places with a published median resting on enough workers, highest median first. */
    private List<OccupationPay> rankedByMedian(Role role) {
        return oews.states(role.soc()).stream().filter(s -> s.median() != null).filter(s -> !SmallSamples.isSmall(s))
                .sorted(Comparator.comparing((OccupationPay s) -> -s.median().amount())).toList();
    }

    /** The official top {@code limit} and the states the guide quoted for the occupation, highest median first. */
    private List<OccupationPay> topStatesAndQuoted(Role role, int limit) {
        List<OccupationPay> ranked = rankedByMedian(role);
        List<OccupationPay> shown = new ArrayList<>(ranked.subList(0, Math.min(limit, ranked.size())));
        for (OccupationPay s : oews.states(role.soc())) {
            if (!shown.contains(s) && quoted(role, oews.area(s.area()).orElseThrow()).isPresent()) {
                shown.add(s);
            }
        }
        shown.sort(Comparator.comparing((OccupationPay s) -> s.median() == null ? 0 : -s.median().amount()));
        return shown;
    }

    /** The guide's figure for a state, where it printed one for this occupation. */
    private Optional<Location> quoted(Role role, Area area) {
        return data.location(area.key()).filter(l -> l.type().equals("state"))
                .filter(l -> l.soc() == null || l.soc().equals(role.soc()));
    }

    /**
     * The {@code limit} states where the occupation's median buys the most (the ranking the role page's states table
     * sorts by): each one's median and its median in national-average prices, linked to its page.
     */
    public Chart topRealStatesChart(String id, Role role, int limit) {
        List<PriceLevels.Rank> top = prices.ranks(role.soc()).stream().limit(limit).toList();
        List<List<String>> rows = new ArrayList<>();
        for (PriceLevels.Rank r : top) {
            rows.add(List.of(Format.ordinal(r.byRealMedian()) + " " + oews.area(r.area()).orElseThrow().name(),
                    Format.money(r.median()), Format.money(r.realMedian()), Format.ordinal(r.byMedian())));
        }
        String period = top.isEmpty() ? "" : period(oews.state(role.soc(), top.get(0).area()).orElseThrow());
        String summary = top.isEmpty() ? "No state can be ranked." : "Ranked by the median in national-average prices "
                + "(the median divided by the state's price level), " + period + ": " + rows.get(0).get(0).substring(
                rows.get(0).get(0).indexOf(' ') + 1) + " comes first, " + rows.get(0).get(2) + ".";
        return new Chart(id, "hbar", "Where the median of " + occupation(role) + " buys the most", summary, "money",
                top.stream().map(r -> oews.area(r.area()).orElseThrow().name()).toList(),
                List.of(Series.of("Median", top.stream().map(PriceLevels.Rank::median).toList()),
                        Series.of("Median in national-average prices", top.stream()
                                .map(r -> (double) Math.round(r.realMedian())).toList())),
                List.of("State", "Median", "In national-average prices", "Rank by median"), rows);
    }

    /**
     * Every computer occupation's national median change from the first year of the files to the newest, in current
     * and in constant dollars; a top-coded or missing end leaves that occupation's change blank and says why.
     */
    public Chart realChangeChart(String id) {
        List<String> labels = new ArrayList<>();
        List<Double> nominal = new ArrayList<>();
        List<Double> real = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (String soc : prices.computerOccupations()) {
            OccupationPay latest = oews.latestNational(soc).orElseThrow();
            Optional<PriceLevels.Ends> ends = prices.ends(soc);
            Optional<Double> n = ends.flatMap(prices::nominalChange);
            Optional<Double> r = ends.flatMap(prices::realChange);
            String why = ends.isEmpty() ? "no figure for both years" : "none: top-coded";
            labels.add(latest.title());
            nominal.add(n.map(OfficialViews::tenth).orElse(null));
            real.add(r.map(OfficialViews::tenth).orElse(null));
            rows.add(List.of(latest.title() + " (" + soc + ")", n.map(Format::signedPercent).orElse(why),
                    r.map(Format::signedPercent).orElse(why)));
        }
        String first = "May " + oews.firstYear();
        String last = "May " + oews.latestYear();
        long lost = real.stream().filter(x -> x != null && x < 0).count();
        long counted = real.stream().filter(java.util.Objects::nonNull).count();
        String dollars = prices.constantDollarYear().map(this::constantDollars).orElse("constant dollars");
        return new Chart(id, "hbar", "Change in the national median, " + first + " to " + last + ", computer occupations",
                "Each occupation's median as published and in " + dollars + "; " + lost + " of the " + counted
                + " with a change to compute lost ground to prices.", "percent", labels,
                List.of(Series.of("In current dollars", nominal), Series.of("In " + dollars, real)),
                List.of("Occupation", "Change in current dollars", "Change in " + dollars), rows);
    }

    private static double tenth(double percent) {
        return Math.round(percent * 10) / 10.0;
    }

    /** The metro figures a secondary guide printed: context only, beside the official figure of each metro's state. */
    public Table metros(Role role) {
        List<List<String>> rows = new ArrayList<>();
        for (Location l : data.locations()) {
            if (l.type().equals("metro")) {
                Area state = oews.area(l.state()).orElse(null);
                rows.add(List.of(l.name(), Format.money(l.wage()) + " (" + l.statistic() + ")",
                        state == null ? "—" : state.name() + ", " + oews.state(role.soc(), state.code())
                                .map(s -> Explanations.wage(s.median())).orElse("not published")));
            }
        }
        return new Table("Metro areas: a secondary figure beside the official state median",
                List.of("Metro area", "As quoted (rounded)", "Its state's official median"), rows,
                "The metro figures come from a guide that names no survey, occupation or year, so we show them as context "
                        + "and never use them as a multiplier: the calculator places a metro by its state.")
                .withTextColumns(2);
    }

    /** The state page's opening sentence, which never builds a claim around a figure BLS withheld. */
    public String stateLede(Role role, Area area, OccupationPay row) {
        if (row.median() == null) {
            return "BLS withheld the median pay of " + occupation(role) + " in " + area.name() + " for " + period(row)
                    + "; the figures it did publish are below, and every other state is listed after them.";
        }
        String versus = versusNation(role, area);
        return "In " + area.name() + ", half of " + occupation(role) + " earn less than " + Explanations.wage(row.median())
                + " a year" + (versus.equals("—") ? "." : ", " + versus + " against the national median for the same "
                + "occupation and period.");
    }

    /**
     * One state's official figures for the occupation: the five percentiles annual and hourly, mean, and, where BEA
     * publishes the state's price level, the same in national-average prices beside them.
     */
    public Table stateFigures(Role role, Area area, OccupationPay row) {
        String[] names = {"10th percentile", "25th percentile", "Median", "75th percentile", "90th percentile", "Mean"};
        Wage[] annual = {row.p10(), row.p25(), row.median(), row.p75(), row.p90(), row.mean()};
        Wage[] hourly = {row.hourlyP10(), row.hourlyP25(), row.hourlyMedian(), row.hourlyP75(), row.hourlyP90(),
            row.hourlyMean()};
        Optional<PriceParity> parity = prices.parity(row);
        String mark = smallSampleMark(row);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            List<String> cells = new ArrayList<>(List.of(names[i], Explanations.wage(annual[i]) + (annual[i] == null
                    ? "" : mark), Explanations.hourlyWage(hourly[i])));
            if (parity.isPresent()) {
                cells.add(Explanations.wage(prices.inNationalPrices(row, annual[i]).orElse(null)));
                cells.add(Explanations.hourlyWage(prices.inNationalPrices(row, hourly[i]).orElse(null)));
            }
            rows.add(cells);
        }
        List<String> head = new ArrayList<>(List.of("Statistic", "Annual", "Hourly"));
        parity.ifPresent(p -> {
            head.add("Annual in national-average prices");
            head.add("Hourly in national-average prices");
        });
        return new Table("Pay of " + occupation(role) + " in " + area.name() + ", " + period(row), head, rows,
                "BLS OEWS state file, all industries. \"Not published\" means BLS withheld the estimate; \"or more\" "
                + "marks a wage at or above the top of the survey's range."
                + parity.map(p -> " National-average prices: each wage divided by " + area.name() + "'s price level, "
                + PriceText.parity(p) + " (BEA, U.S. = 100).").orElse(""));
    }

    /**
     * What the state's pay buys: its price level (or that BEA publishes none), and its ranks by median and by median
     * in national-average prices (or why it has none).
     */
    public record StatePrices(String parity, String ranks, boolean territory, boolean smallSample) {
    }

    public StatePrices statePrices(Role role, Area area, OccupationPay row) {
        Optional<PriceParity> parity = prices.parity(row);
        boolean small = row.median() != null && SmallSamples.isSmall(row);
        if (parity.isEmpty()) {
            return new StatePrices(PriceText.noParity(area.name(), prices.year(row)), null, true, small);
        }
        String ranks = prices.rank(role.soc(), area.code()).map(r -> PriceText.ranks(area.name(), r))
                .orElse(PriceText.unranked(area.name(), small));
        return new StatePrices(PriceText.parityLine(area.name(), parity.get()), ranks, false, small);
    }

    /** The state against the nation, same occupation and period: median, mean and the size of the workforce. */
    public Table stateComparison(Role role, Area area) {
        OccupationPay state = oews.state(role.soc(), area.code()).orElseThrow();
        OccupationPay nation = oews.national(role.soc(), oews.year(state.source())).orElseThrow();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Median", Explanations.wage(state.median()), Explanations.wage(nation.median()),
                change(nation.median(), state.median())));
        rows.add(List.of("Mean", Explanations.wage(state.mean()), Explanations.wage(nation.mean()),
                change(nation.mean(), state.mean())));
        rows.add(List.of("Employment", state.employment() == null ? "not published" : Format.count(state.employment()),
                nation.employment() == null ? "not published" : Format.count(nation.employment()), "—"));
        rows.add(List.of("Jobs per 1,000", state.jobsPerThousand() == null ? "not published"
                : Format.decimal(state.jobsPerThousand()), "—", "—"));
        rows.add(List.of("Location quotient", state.locationQuotient() == null ? "not published"
                : Format.decimal(state.locationQuotient()), "1.00", "—"));
        return new Table(area.name() + " against the nation, " + period(state), List.of("Figure", area.name(),
                "United States", "Difference"), rows, "Same occupation, same survey period. A location quotient above 1 "
                + "means the occupation makes up a larger share of jobs here than nationally.");
    }

    public String versusNation(Role role, Area area) {
        return places.ratio(role.soc(), area.code()).map(r -> Format.signedPercent(r.percent())).orElse("—");
    }

    /** A state's page: the occupation's own page, for a title as for the occupation it belongs to. */
    public String statePath(Role role, Area area) {
        return "/salaries/" + data.occupationRole(role.soc()).orElse(role).slug() + "/" + area.slug();
    }

    /** "software developers (BLS 15-1252)": the occupation a role's official figures describe. */
    public String occupation(Role role) {
        return Format.occupation(latest(role).title(), role.soc());
    }

    private int industryYear(Role role) {
        return oews.industries(role.soc()).stream().findFirst().map(i -> oews.year(i.source())).orElse(oews.latestYear());
    }

    /** Why a year has no real change: its median top-coded ("or more") or not published. */
    private static String topCodedOrWithheld(Wage from, Wage to) {
        return from == null || to == null ? "—" : "none: top-coded";
    }

    private static String change(Wage from, Wage to) {
        return Changes.percent(from, to).map(Format::signedPercent).orElse("—");
    }

    private static String versus(Wage base, Wage other) {
        return change(base, other);
    }

    /**
     * The official job outlook as a page prints it: a sentence, the figures beside all occupations', why its
     * base-year employment is not OEWS's, whose figures they are when the page is a title's, and the source.
     */
    public record OutlookView(String lede, Table table, List<String> notes, String occupationNote, Source source) {
    }

    /** A role's outlook: its occupation's, labelled as such on a title's page; empty where BLS projects none. */
    public Optional<OutlookView> outlook(Role role) {
        return Outlook.of(data, role.soc()).map(o -> {
            String decade = OutlookText.decade(o.occupation());
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < OUTLOOK_ROWS.length; i++) {
                rows.add(List.of(outlookRow(i, o.occupation()), outlookCell(i, o, false), outlookCell(i, o, true)));
            }
            Table table = new Table("Job outlook for " + occupation(role) + ", " + decade, List.of("Figure",
                    occupation(role), "All occupations"), rows, outlookNote(o));
            String note = role.isOccupation() ? null : role.title() + " is a job title BLS does not project: these are "
                    + "the projections for " + occupation(role) + ", the occupation it counts the title in.";
            return new OutlookView(OutlookText.summary(o, occupation(role)), table,
                    List.of(OutlookText.versusOews(o, null, o.oews() == null ? "" : period(o.oews()),
                            period(latest(role)))), note,
                    data.source(o.occupation().source()).orElseThrow());
        });
    }

    /**
     * Two roles' outlooks side by side with all occupations'; one column when both are counted in one occupation.
     * Empty when BLS projects neither.
     */
    public Optional<OutlookView> outlook(Role a, Role b) {
        Optional<Outlook> oa = Outlook.of(data, a.soc());
        Optional<Outlook> ob = Outlook.of(data, b.soc());
        Optional<Outlook> any = oa.or(() -> ob);
        if (any.isEmpty()) {
            return Optional.empty();
        }
        boolean one = a.soc().equals(b.soc());
        List<String> head = new ArrayList<>(List.of("Figure"));
        head.add(one ? "Both roles: " + occupation(a) : a.title() + ": " + occupation(a));
        if (!one) {
            head.add(b.title() + ": " + occupation(b));
        }
        head.add("All occupations");
        List<List<String>> rows = new ArrayList<>();
        for (int n = 0; n < OUTLOOK_ROWS.length; n++) {
            int i = n;
            List<String> row = new ArrayList<>(List.of(outlookRow(i, any.get().occupation())));
            row.add(oa.map(o -> outlookCell(i, o, false)).orElse("not projected"));
            if (!one) {
                row.add(ob.map(o -> outlookCell(i, o, false)).orElse("not projected"));
            }
            row.add(outlookCell(i, any.get(), true));
            rows.add(row);
        }
        List<String> notes = new ArrayList<>();
        for (Optional<Outlook> o : one ? List.of(oa) : List.of(oa, ob)) {
            o.ifPresent(x -> notes.add(OutlookText.versusOews(x, x.occupation().title(), x.oews() == null ? ""
                    : period(x.oews()), null)));
        }
        Table table = new Table("Job outlook, " + OutlookText.decade(any.get().occupation()) + ", both roles' "
                + (one ? "occupation" : "occupations"), head, rows, outlookNote(any.get()));
        return Optional.of(new OutlookView(null, table, notes, null,
                data.source(any.get().occupation().source()).orElseThrow()));
    }

    /** The outlook tables' rows: the base year, the projected year and the decade fill them in. */
    private static final String[] OUTLOOK_ROWS = {"Employment, %1$d", "Employment, %2$d (projected)",
        "Change, %3$s", "Change, %3$s, percent", "Openings a year (average, %3$s)", "Typical entry-level education"};

    private static String outlookRow(int i, Projection p) {
        return String.format(OUTLOOK_ROWS[i], p.yearFrom(), p.yearTo(), OutlookText.decade(p));
    }

    private static String outlookCell(int i, Outlook o, boolean all) {
        Outlook.Jobs j = all ? o.allJobs() : o.jobs();
        return switch (i) {
            case 0 -> OutlookText.jobs(j.from());
            case 1 -> OutlookText.jobs(j.to());
            case 2 -> OutlookText.change(j.change());
            case 3 -> OutlookText.percent(j.changePct());
            case 4 -> OutlookText.jobs(j.openings());
            default -> OutlookText.education(all ? o.all() : o.occupation());
        };
    }

    private String outlookNote(Outlook o) {
        return "BLS Employment Projections, " + OutlookText.decade(o.occupation())
                + data.source(o.occupation().source()).map(Source::published).map(d -> ", released " + d).orElse("")
                + ". BLS publishes "
                + "employment in thousands; we print it in jobs. Openings are the yearly average of jobs to fill, from "
                + "growth and from workers who leave the occupation or the labor force. A projection says what BLS "
                + "expects under its assumptions, not what will happen.";
    }
}
