package com.salaryatlas;

import com.salaryatlas.articles.Shortcodes;
import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.estimate.Comparisons;
import com.salaryatlas.estimate.Distributions;
import com.salaryatlas.estimate.EstimationService;
import com.salaryatlas.estimate.Moves;
import com.salaryatlas.estimate.Places;
import com.salaryatlas.estimate.PriceLevels;
import com.salaryatlas.estimate.SurveyCells;
import com.salaryatlas.explain.ComparisonText;
import com.salaryatlas.explain.Explanations;
import com.salaryatlas.figures.OfficialViews;
import com.salaryatlas.figures.PairViews;
import com.salaryatlas.figures.RoleViews;
import com.salaryatlas.figures.SurveyViews;

/**
 * The estimation services and the shared views over one dataset, wired once: the pages print from them, and so do
 * the articles' shortcodes, whether the articles are rendered by the build or at start.
 */
record Services(Dataset dataset, Distributions distributions, Places places, EstimationService estimates,
                Comparisons comparisons, Moves moves, Explanations explain, RoleViews views, PriceLevels prices,
                OfficialViews official, ComparisonText comparisonText, PairViews pairs, SurveyViews survey) {

    static Services of(Dataset dataset) {
        Distributions distributions = new Distributions(dataset);
        Places places = new Places(dataset.oews());
        EstimationService estimates = new EstimationService(dataset, distributions, places);
        Comparisons comparisons = new Comparisons(dataset, distributions);
        Explanations explain = new Explanations(dataset);
        PriceLevels prices = new PriceLevels(dataset);
        OfficialViews official = new OfficialViews(dataset, places, prices);
        ComparisonText comparisonText = new ComparisonText(dataset);
        return new Services(dataset, distributions, places, estimates, comparisons, new Moves(dataset, estimates),
                explain, new RoleViews(dataset, distributions, estimates, comparisons, explain), prices, official,
                comparisonText, new PairViews(comparisons, comparisonText, explain, official), new SurveyViews(dataset));
    }

    /** What renders the articles' figures: made only when articles are rendered, by the build or at start. */
    Shortcodes shortcodes() {
        return new Shortcodes(dataset, distributions, estimates, comparisons, places, prices, new SurveyCells(dataset),
                new Shortcodes.Views(official, pairs, survey));
    }
}
