package com.salaryatlas.dataset;

/**
 * Which of the survey's job types stands for a role (content/data/survey_groups.csv): its {@code devtype} label, or
 * "all" for every respondent; {@code note} says why where the match is not one to one.
 */
public record SurveyGroup(String role, String devtype, String note) {

    public static final String ALL = "all";
}
