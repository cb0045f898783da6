package com.salaryatlas.estimate;

import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.Role;
import com.salaryatlas.dataset.SurveyGroup;
import com.salaryatlas.dataset.SurveyRank;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where experience (and, for a job title BLS does not publish, the title itself) places someone in the
 * occupation's BLS pay, measured by quantile mapping (set out on /methodology): a survey cell's p25, median and p75
 * rank among the occupation's survey population, and the same percentiles of the occupation's BLS distribution
 * become the estimate's range and middle.
 *
 * <p>Years fall between the band centres {@link #CENTRES}; a band's ranks hold at least the earlier band's, so the
 * middle never falls as experience rises. A title's DevType cell under 30 answers gives way to the occupation's own
 * cell for that band; an occupation without a DevType of its own is ranked among all developers (the importer
 * decides that, and the ranks file says so).
 */
final class Experience {

    /** The years each band stands for: the middle of 0–2, 3–5, 6–10, 11–15 and 16–20, and the start of 21+. */
    static final double[] CENTRES = {1, 4, 8, 13, 18, 21};
    /** The first whole year of each band after the first: 3–5, 6–10, 11–15, 16–20 and 21+. */
    private static final int[] BAND_FIRST_YEARS = {3, 6, 11, 16, 21};

    private final Dataset data;
    private final Map<String, List<Cell>> cache = new HashMap<>();

    Experience(Dataset data) {
        this.data = data;
        for (Role role : data.roles()) {
            cache.put(role.slug(), cells(role));
        }
    }

    /** One band's cell as the estimate uses it, with its ranks after the hold. */
    record Cell(SurveyRank rank, String devtype, boolean fellBack, double low, double mid, double high, boolean held) {
    }

    /** The placement for these years: percentiles in the occupation's BLS pay and the survey figures behind them. */
    Figures.Survey place(Role role, double years) {
        List<Cell> cells = cache.get(role.slug());
        int at = band(years);
        Cell cell = cells.get(at);
        double low;
        double mid;
        double high;
        boolean held = cell.held();
        boolean between = years > CENTRES[0] && years < CENTRES[CENTRES.length - 1] && !isCentre(years);
        if (!between) {
            int i = years <= CENTRES[0] ? 0 : years >= CENTRES[CENTRES.length - 1] ? CENTRES.length - 1 : centreIndex(years);
            low = cells.get(i).low();
            mid = cells.get(i).mid();
            high = cells.get(i).high();
        } else {
            int i = 0;
            while (CENTRES[i + 1] < years) {
                i++;
            }
            double t = (years - CENTRES[i]) / (CENTRES[i + 1] - CENTRES[i]);
            Cell a = cells.get(i);
            Cell b = cells.get(i + 1);
            low = a.low() + t * (b.low() - a.low());
            mid = a.mid() + t * (b.mid() - a.mid());
            high = a.high() + t * (b.high() - a.high());
            held = a.held() || b.held();
        }
        SurveyRank r = cell.rank();
        return new Figures.Survey(years, r.yearsFrom(), r.yearsTo(), cell.devtype(), cell.fellBack(), r.soc(),
                r.allDevelopers(), r.populationN(), r.n(), r.median(), r.medianRank(), between, held, low, mid, high);
    }

    /** The index of the band holding these whole years: 0–2, 3–5, 6–10, 11–15, 16–20, 21+. */
    static int band(double years) {
        int i = 0;
        while (i < BAND_FIRST_YEARS.length && years >= BAND_FIRST_YEARS[i]) {
            i++;
        }
        return i;
    }

    private static boolean isCentre(double years) {
        return centreIndex(years) >= 0;
    }

    private static int centreIndex(double years) {
        for (int i = 0; i < CENTRES.length; i++) {
            if (CENTRES[i] == years) {
                return i;
            }
        }
        return -1;
    }

    private List<Cell> cells(Role role) {
        List<SurveyRank> own = data.surveyRanks(role.soc(), SurveyRank.POPULATION_CELL);
        if (own.size() != CENTRES.length || own.stream().anyMatch(c -> !c.hasFigures())) {
            throw new IllegalStateException("survey_ranks.csv needs the six ranked bands of " + role.soc()
                    + "'s population for " + role.slug() + ": re-run import-survey");
        }
        // A title BLS does not publish stands for its own DevType; an occupation for its whole population.
        String devtype = role.isOccupation() ? null : data.surveyGroup(role.slug()).map(SurveyGroup::devtype)
                .filter(d -> !d.equals(SurveyGroup.ALL)).orElse(null);
        List<SurveyRank> titled = devtype == null ? List.of() : data.surveyRanks(role.soc(), devtype);
        List<Cell> cells = new ArrayList<>(CENTRES.length);
        double low = 0;
        double mid = 0;
        double high = 0;
        for (int i = 0; i < CENTRES.length; i++) {
            SurveyRank title = i < titled.size() ? titled.get(i) : null;
            boolean usable = title != null && title.hasFigures();
            SurveyRank r = usable ? title : own.get(i);
            boolean held = i > 0 && r.medianRank() < mid;
            low = Math.max(low, r.p25Rank());
            mid = Math.max(mid, r.medianRank());
            high = Math.max(high, r.p75Rank());
            cells.add(new Cell(r, usable ? devtype : null, devtype != null && !usable, low, mid, high, held));
        }
        return List.copyOf(cells);
    }
}
