package com.salaryatlas.web;

import java.util.List;

/** A data table as pages print it: the first column names the row, the others are figures (right-aligned). */
public record Table(String caption, List<String> head, List<List<String>> rows, String note) {

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
