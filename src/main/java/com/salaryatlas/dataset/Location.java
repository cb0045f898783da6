package com.salaryatlas.dataset;

/** A place and its published wage; {@code statistic} is mean or median, and a ratio only ever compares like with like. */
public record Location(String slug, String name, String type, String state, Integer wage, String statistic,
                       String soc, String source, String note) {

    public boolean isNational() {
        return "national".equals(type);
    }
}
