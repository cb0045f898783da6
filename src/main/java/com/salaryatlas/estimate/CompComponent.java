package com.salaryatlas.estimate;

import com.salaryatlas.dataset.TotalComp;

/** One part of total compensation in dollars a year, from its dataset row; open-ended when only a floor is published. */
public record CompComponent(TotalComp row, long low, long high) {

    public String component() {
        return row.component();
    }

    public boolean openEnded() {
        return row.high() == null;
    }

    public String source() {
        return row.source();
    }
}
