package com.salaryatlas.estimate;

import com.salaryatlas.dataset.Distribution;
import com.salaryatlas.dataset.OccupationPay;
import com.salaryatlas.dataset.Role;
import com.salaryatlas.dataset.RoleFigure;
import com.salaryatlas.dataset.SurveyRank;

/**
 * The national distribution pages show for a role: a role's own published percentiles ({@code placement} null), or,
 * for a job title known only by a published median or range, a distribution placed in its occupation's BLS pay
 * ({@code placement}): measured by the developer survey where its DevType answered, else the occupation's own. The
 * primary figure stays beside it as another source.
 */
public record RoleDistribution(Role role, Distribution distribution, RoleFigure primary, Placement placement) {

    /**
     * Where a title's distribution comes from. {@code occupation} is the BLS occupation whose latest national pay it
     * is placed in; {@code devtype} the survey job type that stands for the title (null when none does);
     * {@code fromYears} the first year of experience counted (null: everyone, blank answers included; 6 for a title
     * whose source covers senior and staff); {@code cell} the DevType's ranked 2023+2024 span, null when there is no
     * DevType or it has fewer than 30 answers, and then the distribution is the occupation's own.
     */
    public record Placement(OccupationPay occupation, String devtype, Integer fromYears, SurveyRank cell,
                            int cellN) {

        public boolean measured() {
            return cell != null;
        }

        /** Percentiles of the five (p10 … p90) whose survey rank falls below BLS's 10th and are shown at it. */
        public int atOrBelowP10() {
            return measured() ? count(true) : 0;
        }

        /** Percentiles of the five whose survey rank falls above BLS's 90th and are shown at it. */
        public int atOrAboveP90() {
            return measured() ? count(false) : 0;
        }

        private int count(boolean low) {
            int k = 0;
            for (Double r : cell.ranks()) {
                if (low ? r < 10 : r > 90) {
                    k++;
                }
            }
            return k;
        }
    }

    /** The source of the role's own primary figure (a title's placed distribution cites the survey and BLS instead). */
    public String source() {
        return primary.source();
    }

    /** True when the distribution is placed in the occupation's BLS pay rather than published for this role. */
    public boolean placed() {
        return placement != null;
    }

    /**
     * Whether percentile {@code point} (0 = p10 … 4 = p90) is held at BLS's end: −1 when its survey rank is below the
     * 10th (the figure is BLS's 10th, the true one at or below it), +1 above the 90th, 0 otherwise.
     */
    public int held(int point) {
        if (!measured()) {
            return 0;
        }
        double rank = placement.cell().ranks()[point];
        return rank < 10 ? -1 : rank > 90 ? 1 : 0;
    }

    /** True when the developer survey measured where the title sits in its occupation's pay. */
    public boolean measured() {
        return placement != null && placement.measured();
    }
}
