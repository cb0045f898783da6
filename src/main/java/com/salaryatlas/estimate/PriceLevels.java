package com.salaryatlas.estimate;

import com.salaryatlas.dataset.Cpi;
import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.OccupationPay;
import com.salaryatlas.dataset.Oews;
import com.salaryatlas.dataset.PriceParity;
import com.salaryatlas.dataset.Wage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

/**
 * What pay buys: a state's wages in national-average prices (÷ BEA's price parity for the wages' own year) and the
 * nation's wages over the years in one year's dollars (× the ratio of the CPI-U's May values, the month OEWS wages
 * describe). Numbers only; sentences are {@code explain}'s.
 */
public final class PriceLevels {

    private final Dataset data;
    private final Oews oews;
    /**
     * Each occupation's ranks, worked out on first use: every state page asks for them several times, and each
     * working-out compares every state with every other.
     */
    private final Map<String, List<Rank>> ranksBySoc = new ConcurrentHashMap<>();

    public PriceLevels(Dataset data) {
        this.data = data;
        this.oews = data.oews();
    }

    /** The reference year of a row's wages: a state row of May 2024 goes with RPP 2024 and CPI-U May 2024. */
    public int year(OccupationPay row) {
        return oews.year(row.source());
    }

    /** The row's area's price parity in the wages' own year; empty for the territories, which BEA does not cover. */
    public Optional<PriceParity> parity(OccupationPay row) {
        return data.rpp(row.area(), year(row));
    }

    /**
     * A wage in national-average prices: divided by the parity over 100. A top-coded wage stays a lower bound, as
     * dividing by a positive number keeps "at least" true.
     */
    public static Wage inNationalPrices(Wage wage, PriceParity parity) {
        return wage == null ? null : new Wage(wage.amount() / (parity.rpp() / 100), wage.orMore());
    }

    /** The row's wage in national-average prices; empty where BLS withheld the wage or BEA publishes no parity. */
    public Optional<Wage> inNationalPrices(OccupationPay row, Wage wage) {
        return wage == null ? Optional.empty() : parity(row).map(p -> inNationalPrices(wage, p));
    }

    /**
     * One state's place among the states that can be ranked both ways (a parity, an exact median, enough workers):
     * by median and by median in national-average prices, 1 the highest, ties sharing the better rank.
     */
    public record Rank(String area, double median, double realMedian, int byMedian, int byRealMedian, int of) {
    }

    /** Every rankable state for the occupation, highest median in national-average prices first. */
    public List<Rank> ranks(String soc) {
        return ranksBySoc.computeIfAbsent(soc, this::rankStates);
    }

