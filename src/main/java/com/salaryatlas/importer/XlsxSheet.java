package com.salaryatlas.importer;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Reads an OEWS table from an Excel workbook as BLS ships it: the first sheet with data, header in its first row. */
final class XlsxSheet {

    private XlsxSheet() {
    }

    static Sheet read(Path file) {
        String label = file.toString();
        Workbook workbook = open(file, label);
        try (workbook) {
            org.apache.poi.ss.usermodel.Sheet sheet = firstSheetWithData(workbook, label);
            String prefix = label + ":" + sheet.getSheetName() + ":";
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            List<String> header = cells(headerRow, headerRow.getLastCellNum());
            List<SheetRow> rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                List<String> cells = cells(sheet.getRow(r), header.size());
                if (!cells.stream().allMatch(String::isEmpty)) {
                    rows.add(new SheetRow(prefix + (r + 1), cells));
                }
            }
            return new Sheet(file.getFileName().toString(), prefix + (headerRow.getRowNum() + 1), header, rows);
        } catch (IOException e) {
            throw new BadInput(label, "cannot read the workbook (" + e.getMessage() + ")");
        }
    }

    private static Workbook open(Path file, String label) {
        try {
            return WorkbookFactory.create(file.toFile(), null, true);
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged or non-Excel file with a variety of unchecked exceptions.
            throw new BadInput(label, "not a readable .xlsx workbook (" + e.getMessage() + ")");
        }
    }

    private static org.apache.poi.ss.usermodel.Sheet firstSheetWithData(Workbook workbook, String label) {
        for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
            Row first = sheet.getRow(sheet.getFirstRowNum());
            if (first != null && !cells(first, first.getLastCellNum()).stream().allMatch(String::isEmpty)) {
                return sheet;
            }
        }
        throw new BadInput(label, "no sheet has any data");
    }

    private static List<String> cells(Row row, int count) {
        List<String> cells = new ArrayList<>(Math.max(count, 0));
        for (int c = 0; c < count; c++) {
            cells.add(row == null ? "" : text(row.getCell(c)));
        }
        return cells;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            // valueOf gives the shortest decimal that round-trips, so 14.4 stays 14.4 rather than 14.4000000000000003.
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).toPlainString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
    }
}
