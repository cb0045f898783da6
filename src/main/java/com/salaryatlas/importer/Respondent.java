package com.salaryatlas.importer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One counted survey respondent, held in memory only while the aggregates are worked out: `survey_pay.csv` never
 * carries a respondent's row (the survey's licence, ODbL, and the site's rule).
 *
 * @param years the answer in years, or null when left blank
 * @param groups for each grouping of the year, the respondent's labels as the survey wrote them (one, or for
 *               languages each language once); a grouping left blank has no labels
 */
record Respondent(SurveyYear year, BigDecimal pay, BigDecimal years, Map<Grouping, List<String>> groups) {

    List<String> labels(Grouping grouping) {
        return grouping == Grouping.ALL ? List.of("all") : groups.getOrDefault(grouping, List.of());
    }
}