    private List<Rank> rankStates(String soc) {
        List<OccupationPay> rows = new ArrayList<>();
        List<Double> real = new ArrayList<>();
        for (OccupationPay row : oews.states(soc)) {
            Optional<PriceParity> parity = parity(row);
            if (parity.isPresent() && row.median() != null && row.median().exact() && !SmallSamples.isSmall(row)) {
                rows.add(row);
                real.add(inNationalPrices(row.median(), parity.get()).amount());
            }
        }
        List<Rank> ranks = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            double median = rows.get(i).median().amount();
            ranks.add(new Rank(rows.get(i).area(), median, real.get(i), rank(median, rows, r -> r.median().amount()),
                    rank(real.get(i), real, d -> d), rows.size()));
        }
        ranks.sort(Comparator.comparingInt(Rank::byRealMedian).thenComparing(Rank::area));
        return List.copyOf(ranks);
    }

    /** The state's ranks; empty where it cannot be ranked (a territory, a withheld median, a small sample). */
    public Optional<Rank> rank(String soc, String area) {
        return ranks(soc).stream().filter(r -> r.area().equals(area)).findFirst();
    }

    /** Where the occupation's median buys the most; empty when no state can be ranked. */
    public Optional<Rank> buysMost(String soc) {
        return ranks(soc).stream().findFirst();
    }

    private static <T> int rank(double value, List<T> all, ToDoubleFunction<T> of) {
        int higher = 0;
        for (T t : all) {
            if (of.applyAsDouble(t) > value) {
                higher++;
            }
        }
        return higher + 1;
    }

    /** The year pay over time is restated in: the newest national release's, when the CPI-U reaches it. */
    public Optional<Integer> constantDollarYear() {
        int latest = oews.latestYear();
        return data.cpiMay(latest).map(Cpi::year);
    }

    /** How many {@code toYear} dollars one {@code fromYear} dollar is: CPI-U May of the one over the other. */
    public Optional<Double> factor(int fromYear, int toYear) {
        Optional<Cpi> from = data.cpiMay(fromYear);
        Optional<Cpi> to = data.cpiMay(toYear);
        return from.isEmpty() || to.isEmpty() ? Optional.empty() : Optional.of(to.get().value() / from.get().value());
    }

    /** A wage of {@code fromYear} in {@code toYear} dollars; a top-coded wage stays a lower bound. */
    public Optional<Wage> inDollarsOf(Wage wage, int fromYear, int toYear) {
        return wage == null ? Optional.empty()
                : factor(fromYear, toYear).map(f -> new Wage(wage.amount() * f, wage.orMore()));
    }

    /** How much prices rose from one May to another, in percent. */
    public Optional<Double> inflation(int fromYear, int toYear) {
        return factor(fromYear, toYear).map(f -> (f - 1) * 100);
    }

    /**
     * The change from one year's wage to another's after prices, in percent: empty unless both are published
     * exactly, since a top-coded wage ("or more") gives no change to compute.
     */
    public Optional<Double> realChange(Wage from, int fromYear, Wage to, int toYear) {
        if (from == null || to == null || !from.exact() || !to.exact()) {
            return Optional.empty();
        }
        return factor(fromYear, toYear).map(f -> (to.amount() / (from.amount() * f) - 1) * 100);
    }
    /** A state's price parity in the state file's year (the year its wages describe); empty where BEA has none. */
    public Optional<PriceParity> stateParity(String area) {
        return oews.stateYear().flatMap(year -> data.rpp(area, year));
    }

    /** The occupation's state median in national-average prices; empty where BLS or BEA publishes no figure. */
    public Optional<Wage> realStateMedian(String soc, String area) {
        return oews.state(soc, area).flatMap(row -> inNationalPrices(row, row.median()));
    }

    /**
     * A state's median against the national median with the state's median first put in national-average prices (÷
     * its price parity of the wages' year): the nation's own parity is 100, so the national median stays as it is.
     * Empty where BEA publishes no parity for the area (the territories).
     */
    public Optional<Places.Ratio> inNationalPrices(Places.Ratio ratio, String area) {
        return data.rpp(area, oews.year(ratio.stateSource())).map(p -> {
            double real = inNationalPrices(new Wage(ratio.stateMedian(), false), p).amount();
            return new Places.Ratio(real, ratio.nationalMedian(), real / ratio.nationalMedian(), ratio.stateSource(),
                    ratio.nationalSource());
        });
    }

    /**
     * The one state ranked {@code n} by median ({@code real} false) or by median in national-average prices; empty
     * when no state has that rank (there are fewer, or two share the rank above it) or two share it.
     */
    public Optional<Rank> ranked(String soc, boolean real, int n) {
        List<Rank> at = ranks(soc).stream().filter(r -> (real ? r.byRealMedian() : r.byMedian()) == n).toList();
        return at.size() == 1 ? Optional.of(at.get(0)) : Optional.empty();
    }

    /** The occupation's national median of May {@code year} in the constant-dollar year's dollars. */
    public Optional<Wage> constantMedian(String soc, int year) {
        return constantDollarYear().flatMap(to -> oews.national(soc, year)
                .flatMap(row -> inDollarsOf(row.median(), year, to)));
    }

    /** The occupation's national rows of the first year of the files and of the newest; empty if either is missing. */
    public Optional<Ends> ends(String soc) {
        int first = oews.firstYear();
        int last = oews.latestYear();
        Optional<OccupationPay> from = oews.national(soc, first);
        Optional<OccupationPay> to = oews.national(soc, last);
        return from.isEmpty() || to.isEmpty() || first == last ? Optional.empty()
                : Optional.of(new Ends(from.get(), first, to.get(), last));
    }

    /** The first and the newest national row of an occupation, with their years. */
    public record Ends(OccupationPay first, int firstYear, OccupationPay last, int lastYear) {
    }

    /** The median's change from the first year to the newest in current dollars; empty if either end is top-coded. */
    public Optional<Double> nominalChange(Ends ends) {
        return Changes.percent(ends.first().median(), ends.last().median());
    }

    /** The same change after prices; empty if either end is top-coded or the CPI-U does not reach both years. */
    public Optional<Double> realChange(Ends ends) {
        return realChange(ends.first().median(), ends.firstYear(), ends.last().median(), ends.lastYear());
    }

    /** The national occupations in BLS's "Computer Occupations" minor group (15-1200), by code. */
    public List<String> computerOccupations() {
        return oews.nationalSocs().stream().filter(soc -> soc.startsWith(COMPUTER_GROUP)).sorted().toList();
    }

    private static final String COMPUTER_GROUP = "15-12";
}
