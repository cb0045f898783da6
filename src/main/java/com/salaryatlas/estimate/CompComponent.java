package com.salaryatlas.estimate;

import com.salaryatlas.dataset.TotalComp;

/**
 * One part of total pay in dollars a year, from its dataset row: its low end paired with the low end of base pay,
 * its high end with the high end. {@code high} is null when the source gives only a floor ("30% or more").
 */
public record CompComponent(TotalComp row, long low, Long high) {

    public String component() {
        return row.component();
    }

    public boolean openEnded() {
        return high == null;
    }

    public String source() {
        return row.source();
    }
}
