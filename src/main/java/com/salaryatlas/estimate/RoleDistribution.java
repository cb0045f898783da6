package com.salaryatlas.estimate;

import com.salaryatlas.dataset.Distribution;
import com.salaryatlas.dataset.OccupationPay;
import com.salaryatlas.dataset.Role;
import com.salaryatlas.dataset.RoleFigure;

/**
 * The national distribution estimates use for a role: the primary figure it comes from and, when that figure is
 * only a median or a range, the occupation whose published spread gave it its shape ({@code shape}, else null).
 */
public record RoleDistribution(Role role, Distribution distribution, RoleFigure primary, OccupationPay shape) {

    public String source() {
        return primary.source();
    }

    /** True when the spread is modelled from another occupation's rather than published for this role. */
    public boolean derived() {
        return shape != null;
    }
}
