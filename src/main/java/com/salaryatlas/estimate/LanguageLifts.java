package com.salaryatlas.estimate;

import com.salaryatlas.dataset.Dataset;
import com.salaryatlas.dataset.SurveyLanguage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Languages, measured: for each language the calculator offers (survey_languages.csv), the median of developers who
 * have worked with it over the median of all developers in the same band of years, combined across bands weighted by
 * its answers, the same ratio {@link SurveyFactors} computes for company size. 2025's bands are years coding (the
 * survey asked nothing else that year); 2023's are professional years. The calculator applies 2025's, shrunk for its
 * sample; 2023's is shown beside it.
 */
public final class LanguageLifts {

    /**
     * A language with fewer answers than this in 2025's bands (those with figures) is not measured by the survey for
     * the calculator: the postings rule, or nothing, applies instead. The same floor an occupation's survey population
     * needs to be ranked on its own.
     */
    public static final int MIN_N = 100;

    /**
     * One language: its survey label, its ratio in 2025's bands of years coding ({@code coding}) and in 2023's bands
     * of professional years ({@code professional}), each null where no band has figures.
     */
    public record Lift(SurveyLanguage language, Figures.SurveyRatio coding, Figures.SurveyRatio professional) {

        /** True when 2025's answers are enough for the calculator to apply the survey's lift. */
        public boolean measured() {
            return coding != null && coding.n() >= MIN_N;
        }

        /** How much of 2025's measured lift counts: n ÷ (n + SHRINK), the weight postings get for their n. */
        public double weight() {
            return EstimationService.shrinkWeight(coding.n());
        }

        /** The lift in percent the calculator applies: 2025's measured lift times its weight. */
        public double applied() {
            return coding.percent() * weight();
        }
    }

    private final Map<String, Lift> bySkill = new LinkedHashMap<>();

    public LanguageLifts(Dataset data) {
        for (SurveyLanguage l : data.surveyLanguages()) {
            bySkill.put(l.skill(), new Lift(l,
                    SurveyFactors.ratio(data, SurveyLanguage.APPLIED_YEAR, SurveyLanguage.GROUPING, l.language()).orElse(null),
                    SurveyFactors.ratio(data, SurveyLanguage.OTHER_YEAR, SurveyLanguage.GROUPING, l.language()).orElse(null)));
        }
    }

    /** Every language of survey_languages.csv, in its order, measured or not. */
    public List<Lift> all() {
        return List.copyOf(bySkill.values());
    }

    /** The survey's measurement of a skill for a role, when the survey measures it and the role is offered it. */
    public Optional<Lift> measured(String role, String skill) {
        return Optional.ofNullable(bySkill.get(skill)).filter(l -> l.language().appliesTo(role) && l.measured());
    }

    /** The languages measured for a role, in the file's order. */
    public List<Lift> offered(String role) {
        return bySkill.values().stream().filter(l -> l.language().appliesTo(role) && l.measured()).toList();
    }
}
