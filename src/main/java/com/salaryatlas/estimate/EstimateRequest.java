package com.salaryatlas.estimate;

import com.salaryatlas.dataset.Level;
import com.salaryatlas.dataset.Location;
import com.salaryatlas.dataset.OccupationPay;
import com.salaryatlas.dataset.Role;
import java.util.List;

/**
 * What a visitor asks, already resolved against the dataset: a role, experience as a level or as years (years win
 * when both are given), a place, skill ids the dataset knows, an optional offer, optionally the BLS industry of the
 * role's occupation the employer is in, and optionally the survey's company size and work arrangement (slugs of its
 * groups, see {@link SurveyFactors}).
 */
public record EstimateRequest(Role role, Level level, Integer years, Location location, List<String> skills,
                              Integer offer, OccupationPay industry, String orgSize, String arrangement) {

    public EstimateRequest(Role role, Level level, Integer years, Location location, List<String> skills, Integer offer) {
        this(role, level, years, location, skills, offer, null, null, null);
    }

    public EstimateRequest {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }

    /** The level the estimate uses: from years when given, else the chosen level, else mid. */
    public Level resolvedLevel() {
        if (years != null) {
            return Level.forYears(years);
        }
        return level == null ? Level.MID : level;
    }

    public static EstimateRequest of(Role role, Level level, Location national) {
        return new EstimateRequest(role, level, null, national, List.of(), null);
    }

    public EstimateRequest withSkills(List<String> more) {
        return new EstimateRequest(role, level, years, location, more, offer, industry, orgSize, arrangement);
    }

    public EstimateRequest withLocation(Location other) {
        return new EstimateRequest(role, level, years, other, skills, offer, industry, orgSize, arrangement);
    }

    public EstimateRequest withOffer(Integer other) {
        return new EstimateRequest(role, level, years, location, skills, other, industry, orgSize, arrangement);
    }

    public EstimateRequest withLevel(Level other) {
        return new EstimateRequest(role, other, years, location, skills, offer, industry, orgSize, arrangement);
    }

    public EstimateRequest withYears(Integer other) {
        return new EstimateRequest(role, level, other, location, skills, offer, industry, orgSize, arrangement);
    }

    /** The same request in one BLS industry of the role's occupation (null for all industries). */
    public EstimateRequest withIndustry(OccupationPay other) {
        return new EstimateRequest(role, level, years, location, skills, offer, other, orgSize, arrangement);
    }

    public EstimateRequest withOrgSize(String other) {
        return new EstimateRequest(role, level, years, location, skills, offer, industry, other, arrangement);
    }

    public EstimateRequest withArrangement(String other) {
        return new EstimateRequest(role, level, years, location, skills, offer, industry, orgSize, other);
    }
}
