package com.salaryatlas.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Column positions by name: BLS files change column case and order between years, so never by position. */
final class Columns {

    private final Map<String, Integer> byName = new HashMap<>();

    Columns(Sheet sheet) {
        List<String> header = sheet.header();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toUpperCase(Locale.ROOT);
            if (!name.isEmpty() && byName.putIfAbsent(name, i) != null) {
                throw new BadInput(sheet.headerWhere(), "column " + name + " appears twice");
            }
        }
    }

    boolean has(String name) {
        return byName.containsKey(name);
    }

    /** Position of the column, or -1 when the file has no such column. */
    int find(String name) {
        return byName.getOrDefault(name, -1);
    }

    void require(Sheet sheet, List<String> names) {
        for (String name : names) {
            if (!has(name)) {
                throw new BadInput(sheet.headerWhere(), "missing column " + name);
            }
        }
    }
}
