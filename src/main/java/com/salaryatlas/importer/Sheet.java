package com.salaryatlas.importer;

import java.util.List;

/** An input file read into text cells: its header row and its data rows, whatever the file format. */
record Sheet(String name, String headerWhere, List<String> header, List<SheetRow> rows) {
}
