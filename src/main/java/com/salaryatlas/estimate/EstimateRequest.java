package com.salaryatlas.estimate;

import com.salaryatlas.dataset.Level;
import com.salaryatlas.dataset.Location;
import com.salaryatlas.dataset.OccupationPay;
import com.salaryatlas.dataset.Premium;
import com.salaryatlas.dataset.Role;
import java.util.List;

/**
 * What a visitor asks, already resolved against the dataset: a role, experience as a level or as years (years win
 * when both are given), a place, skill ids the dataset knows, a company type (or null), an optional offer, and
 * optionally the BLS industry of the role's occupation the employer is in.
 */
public record EstimateRequest(Role role, Level level, Integer years, Location location, List<String> skills,
                              Premium company, Integer offer, OccupationPay industry) {

    public EstimateRequest(Role role, Level level, Integer years, Location location, List<String> skills, Premium company,
                           Integer offer) {
        this(role, level, years, location, skills, company, offer, null);
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
        return new EstimateRequest(role, level, null, national, List.of(), null, null, null);
    }

    public EstimateRequest withSkills(List<String> more) {
        return new EstimateRequest(role, level, years, location, more, company, offer, industry);
    }

    public EstimateRequest withCompany(Premium other) {
        return new EstimateRequest(role, level, years, location, skills, other, offer, industry);
    }

    public EstimateRequest withLocation(Location other) {
        return new EstimateRequest(role, level, years, other, skills, company, offer, industry);
    }

    public EstimateRequest withOffer(Integer other) {
        return new EstimateRequest(role, level, years, location, skills, company, other, industry);
    }

    public EstimateRequest withLevel(Level other) {
        return new EstimateRequest(role, other, years, location, skills, company, offer, industry);
    }

    public EstimateRequest withYears(Integer other) {
        return new EstimateRequest(role, level, other, location, skills, company, offer, industry);
    }

    /** The same request in one BLS industry of the role's occupation (null for all industries). */
    public EstimateRequest withIndustry(OccupationPay other) {
        return new EstimateRequest(role, level, years, location, skills, company, offer, other);
    }
}
