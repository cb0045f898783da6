package com.salaryatlas.dataset;

import java.util.Set;

/**
 * A language the calculator offers as a skill ({@code skill}, its id in premiums.csv and skill_pay.csv where those
 * name it) and the label the Stack Overflow survey gives it ({@code language}, a {@code language} group of
 * survey_pay.csv), for the roles listed (every role when none is): content/data/survey_languages.csv.
 */
public record SurveyLanguage(String skill, String language, Set<String> roles) {

    /** The survey_pay.csv grouping of languages. */
    public static final String GROUPING = "language";
    /** The year whose language cells the calculator applies (bands of years coding): the newest with languages. */
    public static final String APPLIED_YEAR = "2025";
    /** The year shown beside it (bands of professional years). */
    public static final String OTHER_YEAR = "2023";

    public boolean appliesTo(String role) {
        return roles.isEmpty() || roles.contains(role);
    }
}
