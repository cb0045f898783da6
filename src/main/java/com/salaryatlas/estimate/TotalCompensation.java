package com.salaryatlas.estimate;

import java.util.List;

/**
 * Base pay and each part beyond it, kept apart. The total is exactly base plus the parts, low with low and high with
 * high; {@code high} is null when any part is open-ended, so the total is too. {@code missing} names each part no
 * source gives for this role and employer, with the reason.
 */
public record TotalCompensation(Range base, List<CompComponent> extras, List<Missing> missing, long low, Long high) {

    public boolean openEnded() {
        return high == null;
    }

    /** A part with no figure here, and why: none published, or its source limits it to some levels. */
    public record Missing(String component, String reason, String source) {
    }
}
