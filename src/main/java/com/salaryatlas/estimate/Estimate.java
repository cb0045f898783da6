package com.salaryatlas.estimate;

import com.salaryatlas.dataset.Level;
import java.util.List;

/**
 * The answer to an {@link EstimateRequest}: annual base low–mid–high, where mid sits in the role's national
 * distribution, the hourly equivalent, total compensation, the offer's percentile, and one factor per input.
 */
public record Estimate(EstimateRequest request, RoleDistribution distribution, Level level, Range base,
                       double percentile, Range hourly, TotalCompensation total, Double offerPercentile,
                       List<Factor> factors) {
}
