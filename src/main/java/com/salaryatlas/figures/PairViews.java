package com.salaryatlas.figures;

import com.salaryatlas.dataset.Role;
import com.salaryatlas.estimate.Comparisons;
import com.salaryatlas.estimate.Comparisons.RolePair;
import com.salaryatlas.estimate.Comparisons.StatePair;
import com.salaryatlas.estimate.Difference;
import com.salaryatlas.estimate.RoleDistribution;
import com.salaryatlas.explain.ComparisonText;
import com.salaryatlas.explain.Explanations;
import com.salaryatlas.explain.Format;
import com.salaryatlas.web.Chart;
import com.salaryatlas.web.Chart.Series;
import com.salaryatlas.web.Table;
import java.util.ArrayList;
import java.util.List;

/** Two roles side by side: both national distributions, the states both occupations are published in, like-with-like medians. */
public final class PairViews {

    private static final String[] PERCENTILES = {"10th percentile", "25th percentile", "Median (50th)", "75th percentile",
            "90th percentile"};

    private final Comparisons comparisons;
    private final ComparisonText text;
    private final Explanations explain;
    private final OfficialViews official;

    public PairViews(Comparisons comparisons, ComparisonText text, Explanations explain, OfficialViews official) {
        this.comparisons = comparisons;
        this.text = text;
        this.explain = explain;
        this.official = official;
    }

    public RolePair pair(Role a, Role b) {
        return comparisons.pair(a, b);
    }

    /** Both roles' national percentiles in two columns; a point held at BLS's 10th or 90th says so in its cell. */
    public Table percentiles(RolePair p) {
        List<List<String>> rows = new ArrayList<>();
        double[] va = p.a().distribution().values();
        double[] vb = p.b().distribution().values();
        for (int i = 0; i < PERCENTILES.length; i++) {
            rows.add(List.of(PERCENTILES[i], cell(p.a(), va[i], i), cell(p.b(), vb[i], i)));
        }
        return new Table("National base pay by percentile", List.of("Percentile", p.a().role().title(),
                p.b().role().title()), rows, p.a().role().title() + ": " + explain.basis(p.a()) + " "
                + p.b().role().title() + ": " + explain.basis(p.b()));
    }

    /** The same figures as a grouped bar chart, printed beside the table. */
    public Chart distributionChart(String id, RolePair p) {
        Table t = percentiles(p);
        return new Chart(id, "bar", "National base pay by percentile, both roles", text.answer(p), "money",
                List.of("10th", "25th", "50th", "75th", "90th"), List.of(series(p.a()), series(p.b())), t.head(), t.rows())
                .besideItsTable();
    }

    /** Each source that publishes a national median for both roles, side by side. */
    public Table sameSource(RolePair p) {
        List<List<String>> rows = new ArrayList<>();
        for (Difference d : p.sameSource()) {
            rows.add(row(text.cite(d.source()), p, d));
        }
        p.occupations().ifPresent(d -> rows.add(row("BLS occupations: " + official.occupation(p.a().role()) + " and "
                + official.occupation(p.b().role()) + ", " + text.cite(d.source()), p, d)));
        return new Table("Like with like: one source's median for both roles", List.of("Source and statistic",
                p.a().role().title(), p.b().role().title(), "Higher"), rows,
                "Each row compares two figures of the same kind from the same source and period.").withTextColumns(3);
    }

    /** One row per state and territory with an official figure for both roles' occupations. */
    public List<StateRow> states(RolePair p) {
        Role a = p.a().role();
        Role b = p.b().role();
        List<StateRow> rows = new ArrayList<>();
        for (StatePair s : comparisons.states(a, b)) {
            rows.add(new StateRow(s.area().name(), Explanations.wage(s.a().median()), official.realMedian(s.a()),
                    official.statePath(a, s.area()), Explanations.wage(s.b().median()), official.realMedian(s.b()),
                    official.statePath(b, s.area()), s.bAgainstA().map(Format::signedPercent).orElse("—")));
        }
        return rows;
    }

    /** A state's two official medians and each in national-average prices, each linked to its occupation's state page. */
    public record StateRow(String state, String medianA, String realA, String hrefA, String medianB, String realB,
                           String hrefB, String bAgainstA) {
    }

    /** The states at each end of the ranking by what the median buys, both roles' figures side by side. */
    public Table stateEnds(Role a, Role b, int each) {
        return official.pairStateEnds(a, b, each);
    }

    /** "2024": the year of the price parities the state tables divide by; empty where BEA has none for it. */
    public String parityYear() {
        return official.parityYear();
    }

    /** "Software Developers (BLS 15-1252)": the occupation a role's state figures describe. */
    public String occupation(Role role) {
        return official.occupation(role);
    }

    private List<String> row(String label, RolePair p, Difference d) {
        boolean aHigher = d.higher().equals(p.a().role().slug());
        String higher = d.amount() == 0 ? "the same"
                : (aHigher ? p.a() : p.b()).role().title() + ", by " + Format.money(d.amount()) + " (" + Format.percent(d.percent()) + ")";
        return List.of(label, Format.money(aHigher ? d.higherAmount() : d.lowerAmount()),
                Format.money(aHigher ? d.lowerAmount() : d.higherAmount()), higher);
    }

    private static Series series(RoleDistribution rd) {
        List<Double> values = new ArrayList<>();
        for (double v : rd.distribution().values()) {
            values.add((double) Math.round(v));
        }
        return Series.of(rd.role().title(), values);
    }

    /** A measured point whose survey rank falls beyond BLS's 10th or 90th is shown at that end and says so. */
    private static String cell(RoleDistribution rd, double value, int point) {
        return Format.money(value) + RoleViews.held(rd, point);
    }

    /** Both roles' official job outlook side by side; empty when BLS projects neither occupation. */
    public java.util.Optional<OfficialViews.OutlookView> outlook(Role a, Role b) {
        return official.outlook(a, b);
    }
}
