package com.salaryatlas.estimate;

import java.util.List;

/** Base pay and each extra kept apart; {@code missing} names the parts no source gives a figure for. */
public record TotalCompensation(Range base, List<CompComponent> extras, List<String> missing, long low, long high) {
}
