package ru.roadmapbot.admin;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * How the console's workbooks look: a bold header row that stays in view when scrolling, dates as dates, and
 * column widths from the longest text (POI's autoSizeColumn measures fonts and takes seconds on a large sheet).
 */
final class Workbooks {

    /** Rows a streamed workbook keeps in memory before writing them out. */
    static final int ROWS_IN_MEMORY = 200;

    /** Excel counts widths in 1/256 of a character; a column is kept between 6 and 60 characters. */
    private static final int MIN_CHARS = 6;
    private static final int MAX_CHARS = 60;

    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle wrapped;
    private final Map<Sheet, Map<Integer, Integer>> widths = new HashMap<>();

    Workbooks(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
    }

    void header(Sheet sheet, List<String> titles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(titles.get(i));
            cell.setCellStyle(header);
            measure(sheet, i, Math.min(titles.get(i).length(), 24));
        }
    }

    void text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        if (value != null && value.length() > MAX_CHARS) {
            cell.setCellStyle(wrapped);
        }
        measure(row.getSheet(), column, value == null ? 0 : value.length());
    }

    void number(Row row, int column, long value) {
        row.createCell(column).setCellValue(value);
        measure(row.getSheet(), column, String.valueOf(value).length());
    }

    void date(Row row, int column, LocalDate value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
            cell.setCellStyle(date);
        }
        measure(row.getSheet(), column, 10);
    }

    /** Widths that fit, the header row frozen, and a filter on it. */
    void finish(Sheet sheet, int columns, int frozenColumns) {
        Map<Integer, Integer> measured = widths.getOrDefault(sheet, Map.of());
        for (int i = 0; i < columns; i++) {
            int chars = Math.max(MIN_CHARS, Math.min(MAX_CHARS, measured.getOrDefault(i, MIN_CHARS) + 2));
            sheet.setColumnWidth(i, chars * 256);
        }
        sheet.createFreezePane(frozenColumns, 1);
        if (sheet.getLastRowNum() > 0) {
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, sheet.getLastRowNum(), 0, columns - 1));
        }
    }

    private void measure(Sheet sheet, int column, int chars) {
        widths.computeIfAbsent(sheet, s -> new HashMap<>()).merge(column, chars, Math::max);
    }
}
