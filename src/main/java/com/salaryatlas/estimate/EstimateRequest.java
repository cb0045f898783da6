package com.salaryatlas.estimate;

import com.salaryatlas.salary.Level;
import java.util.List;

/**
 * What a visitor asks: a role, experience as a level or as years (years win when both are given),
 * a location slug ({@code us}, a state code, a metro slug, {@code remote}), premiums, and an optional offer.
 */
public record EstimateRequest(String role, Level level, Integer years, String location, List<String> skills,
                              String company, Integer offer) {

    public EstimateRequest {
        skills = skills == null ? List.of() : List.copyOf(skills);
        location = location == null ? "us" : location;
    }

    /** The level the estimate uses: from years when given, else the chosen level, else mid. */
    public Level resolvedLevel() {
        if (years != null) {
            return Level.forYears(years);
        }
        return level == null ? Level.MID : level;
    }

    public static EstimateRequest of(String role, Level level) {
        return new EstimateRequest(role, level, null, "us", List.of(), null, null);
    }

    public EstimateRequest withSkills(List<String> more) {
        return new EstimateRequest(role, level, years, location, more, company, offer);
    }

    public EstimateRequest withCompany(String other) {
        return new EstimateRequest(role, level, years, location, skills, other, offer);
    }

    public EstimateRequest withLocation(String other) {
        return new EstimateRequest(role, level, years, other, skills, company, offer);
    }

    public EstimateRequest withYears(Integer other) {
        return new EstimateRequest(role, level, other, location, skills, company, offer);
    }
}
