package com.salaryatlas.estimate;

import com.salaryatlas.dataset.Level;
import java.util.List;

/**
 * The answer to an {@link EstimateRequest}: annual base low–mid–high, where the middle sits in the role's national
 * distribution, the hourly equivalent, total pay, the offer set against it, and one factor per input. {@code level}
 * is the level the years give (or the level chosen when no years are given).
 */
public record Estimate(EstimateRequest request, RoleDistribution distribution, Level level, Range base,
                       OfferCheck.Placement middle, Range hourly, TotalCompensation total, OfferCheck offer,
                       List<Factor> factors) {
}
