package com.salaryatlas.importer;

import java.util.List;

/** One data row of an input file as text, with where it came from (`file:line` or `file:sheet:row`). */
record SheetRow(String where, List<String> cells) {

    String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }
}
