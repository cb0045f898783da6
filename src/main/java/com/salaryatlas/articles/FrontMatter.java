package com.salaryatlas.articles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The front matter our articles use, a small subset of YAML read without a YAML library (which would add hundreds
 * of classes to the start): one {@code key: value} per line; a value may be "quoted" (with \" inside), a bare word or
 * date, or a list in brackets, {@code [a, b]}. Anything else is refused with its line.
 */
final class FrontMatter {

    private FrontMatter() {
    }

    /** Keys to a String or a List of Strings, in file order; {@code firstLine} is the file line of the block's first line. */
    static Map<String, Object> parse(String block, String file, int firstLine) {
        Map<String, Object> fields = new LinkedHashMap<>();
        String[] lines = block.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String where = file + ":" + (firstLine + i);
            if (colon <= 0 || !line.substring(0, colon).matches("[a-z_]+")) {
                throw new ContentException(where + ": front matter lines are 'key: value'");
            }
            String key = line.substring(0, colon);
            if (fields.containsKey(key)) {
                throw new ContentException(where + ": '" + key + "' is given twice");
            }
            fields.put(key, value(line.substring(colon + 1).strip(), where));
        }
        return fields;
    }

    private static Object value(String raw, String where) {
        if (raw.startsWith("[")) {
            if (!raw.endsWith("]")) {
                throw new ContentException(where + ": a list is written on one line, [a, b]");
            }
            List<String> items = new ArrayList<>();
            for (String item : raw.substring(1, raw.length() - 1).split(",")) {
                if (!item.isBlank()) {
                    items.add(scalar(item.strip(), where));
                }
            }
            return List.copyOf(items);
        }
        return scalar(raw, where);
    }

    private static String scalar(String raw, String where) {
        if (raw.startsWith("\"")) {
            if (raw.length() < 2 || !raw.endsWith("\"")) {
                throw new ContentException(where + ": a quoted value must end with \"");
            }
            return raw.substring(1, raw.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        if (raw.startsWith("'") && raw.endsWith("'") && raw.length() >= 2) {
            return raw.substring(1, raw.length() - 1).replace("''", "'");
        }
        return raw;
    }
}
